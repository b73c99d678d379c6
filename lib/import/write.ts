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
  if ((await db.suppressions.count()) === 0) return new Set();
  const hashes = await Promise.all(rows.map((row) => identityHashes({ emails: row.draft.emails, linkedinUrl: row.draft.linkedinUrl })));
  const found = await db.suppressions.bulkGet([...new Set(hashes.flat().map((h) => h.hash))]);
  const blocked = new Set(found.filter((entry) => entry !== undefined).map((entry) => entry.hash));
  return new Set(rows.filter((_, index) => hashes[index]!.some((h) => blocked.has(h.hash))).map((row) => row.row));
}

export async function importRows(db: LeadClipDb, input: readonly unknown[], now: number): Promise<ImportOutcome> {
  const problems: RowProblem[] = [];
  const rows: ImportRow[] = [];
  const { defaultRegion } = await readSettings(db);
  input.forEach((raw, index) => {
    const parsed = ImportRow.safeParse(raw);
    if (!parsed.success) {
      problems.push({ row: (raw as { row?: number })?.row ?? index + 1, reason: describeIssues(parsed.error).join('; ') });
      return;
    }
    // The capture path's normalization: emails, phones (E.164 in the rep's region), LinkedIn URL, name case.
    const draft = normalizeDraft(parsed.data.draft, defaultRegion);
    if (hasContent(draft)) rows.push({ ...parsed.data, draft });
    else problems.push({ row: parsed.data.row, reason: 'no name, email, phone or LinkedIn URL' });
  });
  const suppressed = await suppressedRows(db, rows);
  const candidates: { row: number; lead: Lead }[] = [];
  for (const row of rows) {
    if (suppressed.has(row.row)) {
      problems.push({ row: row.row, reason: 'this person is on the suppression list' });
      continue;
    }
    // Draft and extras are validated above and leadFromDraft only normalizes, so the result is a
    // valid Lead; parsing it again would cost a third of the import's time (measured).
    candidates.push({ row: row.row, lead: leadFromRow(row, now) });
  }
  const leads = candidates.map((c) => c.lead);
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

async function writeBatch(db: LeadClipDb, incoming: Lead[], now: number): Promise<Omit<ImportOutcome, 'problems'>> {
  return db.transaction('rw', db.leads, db.activities, async () => {
    const keys = await knownKeys(db);
    // Only leads that share a key with the batch are read; most rows of an import match nothing.
    const ids = new Set<string>();
    for (const lead of incoming) {
      for (const key of dedupKeys(lead)) {
        const id = keys.get(key);
        if (id !== undefined) ids.add(id);
      }
    }
    const existing = await db.leads.bulkGet([...ids]);
    const known = new Map<string, Lead>();
    const stored = new Set<string>();
    for (const lead of existing) {
      if (!lead) continue;
      stored.add(lead.id);
      for (const key of dedupKeys(lead)) known.set(key, lead);
    }
    const writes = new Map<string, Lead>();
    const activities: Activity[] = [];
    let created = 0;
    let merged = 0;
    let unchanged = 0;
    for (const lead of incoming) {
      const match = dedupKeys(lead).map((key) => known.get(key)).find(Boolean);
      if (!match) {
        // No 'captured' activity and no first-contact task: the lead's source and provenance record
        // the import, and old CRM records must not raise overdue reminders. One activity per row
        // would double the writes of a 100,000-row import (DESIGN.md §7 budget).
        writes.set(lead.id, lead);
        for (const key of dedupKeys(lead)) known.set(key, lead);
        created += 1;
        continue;
      }
      // The capture's merge: empty fields filled, new addresses added, disagreements kept as conflicts.
      const { lead: updated, filled, conflicts } = mergeCapture(match, lead, now);
      if (filled.length === 0 && conflicts.length === 0) {
        unchanged += 1;
        continue;
      }
      writes.set(updated.id, updated);
      for (const key of dedupKeys(updated)) known.set(key, updated);
      const before = stored.has(match.id) ? { before: match } : {};
      activities.push({ id: newId(), leadId: updated.id, at: now, type: 'merged', url: lead.source.url, filled, conflicts, ...before });
      merged += 1;
    }
    // New leads are added, not put: a put makes Dexie read the old record first (to tell live
    // queries which index entries changed), which doubles the work of a large import.
    const all = [...writes.values()];
    await db.leads.bulkAdd(all.filter((lead) => !stored.has(lead.id)));
    await db.leads.bulkPut(all.filter((lead) => stored.has(lead.id)));
    await db.activities.bulkAdd(activities);
    await rememberWritten(db, all);
    return { created, merged, unchanged };
  });
}
