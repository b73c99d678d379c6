// Stage changes, notes and outcomes: each is an activity on the timeline, written with the lead in
// one transaction so velocity (time per stage) can be measured from the activities alone.
import type { LeadClipDb } from '../db';
import { newId } from '../ids';
import type { Activity, Lead, Stage } from '../schema';
import { ACTION_NAMES, type ActionStage, isActionStage, transitionProblem } from '../stages';
import { meetingHeldProblem } from '../timers/contact';
import { zoneOf } from '../timers/working-hours';
import { CommandError } from './errors';
import { withFreshScore } from './scores';
import { readSettings } from './settings';
import { closeOpenTasks, recordContact, tasksOfLead } from './tasks';

export type Outcome =
  | { outcome: 'meeting_held' }
  | { outcome: 'won'; value: number; currency: string }
  | { outcome: 'lost'; reason: string };

export async function requireLead(db: LeadClipDb, id: string): Promise<Lead> {
  const lead = await db.leads.get(id);
  if (!lead) throw new CommandError('not_found', 'That lead no longer exists.');
  return lead;
}

/** Moves a lead to `to` and records it; throws `invalid_transition` naming the allowed stages. */
export function moveStage(lead: Lead, to: Stage, now: number): { lead: Lead; activity: Activity } {
  const problem = transitionProblem(lead.stage, to);
  if (problem) throw new CommandError('invalid_transition', problem);
  return recordStage(lead, to, now);
}

/** Moves without the transition check, for commands with their own gate (handoff). */
export function recordStage(lead: Lead, to: Stage, now: number): { lead: Lead; activity: Activity } {
  return {
    lead: { ...lead, stage: to, updatedAt: now },
    activity: { id: newId(), leadId: lead.id, at: now, type: 'stage_changed', from: lead.stage, to },
  };
}

const WHY_OWN_ACTION: Record<ActionStage, string> = {
  handed_off: 'it checks the checklist and records the handoff note',
  won: 'it records the deal value, so revenue metrics count it',
  lost: 'it records the reason',
};

export async function changeStage(db: LeadClipDb, id: string, to: Stage, now: number): Promise<Lead> {
  if (isActionStage(to)) throw new CommandError('invalid_transition', `Use ${ACTION_NAMES[to]} instead: ${WHY_OWN_ACTION[to]}.`);
  return db.transaction('rw', db.leads, db.activities, async () => {
    const moved = moveStage(await requireLead(db, id), to, now);
    await db.leads.put(moved.lead);
    await db.activities.add(moved.activity);
    return moved.lead;
  });
}

export async function addNote(db: LeadClipDb, id: string, text: string, now: number): Promise<Activity> {
  return db.transaction('rw', db.leads, db.activities, async () => {
    await requireLead(db, id);
    const note: Activity = { id: newId(), leadId: id, at: now, type: 'note', text };
    await db.activities.add(note);
    await db.leads.update(id, { updatedAt: now });
    return note;
  });
}

export async function logOutcome(db: LeadClipDb, id: string, outcome: Outcome, now: number): Promise<Lead> {
  return db.transaction('rw', [db.leads, db.activities, db.tasks, db.checklists, db.templates, db.settings], async () => {
    const lead = await requireLead(db, id);
    const base = { id: newId(), leadId: id, at: now };
    if (outcome.outcome === 'meeting_held') {
      await checkMeetingHeld(db, lead, now);
      await db.activities.add({ ...base, type: 'meeting_held' });
      const confirmations = (await tasksOfLead(db, id)).filter((task) => task.kind === 'meeting_confirmation' && task.status !== 'done');
      await db.tasks.bulkPut(confirmations.map((task) => ({ ...task, status: 'done' as const, doneAt: now })));
      const updated = await withFreshScore(db, await recordContact(db, lead, now, now));
      await db.leads.put(updated);
      return updated;
    }
    const moved = moveStage(lead, outcome.outcome, now);
    await db.activities.add(
      outcome.outcome === 'won'
        ? { ...base, type: 'won', value: outcome.value, currency: outcome.currency }
        : { ...base, type: 'lost', reason: outcome.reason },
    );
    await db.activities.add(moved.activity);
    await db.leads.put(moved.lead);
    await closeOpenTasks(db, id, now);
    return { ...moved.lead, nextDueAt: null };
  });
}

/** A booked meeting can be logged as held only once its time has come. */
async function checkMeetingHeld(db: LeadClipDb, lead: Lead, now: number): Promise<void> {
  const activities = await db.activities.where('leadId').equals(lead.id).toArray();
  const problem = meetingHeldProblem(activities, now, zoneOf((await readSettings(db)).workingHours));
  if (problem) throw new CommandError('invalid_transition', problem);
}
