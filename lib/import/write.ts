// The background's side of import: validate each row again, refuse suppressed people, dedup
// against the store and within the batch, then write the whole batch in one transaction. A batch
// is written completely or not at all; a bad row is reported and skipped, never half-written.
import Dexie from 'dexie';
import type { LeadClipDb } from '../db';
import { newId } from '../ids';
import type { Activity, Lead } from '../schema';
import { normalizeDraft } from '../normalize';
import { hasContent, leadFromDraft, mergeCapture } from '../store/capture';
import { readSettings } from '../store/settings';
import { identityHashes } from '../store/suppression';
import { describeIssues } from '../protocol';
import { dedupKeys, forgetKnownKeys, knownKeys, rememberWritten } from './known-keys';
import { ImportRow, type LeadExtras, type RowProblem } from './rows';

export interface ImportOutcome {
  created: number;
  merged: number;
  unchanged: number;
  problems: RowProblem[];
}

/** Builds the stored lead exactly as a capture would (from a normalized draft), then lays the exported fields over it. */
export function leadFromRow({ draft, extra }: ImportRow, now: number): Lead {
  const base = leadFromDraft(draft, { id: extra.id ?? newId(), captureId: newId(), now });
  const { company, source, consent, ...rest } = extra satisfies LeadExtras;
  return {
    ...base,
    ...rest,
    updatedAt: rest.updatedAt ?? rest.createdAt ?? base.updatedAt,
    company: { ...base.company, ...company },
    source: { ...base.source, capturedAt: rest.createdAt ?? base.source.capturedAt, ...source },
    consent: { ...base.consent, ...consent },
  };
}

async function suppressedRows(db: LeadClipDb, rows: ImportRow[]): Promise<Set<number>> {
  const hashes = await Promise.all(rows.map((row) => identityHashes({ emails: row.draft.emails, linkedinUrl: row.draft.linkedinUrl })));
  const found = await db.suppressions.bulkGet([...new Set(hashes.flat().map((h) => h.hash))]);
  const blocked = new Set(found.filter((entry) => entry !== undefined).map((entry) => entry.hash));
  return new Set(rows.filter((_, index) => hashes[index]!.some((h) => blocked.has(h.hash))).map((row) => row.row));
}

/** A row checked again and normalized as a capture would be, or the reason it is skipped. */
function checkRow(raw: unknown, index: number, defaultRegion: string): ImportRow | RowProblem {
  const parsed = ImportRow.safeParse(raw);
  if (!parsed.success) {
    return { row: (raw as { row?: number })?.row ?? index + 1, reason: describeIssues(parsed.error).join('; ') };
  }
  // The capture path's normalization: emails, phones (E.164 in the rep's region), LinkedIn URL, name case.
  const draft = normalizeDraft(parsed.data.draft, parsed.data.region ?? defaultRegion);
  if (!hasContent(draft)) return { row: parsed.data.row, reason: 'no name, email, phone or LinkedIn URL' };
  return { ...parsed.data, draft };
}

export async function importRows(db: LeadClipDb, input: readonly unknown[], now: number): Promise<ImportOutcome> {
  const problems: RowProblem[] = [];
  const { defaultRegion } = await readSettings(db);
  const checked = input.map((raw, index) => checkRow(raw, index, defaultRegion));
  // Suppression hashes are computed with WebCrypto, which cannot run inside a transaction.
  const suppressed =
    (await db.suppressions.count()) === 0 ? new Set<number>() : await suppressedRows(db, checked.filter((row): row is ImportRow => !('reason' in row)));
  const leads: Lead[] = [];
  for (const row of checked) {
    if ('reason' in row) problems.push(row);
    else if (suppressed.has(row.row)) problems.push({ row: row.row, reason: 'this person is on the suppression list' });
    // Draft and extras are validated above and leadFromDraft only normalizes, so the result is a
    // valid Lead; parsing it again would cost a third of the import's time (measured).
    else leads.push(leadFromRow(row, now));
  }
  const outcome = await writeBatch(db, leads, now).catch((error: unknown) => {
    // A lead written behind the key map's back (it kept an old updatedAt) makes bulkAdd collide:
    // read the keys again and retry once; the failed attempt wrote nothing.
    if (!(error instanceof Dexie.BulkError || (error instanceof Dexie.DexieError && error.name === 'ConstraintError'))) throw error;
    forgetKnownKeys(db);
    return writeBatch(db, leads, now);
  });
  problems.sort((a, b) => a.row - b.row);
  return { ...outcome, problems };
}

