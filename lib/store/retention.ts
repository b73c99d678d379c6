// Retention (DESIGN.md §6): leads nobody has touched for `retentionDays` are erased. "Touched"
// means the lead was edited or anything happened on its timeline since the cutoff.
import Dexie from 'dexie';
import type { LeadClipDb } from '../db';
import { eraseLeads } from './erase';

const DAY_MS = 86_400_000;

/** The leads that retention would erase now, oldest first. */
export async function idleLeadIds(db: LeadClipDb, retentionDays: number, now: number): Promise<string[]> {
  const cutoff = now - retentionDays * DAY_MS;
  const candidates = await db.leads.where('updatedAt').below(cutoff).primaryKeys();
  const idle: string[] = [];
  for (const id of candidates) {
    const recent = await db.activities.where('[leadId+at]').between([id, cutoff], [id, Dexie.maxKey]).count();
    const pending = await db.tasks.where('leadId').equals(id).filter((task) => task.status === 'pending' && task.dueAt >= cutoff).count();
    if (recent === 0 && pending === 0) idle.push(id);
  }
  return idle;
}

/** Erases idle leads; does nothing when the rep keeps leads forever (retentionDays null). */
export async function purgeIdleLeads(db: LeadClipDb, retentionDays: number | null, now: number): Promise<{ erased: number }> {
  if (retentionDays === null) return { erased: 0 };
  const ids = await idleLeadIds(db, retentionDays, now);
  if (ids.length === 0) return { erased: 0 };
  const { erased } = await eraseLeads(db, ids, { suppress: false, now });
  return { erased };
}
