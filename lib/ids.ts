/** Record ids are random UUIDs: unique across devices, so exports and imports never collide. */
export function newId(): string {
  return crypto.randomUUID();
}
