// The suppression list: people who objected are never captured again (DESIGN.md §6). Only a
// SHA-256 hash of their email address or LinkedIn URL is kept, so the list itself holds no
// readable personal data.
import { z } from 'zod';
import type { LeadClipDb } from '../db';
import { canonicalLinkedInUrl, normalizeEmail } from '../normalize';
import { CommandError } from './errors';

export const Suppression = z.object({
  /** Hex SHA-256 of `email:<address>` or `linkedin:<canonical profile URL>`. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  kind: z.enum(['email', 'linkedin']),
  addedAt: z.number().int().nonnegative(),
});
export type Suppression = z.infer<typeof Suppression>;

export interface Identity {
  emails: readonly string[];
  linkedinUrl: string | null;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The hashes that identify a person, one per normalized email and one for the LinkedIn profile. */
export async function identityHashes(person: Identity): Promise<{ hash: string; kind: Suppression['kind'] }[]> {
  const emails = person.emails.map(normalizeEmail).filter((email): email is string => email !== null);
  const profile = canonicalLinkedInUrl(person.linkedinUrl);
  const keys = [
    ...new Set(emails.map((email) => `email:${email}`)),
    ...(profile ? [`linkedin:${profile}`] : []),
  ];
  return Promise.all(keys.map(async (key) => ({ hash: await sha256(key), kind: key.startsWith('email:') ? 'email' : 'linkedin' }) as const));
}

/** Hashes computed ahead of a write transaction (crypto.subtle would end an IndexedDB transaction). */
export async function suppressionsFor(people: readonly Identity[], now: number): Promise<Suppression[]> {
  const all = await Promise.all(people.map(identityHashes));
  return all.flat().map(({ hash, kind }) => ({ hash, kind, addedAt: now }));
}

export async function isSuppressed(db: LeadClipDb, person: Identity): Promise<boolean> {
  const hashes = await identityHashes(person);
  if (hashes.length === 0) return false;
  const found = await db.suppressions.bulkGet(hashes.map(({ hash }) => hash));
  return found.some((entry) => entry !== undefined);
}

export const SUPPRESSED_MESSAGE =
  'Not saved: this person is on your suppression list (they asked not to be contacted). Remove them from the list in Options → Data to capture them again.';

/** The capture path's guard: a suppressed person is refused before anything is written. */
export async function refuseSuppressed(db: LeadClipDb, person: Identity): Promise<void> {
  if (await isSuppressed(db, person)) throw new CommandError('forbidden', SUPPRESSED_MESSAGE);
}

/** Takes a person off the list, e.g. after they asked to be contacted again. */
export async function removeSuppression(db: LeadClipDb, person: Identity): Promise<number> {
  const hashes = (await identityHashes(person)).map(({ hash }) => hash);
  return db.transaction('rw', db.suppressions, async () => {
    const present = (await db.suppressions.bulkGet(hashes)).filter(Boolean).length;
    await db.suppressions.bulkDelete(hashes);
    return present;
  });
}
