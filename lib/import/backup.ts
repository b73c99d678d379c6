// The JSON backup (lib/export.ts readBackup) read back. Records keep their ids, so restoring the
// same backup twice leaves one copy of everything, and a restore after "erase everything" gives
// back exactly the database that was exported.
import { z } from 'zod';
import type { LeadClipDb } from '../db';
import { BACKUP_FORMAT } from '../export';
import { describeIssues } from '../protocol';
import { Activity, Checklist, Handoff, Lead, Settings, Task, Template } from '../schema';
import { CommandError } from '../store/errors';
import { forgetKnownKeys } from './known-keys';
import { Suppression, identityHashes } from '../store/suppression';

export const BackupChunk = z.object({
  leads: z.array(Lead).max(5000),
  activities: z.array(Activity).max(50_000),
  tasks: z.array(Task).max(20_000),
  checklists: z.array(Checklist).max(5000),
  handoffs: z.array(Handoff).max(20_000),
  templates: z.array(Template).max(100),
  settings: z.array(Settings).max(1),
  suppressions: z.array(Suppression).max(50_000),
});
export type BackupChunk = z.infer<typeof BackupChunk>;

const BackupFile = BackupChunk.extend({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.number(),
  leads: z.array(Lead),
  activities: z.array(Activity),
  tasks: z.array(Task),
  checklists: z.array(Checklist),
  handoffs: z.array(Handoff),
  suppressions: z.array(Suppression),
});
export type BackupFile = z.infer<typeof BackupFile>;

/** Reads a backup file; any invalid record rejects the whole file, naming the record. */
export function parseBackup(text: string): { ok: true; backup: BackupFile } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'This file is not JSON.' };
  }
  if ((json as { format?: unknown } | null)?.format !== BACKUP_FORMAT) {
    return { ok: false, reason: 'This JSON file is not a LeadClip backup.' };
  }
  const parsed = BackupFile.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `The backup is damaged: ${describeIssues(parsed.error).slice(0, 5).join('; ')}` };
  return { ok: true, backup: parsed.data };
}

/** Splits a backup into messages of `leadsPerChunk` leads, each carrying its leads' history. */
export function chunkBackup(backup: BackupFile, leadsPerChunk = 2000): BackupChunk[] {
  const byLead = <T extends { leadId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.leadId, [...(map.get(row.leadId) ?? []), row]);
    return map;
  };
  const activities = byLead(backup.activities);
  const tasks = byLead(backup.tasks);
  const checklists = byLead(backup.checklists);
  const handoffs = byLead(backup.handoffs);
  const chunks: BackupChunk[] = [];
  for (let start = 0; start < backup.leads.length || start === 0; start += leadsPerChunk) {
    const leads = backup.leads.slice(start, start + leadsPerChunk);
    const of = <T>(map: Map<string, T[]>) => leads.flatMap((lead) => map.get(lead.id) ?? []);
    chunks.push({
      leads,
      activities: of(activities),
      tasks: of(tasks),
      checklists: of(checklists),
      handoffs: of(handoffs),
      templates: start === 0 ? backup.templates : [],
      settings: start === 0 ? backup.settings : [],
      suppressions: start === 0 ? backup.suppressions : [],
    });
  }
  return chunks;
}

/**
 * Writes one chunk in one transaction: all of it, or (on failure) none of it. A person on the
 * suppression list (the database's, or the backup's own) is left out with all their records: an
 * old backup must not bring back someone who was erased because they objected.
 */
export async function restoreChunk(db: LeadClipDb, chunk: BackupChunk): Promise<{ leads: number; suppressed: number }> {
  // Hashes first: WebCrypto cannot run inside an IndexedDB transaction.
  const hashes = await Promise.all(chunk.leads.map((lead) => identityHashes(lead)));
  const tables = [db.leads, db.activities, db.tasks, db.checklists, db.handoffs, db.templates, db.settings, db.suppressions];
  const skipped = await db.transaction('rw', tables, async () => {
    const listed = new Set(chunk.suppressions.map((entry) => entry.hash));
    const stored = await db.suppressions.bulkGet([...new Set(hashes.flat().map(({ hash }) => hash))]);
    for (const entry of stored) if (entry) listed.add(entry.hash);
    const skipped = new Set(chunk.leads.filter((_, index) => hashes[index]!.some(({ hash }) => listed.has(hash))).map((lead) => lead.id));
    const kept = <T extends { leadId: string }>(rows: T[]) => (skipped.size ? rows.filter((row) => !skipped.has(row.leadId)) : rows);
    await db.leads.bulkPut(skipped.size ? chunk.leads.filter((lead) => !skipped.has(lead.id)) : chunk.leads);
    await db.activities.bulkPut(kept(chunk.activities));
    await db.tasks.bulkPut(kept(chunk.tasks));
    await db.checklists.bulkPut(kept(chunk.checklists));
    await db.handoffs.bulkPut(kept(chunk.handoffs));
    await db.templates.bulkPut(chunk.templates);
    await db.settings.bulkPut(chunk.settings);
    await db.suppressions.bulkPut(chunk.suppressions);
    return skipped.size;
  });
  // Restored leads keep their old updatedAt, which the import's key map cannot notice.
  forgetKnownKeys(db);
  return { leads: chunk.leads.length - skipped, suppressed: skipped };
}

/** The background's entry: validates a chunk that arrived as a message, then writes it. */
export async function restoreBackupChunk(db: LeadClipDb, raw: unknown): Promise<{ leads: number; suppressed: number }> {
  const chunk = BackupChunk.safeParse(raw);
  if (!chunk.success) {
    throw new CommandError('invalid_message', 'The backup part is damaged; nothing from it was written.', describeIssues(chunk.error));
  }
  return restoreChunk(db, chunk.data);
}
