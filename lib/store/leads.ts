// Edits and erasure of leads (capture lives in ./capture.ts). Only the background calls these
// (DESIGN.md §1: one writer); each runs in one Dexie transaction.
import type { LeadClipDb } from '../db';
import { newId } from '../ids';
import { splitName } from '../normalize';
import type { Lead, LeadPatch } from '../schema';
import { CommandError } from './errors';

export async function updateLead(db: LeadClipDb, id: string, patch: LeadPatch, now: number): Promise<Lead> {
  return db.transaction('rw', db.leads, db.activities, async () => {
    const lead = await db.leads.get(id);
    if (!lead) throw new CommandError('not_found', 'That lead no longer exists.');
    const { company, consent, inquiryAt, ...rest } = patch;
    const updated: Lead = {
      ...lead,
      ...rest,
      company: { ...lead.company, ...company },
      consent: { ...lead.consent, ...consent },
      source: inquiryAt === undefined ? lead.source : { ...lead.source, inquiryAt },
      updatedAt: now,
    };
    if (rest.fullName !== undefined && rest.firstName === undefined && rest.lastName === undefined) {
      Object.assign(updated, splitName(rest.fullName));
    }
    await db.leads.put(updated);
    await db.activities.add({ id: newId(), leadId: id, at: now, type: 'updated', fields: Object.keys(patch) });
    return updated;
  });
}

/** Erases a lead and every record that refers to it. */
export async function deleteLead(db: LeadClipDb, id: string): Promise<boolean> {
  return db.transaction('rw', [db.leads, db.activities, db.tasks, db.checklists, db.handoffs, db.crmJobs, db.crmLookups], async () => {
    const existed = (await db.leads.get(id)) !== undefined;
    await db.leads.delete(id);
    await db.activities.where('leadId').equals(id).delete();
    await db.tasks.where('leadId').equals(id).delete();
    await db.checklists.delete(id);
    await db.handoffs.where('leadId').equals(id).delete();
    // Issue 14: the CRM sends and lookups hold the person's details too.
    await db.crmJobs.where('leadId').equals(id).delete();
    await db.crmLookups.delete(id);
    return existed;
  });
}