/**
 * Descending id order, for the batch's new leads. Chromium's IndexedDB keeps records and index
 * entries sorted by key (LevelDB). With random ids, leads added in row order landed all over the
 * key space and compacting that was most of the database's work; sorted, a batch is written in
 * runs. Descending, not ascending: after a large deletion just before the import (the bench used
 * to delete its 100,000-record baseline in the same profile) LevelDB's manual compaction went on
 * while new files held ever higher keys, and ascending batches took 85-90 s instead of about 50 in
 * 6 of 21 runs. Ids are now time-ordered (lib/ids.ts), so a batch's new ids all sort above the
 * stored ones; in a fresh profile descending and row order measured the same (37-40 s).
 */
const byIdDescending = (a: Lead, b: Lead) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * Dedups the batch's leads (in row order) against stored leads and each other, then writes the
 * batch in one transaction. The rows are prepared before the transaction, not chunk by chunk inside
 * it while earlier chunks are stored: adding the batch's new leads in id order needs them all
 * first, and saves more than that overlap did (see below).
 */
async function writeBatch(db: LeadClipDb, incoming: readonly Lead[], now: number): Promise<Omit<ImportOutcome, 'problems'>> {
  // Each lead's keys, computed once: the dedup below and rememberWritten would otherwise rebuild them
  // four times per row.
  const keysOf = new Map<Lead, string[]>(incoming.map((lead) => [lead, dedupKeys(lead)]));
  const keysFor = (lead: Lead) => keysOf.get(lead) ?? dedupKeys(lead);
  return db.transaction('rw', db.leads, db.activities, async () => {
    const keys = await knownKeys(db);
    // Only leads that share a key with the batch are read; most rows of an import match nothing.
    const ids = new Set<string>();
    for (const lead of incoming) {
      for (const key of keysFor(lead)) {
        const id = keys.get(key);
        if (id !== undefined) ids.add(id);
      }
    }
    const known = new Map<string, Lead>();
    const stored = new Set<string>();
    if (ids.size > 0) {
      for (const lead of await db.leads.bulkGet([...ids])) {
        if (!lead) continue;
        stored.add(lead.id);
        for (const key of dedupKeys(lead)) if (!known.has(key)) known.set(key, lead);
      }
    }
    const writes = new Map<string, Lead>();
    const added: Lead[] = [];
    const updated: Lead[] = [];
    const activities: Activity[] = [];
    let merged = 0;
    let unchanged = 0;
    for (const lead of incoming) {
      const leadKeys = keysFor(lead);
      const match = leadKeys.map((key) => known.get(key)).find(Boolean);
      if (!match) {
        // No 'captured' activity and no first-contact task: the lead's source and provenance record
        // the import, and old CRM records must not raise overdue reminders. One activity per row
        // would double the writes of a 100,000-row import (DESIGN.md §7 budget).
        writes.set(lead.id, lead);
        added.push(lead);
        for (const key of leadKeys) known.set(key, lead);
        continue;
      }
      // The capture's merge: empty fields filled, new addresses added, disagreements kept as conflicts.
      const { lead: merge, filled, conflicts } = mergeCapture(match, lead, now);
      if (filled.length === 0 && conflicts.length === 0) {
        unchanged += 1;
        continue;
      }
      writes.set(merge.id, merge);
      updated.push(merge);
      for (const key of dedupKeys(merge)) known.set(key, merge);
      const before = stored.has(match.id) ? { before: match } : {};
      activities.push({ id: newId(), leadId: merge.id, at: now, type: 'merged', url: lead.source.url, filled, conflicts, ...before });
      merged += 1;
    }
    // New leads are added in descending id order (see byIdDescending): with random ids a 100,000-row
    // import (npm run bench, Chromium 156, 2 cores) took 45-47 s and 60 CPU seconds of the database,
    // against 57-62 s and 79-87 s in row order. They are added, not put: a put makes Dexie read the old record first
    // (to tell live queries which index entries changed), which doubles the work of a large import.
    // IndexedDB runs a transaction's requests in the order they are made, so a lead created in this
    // batch and merged later in it is put after its add and the later write wins.
    await Promise.all([db.leads.bulkAdd([...added].sort(byIdDescending)), db.leads.bulkPut(updated), db.activities.bulkAdd(activities)]);
    await rememberWritten(db, [...writes.values()], keysFor);
    return { created: added.length, merged, unchanged };
  });
}
