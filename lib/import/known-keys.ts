// The dedup keys (email, phone, LinkedIn URL → lead id) of every stored lead, read once per import
// instead of one index lookup per key and row: point lookups cost as much as the writes they guard
// (measured in Chromium: 3,800 lookups per 2,000-row batch took as long as its bulk put).
//
// The map stays valid while only the import writes: every other write (capture, merge, edit) stamps
// updatedAt = now, so the next batch sees a newer updatedAt and reads the keys again. Erasures need
// no refresh: a key of an erased lead finds no lead, which is what "no match" means anyway.
// (Counting the leads instead would be linear in Chromium's IndexedDB.)
import type { LeadClipDb } from '../db';
import type { Lead } from '../schema';

/** The newest updatedAt of any lead. */
type Stamp = number;

interface KnownKeys {
  stamp: Stamp;
  ids: Map<string, string>;
}

const cache = new WeakMap<LeadClipDb, KnownKeys>();

/** Dedup keys of a lead, in the order captures match them. */
export function dedupKeys(lead: Pick<Lead, 'id' | 'emails' | 'phones' | 'linkedinUrl'>): string[] {
  return [
    `id:${lead.id}`,
    ...lead.emails.map((email) => `email:${email}`),
    ...(lead.linkedinUrl ? [`in:${lead.linkedinUrl}`] : []),
    ...lead.phones.map((phone) => `tel:${phone}`),
  ];
}

async function stampOf(db: LeadClipDb): Promise<Stamp> {
  const [newest] = await db.leads.orderBy('updatedAt').reverse().limit(1).keys();
  return Number(newest ?? 0);
}

async function readKeys(db: LeadClipDb): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const read = (index: 'emails' | 'phones' | 'linkedinUrl', prefix: string) =>
    db.leads.orderBy(index).eachKey((key, cursor) => {
      ids.set(`${prefix}:${String(key)}`, String(cursor.primaryKey));
    });
  const primaryKeys = db.leads.toCollection().primaryKeys().then((keys) => {
    for (const id of keys) ids.set(`id:${id}`, id);
  });
  await Promise.all([primaryKeys, read('emails', 'email'), read('phones', 'tel'), read('linkedinUrl', 'in')]);
  return ids;
}

/** Lead ids by dedup key, current as of this transaction. Call inside the import's transaction. */
export async function knownKeys(db: LeadClipDb): Promise<Map<string, string>> {
  const stamp = await stampOf(db);
  const cached = cache.get(db);
  if (cached && cached.stamp === stamp) return cached.ids;
  const ids = await readKeys(db);
  cache.set(db, { stamp, ids });
  return ids;
}

/** After the import's own write: remember its keys and the stamp it left, inside the same transaction. */
export async function rememberWritten(db: LeadClipDb, written: readonly Lead[], keysOf: (lead: Lead) => string[] = dedupKeys): Promise<void> {
  const entry = cache.get(db);
  if (!entry) return;
  for (const lead of written) for (const key of keysOf(lead)) entry.ids.set(key, lead.id);
  entry.stamp = await stampOf(db);
}

/** Drops the map, e.g. after a backup restore wrote leads with their old updatedAt. */
export function forgetKnownKeys(db: LeadClipDb): void {
  cache.delete(db);
}
