// Keeps each lead's score and tier in step with its answers, engagement, templates and thresholds.
import type { LeadClipDb } from '../db';
import type { Activity, Checklist, Lead, Settings, Template } from '../schema';
import { engagementOf, scoreLead } from '../scoring';
import { templateFor } from '../templates';
import { readSettings } from './settings';

export interface ScoringContext {
  templates: readonly Template[];
  settings: Settings;
}

export async function readScoringContext(db: LeadClipDb): Promise<ScoringContext> {
  const [templates, settings] = await Promise.all([db.templates.toArray(), readSettings(db)]);
  return { templates, settings };
}

export function rescored(lead: Lead, checklist: Checklist | undefined, activities: readonly Activity[], ctx: ScoringContext) {
  return scoreLead({
    template: templateFor(checklist, ctx.templates),
    checklist,
    engagement: engagementOf(lead, activities),
    thresholds: ctx.settings.tierThresholds,
    slaMinutes: ctx.settings.slaMinutes,
  });
}

/** Recomputes one lead inside the caller's transaction; returns the lead with score and tier set. */
export async function withFreshScore(db: LeadClipDb, lead: Lead): Promise<Lead> {
  const [ctx, checklist, activities] = await Promise.all([
    readScoringContext(db),
    db.checklists.get(lead.id),
    db.activities.where('leadId').equals(lead.id).toArray(),
  ]);
  const { score, tier } = rescored(lead, checklist, activities, ctx);
  return { ...lead, score, tier };
}

/**
 * Rescores every lead after a template or threshold change, one batch per transaction so the
 * side panel stays responsive and other commands interleave. Returns how many leads changed.
 */
export async function rescoreAll(db: LeadClipDb, batchSize = 500): Promise<number> {
  const ctx = await readScoringContext(db);
  let changed = 0;
  let after: string | null = null;
  for (;;) {
    const batch: Lead[] = await (after === null ? db.leads.orderBy('id') : db.leads.where('id').above(after)).limit(batchSize).toArray();
    if (batch.length === 0) return changed;
    after = batch.at(-1)!.id;
    changed += await db.transaction('rw', db.leads, db.checklists, db.activities, async () => {
      const ids = batch.map((lead) => lead.id);
      const [checklists, activities] = await Promise.all([db.checklists.bulkGet(ids), db.activities.where('leadId').anyOf(ids).toArray()]);
      const byLead = Map.groupBy(activities, (activity) => activity.leadId);
      const updates = batch.flatMap((lead, index) => {
        const { score, tier } = rescored(lead, checklists[index], byLead.get(lead.id) ?? [], ctx);
        return score !== lead.score || tier !== lead.tier ? [{ id: lead.id, score, tier }] : [];
      });
      // Only score and tier are written, so an edit made since the batch was read survives.
      for (const { id, score, tier } of updates) await db.leads.update(id, { score, tier });
      return updates.length;
    });
  }
}

/** Rescores one lead after an engagement change (contact logged, meeting booked); returns it. */
export async function rescoreLead(db: LeadClipDb, id: string): Promise<Lead | undefined> {
  return db.transaction('rw', [db.leads, db.checklists, db.activities, db.templates, db.settings], async () => {
    const lead = await db.leads.get(id);
    if (!lead) return undefined;
    const updated = await withFreshScore(db, lead);
    if (updated.score !== lead.score || updated.tier !== lead.tier) await db.leads.update(id, { score: updated.score, tier: updated.tier });
    return updated;
  });
}
