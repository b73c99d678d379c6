// Everything the lead detail view shows, read in one go so a live query re-runs once per change.
import Dexie from 'dexie';
import type { LeadClipDb } from '../db';
import type { Activity, Checklist, Lead, Settings, Template } from '../schema';
import { readSettings } from '../store/settings';

export interface LeadWorkspace {
  lead: Lead;
  checklist: Checklist | undefined;
  /** Newest first. */
  activities: Activity[];
  templates: Template[];
  settings: Settings;
}

export async function readLeadWorkspace(db: LeadClipDb, leadId: string): Promise<LeadWorkspace | null> {
  const [lead, checklist, activities, templates, settings] = await Promise.all([
    db.leads.get(leadId),
    db.checklists.get(leadId),
    db.activities.where('[leadId+at]').between([leadId, Dexie.minKey], [leadId, Dexie.maxKey]).reverse().toArray(),
    db.templates.toArray(),
    readSettings(db),
  ]);
  return lead ? { lead, checklist, activities, templates, settings } : null;
}
