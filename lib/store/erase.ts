// Erasure (DESIGN.md §6): a lead goes with everything that refers to it. Optionally the person
// goes on the suppression list so that a later click does not capture them again.
import type { LeadClipDb } from '../db';
import type { Lead } from '../schema';
import { deleteLead } from './leads';
import { suppressionsFor } from './suppression';

export interface EraseResult {
  erased: number;
  suppressed: number;
}

export async function eraseLeads(db: LeadClipDb, ids: readonly string[], options: { suppress: boolean; now: number }): Promise<EraseResult> {
  const leads = (await db.leads.bulkGet([...ids])).filter((lead): lead is Lead => lead !== undefined);
  const suppressions = options.suppress ? await suppressionsFor(leads, options.now) : [];
  const tables = [db.leads, db.activities, db.tasks, db.checklists, db.handoffs, db.crmJobs, db.crmLookups, db.suppressions];
  return db.transaction('rw', tables, async () => {
    let erased = 0;
    for (const id of ids) erased += Number(await deleteLead(db, id));
    await db.suppressions.bulkPut(suppressions);
    return { erased, suppressed: suppressions.length };
  });
}

/** Every lead and its history. Settings, checklist templates and the suppression list stay. */
export async function eraseEverything(db: LeadClipDb): Promise<{ erased: number }> {
  const tables = [db.leads, db.activities, db.tasks, db.checklists, db.handoffs, db.crmJobs, db.crmLookups];
  return db.transaction('rw', tables, async () => {
    const erased = await db.leads.count();
    await Promise.all(tables.map((table) => table.clear()));
    return { erased };
  });
}
