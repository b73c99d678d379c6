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
  const draft = normalizeDraft(parsed.data.draft, defaultRegion);
  if (!hasContent(draft)) return { row: parsed.data.row, reason: 'no name, email, phone or LinkedIn URL' };
  return { ...parsed.data, draft };
}

/** The batch's rows as leads to write, in row order, each prepared once (a retried write reuses them). */
type PreparedRows = (index: number) => Lead | null;

export async function importRows(db: LeadClipDb, input: readonly unknown[], now: number): Promise<ImportOutcome> {
  const problems: RowProblem[] = [];
  const { defaultRegion } = await readSettings(db);
  const toLead = (row: ImportRow | RowProblem): Lead | null => {
    if ('reason' in row) {
      problems.push(row);
      return null;
    }
    // Draft and extras are validated above and leadFromDraft only normalizes, so the result is a
    // valid Lead; parsing it again would cost a third of the import's time (measured).
    return leadFromRow(row, now);
  };
  let prepare: (index: number) => Lead | null;
  if ((await db.suppressions.count()) === 0) {
    // The usual case: rows are checked and normalized inside the write, chunk by chunk, so that
    // the database stores one chunk while the next is being prepared (see writeBatch).
    prepare = (index) => toLead(checkRow(input[index], index, defaultRegion));
  } else {
    // Suppression hashes are computed with WebCrypto, which cannot run inside a transaction.
    const checked = input.map((raw, index) => checkRow(raw, index, defaultRegion));
    const rows = checked.filter((row): row is ImportRow => !('reason' in row));
    const suppressed = await suppressedRows(db, rows);
    const leads = checked.map((row) =>
      'reason' in row || !suppressed.has(row.row) ? toLead(row) : toLead({ row: row.row, reason: 'this person is on the suppression list' }),
    );
    prepare = (index) => leads[index]!;
  }
  const prepared: (Lead | null)[] = [];
  const leadAt: PreparedRows = (index) => (index < prepared.length ? prepared[index]! : (prepared[index] = prepare(index)));
  const outcome = await writeBatch(db, input.length, leadAt, now).catch((error: unknown) => {
    // A lead written behind the key map's back (it kept an old updatedAt) makes bulkAdd collide:
    // read the keys again and retry once; the failed attempt wrote nothing.
    if (!(error instanceof Dexie.BulkError || (error instanceof Dexie.DexieError && error.name === 'ConstraintError'))) throw error;
    forgetKnownKeys(db);
    return writeBatch(db, input.length, leadAt, now);
  });
  problems.sort((a, b) => a.row - b.row);
  return { ...outcome, problems };
}

/**
 * Rows per chunk inside a batch's transaction. IndexedDB stores a chunk's leads while the next
 * chunk is validated and normalized; preparing the whole batch first left the database idle for
 * that time (a quarter of a 100,000-row import in Chromium, measured).
 */
const CHUNK = 500;

async function writeBatch(db: LeadClipDb, count: number, leadAt: PreparedRows, now: number): Promise<Omit<ImportOutcome, 'problems'>> {
  return db.transaction('rw', db.leads, db.activities, async () => {
    const keys = await knownKeys(db);
    const known = new Map<string, Lead>();
    const stored = new Set<string>();
    const writes = new Map<string, Lead>();
    const activities: Activity[] = [];
    const pending: Promise<unknown>[] = [];
    let created = 0;
    let merged = 0;
    let unchanged = 0;
    for (let start = 0; start < count; start += CHUNK) {
      const incoming: Lead[] = [];
      for (let index = start; index < Math.min(start + CHUNK, count); index += 1) {
        const lead = leadAt(index);
        if (lead) incoming.push(lead);
      }
      // Only leads that share a key with the chunk are read; most rows of an import match nothing.
      const ids = new Set<string>();
      for (const lead of incoming) {
        for (const key of dedupKeys(lead)) {
          const id = keys.get(key);
          if (id !== undefined && !stored.has(id) && !writes.has(id)) ids.add(id);
        }
      }
      if (ids.size > 0) {
        for (const lead of await db.leads.bulkGet([...ids])) {
          if (!lead) continue;
          stored.add(lead.id);
          for (const key of dedupKeys(lead)) if (!known.has(key)) known.set(key, lead);
        }
      }
      const added: Lead[] = [];
      const updated: Lead[] = [];
      for (const lead of incoming) {
        const match = dedupKeys(lead).map((key) => known.get(key)).find(Boolean);
        if (!match) {
          // No 'captured' activity and no first-contact task: the lead's source and provenance record
          // the import, and old CRM records must not raise overdue reminders. One activity per row
          // would double the writes of a 100,000-row import (DESIGN.md §7 budget).
          writes.set(lead.id, lead);
          added.push(lead);
          for (const key of dedupKeys(lead)) known.set(key, lead);
          created += 1;
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
      // Not awaited: the next chunk is prepared while these are stored; the transaction awaits them
      // all below. New leads are added, not put: a put makes Dexie read the old record first (to
      // tell live queries which index entries changed), which doubles the work of a large import.
      // A lead created earlier in this batch and merged here is put after its add, so the later
      // write wins, in order.
      if (added.length) pending.push(db.leads.bulkAdd(added));
      if (updated.length) pending.push(db.leads.bulkPut(updated));
    }
    await Promise.all(pending);
    await db.activities.bulkAdd(activities);
    await rememberWritten(db, [...writes.values()]);
    return { created, merged, unchanged };
  });
}
