// Handing a lead off (DESIGN.md §5): refused until every required checklist item has a yes or no;
// then the note is copied, mailed or posted to the rep's webhook, recorded as a Handoff with a
// 'handed_off' activity, and the lead moves to handed_off. A failed webhook post records nothing.
import type { LeadClipDb } from '../db';
import { newId } from '../ids';
import type { Activity, Handoff, Lead } from '../schema';
import { HANDOFF_FROM, STAGE_NAMES } from '../stages';
import { describeMissing, missingForHandoff, templateFor } from '../templates';
import { CommandError } from './errors';
import { recordStage, requireLead } from './lifecycle';
import { readScoringContext, rescored } from './scores';
import { readSettings } from './settings';
import { closeOpenTasks } from './tasks';

export interface HandoffRequest {
  id: string;
  note: string;
  format: 'text' | 'markdown';
  via: Exclude<Handoff['via'], 'crm'>;
  /** The recipient of an email handoff, when the rep named one. */
  to: string | null;
}

/** Posts a JSON body; resolves with the HTTP status, rejects when the network fails. */
export type WebhookPoster = (url: string, body: unknown) => Promise<number>;

/** The JSON body LeadClip posts to settings.webhookUrl (documented in the README). */
export interface WebhookBody {
  event: 'lead.handed_off';
  version: 1;
  sentAt: string;
  lead: {
    id: string;
    fullName: string | null;
    title: string | null;
    company: string | null;
    website: string | null;
    emails: string[];
    phones: string[];
    linkedinUrl: string | null;
    location: string | null;
    interest: string | null;
    budget: Lead['budget'];
    owner: string | null;
    stage: Lead['stage'];
    score: number;
    tier: Lead['tier'];
    source: { channel: string; url: string | null; inquiryAt: string };
    consent: { basis: string; recordedAt: string | null };
  };
  qualification: { reasons: string[]; answers: { question: string; dimension: string; answer: string; note: string | null }[] };
  note: { format: 'text' | 'markdown'; text: string };
}

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

export async function readHandoffState(db: LeadClipDb, id: string) {
  return db.transaction('r', [db.leads, db.checklists, db.templates, db.activities, db.settings], async () => {
    const lead = await requireLead(db, id);
    const [checklist, activities, ctx] = await Promise.all([
      db.checklists.get(id),
      db.activities.where('leadId').equals(id).toArray(),
      readScoringContext(db),
    ]);
    return { lead, checklist, activities, ctx, template: templateFor(checklist, ctx.templates) };
  });
}

/** Throws the sentence a rep sees when the lead cannot be handed off yet. */
export function checkHandoff(state: Awaited<ReturnType<typeof readHandoffState>>): void {
  if (!HANDOFF_FROM.includes(state.lead.stage)) {
    throw new CommandError('invalid_transition', `A lead in ${STAGE_NAMES[state.lead.stage]} cannot be handed off.`);
  }
  const missing = missingForHandoff(state.template, state.checklist);
  if (missing.length) throw new CommandError('invalid_transition', describeMissing(missing), missing.map((item) => item.question));
}

export async function handOff(db: LeadClipDb, request: HandoffRequest, now: number, post: WebhookPoster): Promise<Handoff> {
  const state = await readHandoffState(db, request.id);
  checkHandoff(state);
  let result: Handoff['result'] = { ok: true, status: null, error: null };
  let to = request.to;
  if (request.via === 'webhook') {
    const { webhookUrl } = await readSettings(db);
    if (!webhookUrl) throw new CommandError('invalid_message', 'No webhook is set: add one in Options → Integrations.');
    const { reasons } = rescored(state.lead, state.checklist, state.activities, state.ctx);
    const body: WebhookBody = {
      event: 'lead.handed_off',
      version: 1,
      sentAt: new Date(now).toISOString(),
      lead: webhookLead(state.lead),
      qualification: {
        reasons,
        answers: state.template.items.map((item) => {
          const answer = state.checklist?.answers[item.id];
          return { question: item.question, dimension: item.dimension, answer: answer?.value ?? 'unanswered', note: answer?.note ?? null };
        }),
      },
      note: { format: request.format, text: request.note },
    };
    const status = await post(webhookUrl, body).catch((error: unknown) => {
      throw new CommandError('delivery_failed', `Not handed off: the webhook could not be reached (${error instanceof Error ? error.message : String(error)}).`);
    });
    if (status < 200 || status >= 300) {
      throw new CommandError('delivery_failed', `Not handed off: the webhook answered HTTP ${status}. The note is still here; try again.`);
    }
    result = { ok: true, status, error: null };
    to = new URL(webhookUrl).host;
  }
  const handoff: Handoff = { id: newId(), leadId: request.id, createdAt: now, note: request.note, format: request.format, via: request.via, to, result };
  // The lead may have changed while the webhook answered: check again before moving it.
  return recordHandoff(db, handoff, now, checkHandoff);
}

/**
 * Records a delivered handoff, its activity and the move to handed_off in one transaction.
 * `gate` runs on the lead as it is now; checkHandoff is the gate for the webhook, and a lead may be
 * handed off from any open stage once qualified by its answers.
 */
export function recordHandoff(db: LeadClipDb, handoff: Handoff, now: number, gate: (state: Awaited<ReturnType<typeof readHandoffState>>) => void): Promise<Handoff> {
  return db.transaction('rw', [db.leads, db.activities, db.tasks, db.handoffs, db.checklists, db.templates, db.settings], async () => {
    const fresh = await readHandoffState(db, handoff.leadId);
    gate(fresh);
    // A CRM job may finish after the rep moved the lead on (won, lost): it is recorded, not moved back.
    const moved = HANDOFF_FROM.includes(fresh.lead.stage) ? recordStage(fresh.lead, 'handed_off', now) : null;
    const activity: Activity = { id: newId(), leadId: handoff.leadId, at: now, type: 'handed_off', handoffId: handoff.id, via: handoff.via };
    await db.handoffs.add(handoff);
    await db.activities.bulkAdd(moved ? [activity, moved.activity] : [activity]);
    if (moved) await db.leads.put(moved.lead);
    await closeOpenTasks(db, handoff.leadId, now);
    return handoff;
  });
}

function webhookLead(lead: Lead): WebhookBody['lead'] {
  return {
    id: lead.id,
    fullName: lead.fullName,
    title: lead.title,
    company: lead.company.name,
    website: lead.company.website,
    emails: lead.emails,
    phones: lead.phones,
    linkedinUrl: lead.linkedinUrl,
    location: lead.location,
    interest: lead.interest,
    budget: lead.budget,
    owner: lead.owner,
    stage: lead.stage,
    score: lead.score,
    tier: lead.tier,
    source: { channel: lead.source.channel, url: lead.source.url, inquiryAt: iso(lead.source.inquiryAt)! },
    consent: { basis: lead.consent.basis, recordedAt: iso(lead.consent.recordedAt) },
  };
}
