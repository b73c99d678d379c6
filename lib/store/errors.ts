// Typed failures that cross the message boundary. The background answers every failed command
// with one of these codes and a sentence a rep can read.
export const ERROR_CODES = [
  'invalid_message',
  'forbidden',
  'not_found',
  'empty_capture',
  'invalid_transition',
  'delivery_failed',
  'storage_failed',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class CommandError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

/** IndexedDB failures surface as sentences, never as silent loss (DESIGN.md §6). */
export function describeStorageFailure(error: unknown): CommandError {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const kind = `${name} ${inner}`;
  if (kind.includes('QuotaExceeded')) {
    return new CommandError('storage_failed', 'Not saved: the browser storage for LeadClip is full.');
  }
  if (kind.includes('Blocked') || kind.includes('DatabaseClosed') || kind.includes('InvalidState')) {
    return new CommandError('storage_failed', 'Not saved: the LeadClip database is blocked or closed. Close other LeadClip tabs and retry.');
  }
  if (kind.includes('Open') || kind.includes('Missing')) {
    return new CommandError('storage_failed', 'Not saved: the LeadClip database could not be opened (private mode?).');
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CommandError('storage_failed', `Not saved: the database refused the write (${detail}).`);
}
