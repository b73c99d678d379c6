// Writes to tasks (DESIGN.md §4). Only the background calls these. Every write that touches a
// lead's tasks ends with `syncNextDueAt`, so `lead.nextDueAt` always equals the lead's earliest
// open task — the list sorts and counts down from it without reading tasks.
import Dexie from 'dexie';
import type { LeadClipDb } from '../db';
import { newId } from '../ids';
import type { Activity, ContactChannel, Lead, LeadDraft, Settings, Task } from '../schema';
import { isInquiry, isLateInquiry } from '../timers/contact';
import { formatWhen } from '../timers/countdown';
import { firstContactDueAt, followUpsAfter, meetingConfirmationDueAt, snoozeUntil, type SnoozeDuration } from '../timers/schedule';
import { OPEN_STATUSES, earliestPendingDueAt, isOpen, nextTaskOf } from '../timers/tasks';
import { zoneOf } from '../timers/working-hours';
import { CommandError } from './errors';
import { readSettings, saveSettings } from './settings';

export type SnoozeTarget = { taskId: string } | { leadId: string };

function newTask(leadId: string, kind: Task['kind'], dueAt: number, extra: Partial<Task> = {}): Task {
  return { id: newId(), leadId, kind, status: 'pending', dueAt, doneAt: null, notifiedAt: null, ...extra };
}

async function requireLead(db: LeadClipDb, id: string): Promise<Lead> {
  const lead = await db.leads.get(id);
  if (!lead) throw new CommandError('not_found', 'That lead no longer exists.');
  return lead;
}

async function requireOpenTask(db: LeadClipDb, id: string): Promise<Task> {
  const task = await db.tasks.get(id);
  if (!task) throw new CommandError('not_found', 'That reminder no longer exists.');
  if (!isOpen(task)) throw new CommandError('invalid_transition', 'That reminder is already done.');
  return task;
}

/** Every open task of every lead, earliest first (read through the [status+dueAt] index). */
export async function openTasks(db: LeadClipDb): Promise<Task[]> {
  const perStatus = await Promise.all(
    OPEN_STATUSES.map((status) =>
      db.tasks.where('[status+dueAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]).toArray(),
    ),
  );
  return perStatus.flat().sort((a, b) => a.dueAt - b.dueAt);
}

export async function tasksOfLead(db: LeadClipDb, leadId: string): Promise<Task[]> {
  return db.tasks.where('leadId').equals(leadId).toArray();
}

/** Keeps `lead.nextDueAt` (and what falls due then) equal to the lead's earliest open task. Call inside the write's transaction. */
export async function syncNextDueAt(db: LeadClipDb, leadId: string): Promise<void> {
  const tasks = await tasksOfLead(db, leadId);
  const nextDueAt = earliestPendingDueAt(tasks);
  const nextTask = nextTaskOf(tasks);
  const lead = await db.leads.get(leadId);
  if (lead && (lead.nextDueAt !== nextDueAt || JSON.stringify(lead.nextTask ?? null) !== JSON.stringify(nextTask))) {
    await db.leads.update(leadId, { nextDueAt, nextTask });
  }
}

/**
 * A lead that is handed off, won or lost needs no more reminders: its open tasks are closed and
 * `nextDueAt` cleared, so the badge and the popup stop counting it. Call inside the write's
 * transaction (with the tasks and leads tables in scope).
 */
export async function closeOpenTasks(db: LeadClipDb, leadId: string, now: number): Promise<void> {
  const open = (await tasksOfLead(db, leadId)).filter(isOpen);
  if (open.length) await db.tasks.bulkPut(open.map((task) => ({ ...task, status: 'done' as const, doneAt: now })));
  await syncNextDueAt(db, leadId);
}

/**
 * The first-contact task of an inquiry, due at `inquiryAt + SLA`. An inquiry already past the late
 * limit is marked late and counted as reminded: it shows one quiet line, not a burst of alarms.
 */
function firstContactTask(leadId: string, inquiryAt: number, settings: Settings, now: number): Task {
  const late = isLateInquiry(inquiryAt, now, settings);
  return newTask(leadId, 'first_contact', firstContactDueAt(inquiryAt, settings), late ? { late, notifiedAt: now } : {});
}

/**
 * Runs a capture and settles its clock in the same transaction. A new inquiry gets its
 * first-contact task (a lead never exists without its deadline); a prospect clipped from a profile
 * or page gets none. The rep's own reply found in the clipped thread is the first contact, at the
 * reply's time. All tables are in scope so the capture may touch whatever it needs.
 */
export async function captureWithFirstContact<R extends { leadId: string; created: boolean }>(
  db: LeadClipDb,
  draft: Pick<LeadDraft, 'channel' | 'sourceUrl' | 'inbound' | 'repliedAt' | 'inquiryAt'>,
  capture: () => Promise<R>,
  now: number,
): Promise<R> {
  return db.transaction('rw', db.tables, async () => {
    const result = await capture();
    let lead = await requireLead(db, result.leadId);
    const settings = await readSettings(db);
    const waiting = lead.firstContactAt === null && !draft.repliedAt;
    if (result.created) {
      lead = { ...lead, inbound: isInquiry(draft), nextTask: null };
      await db.leads.put(lead);
      if (lead.inbound && waiting) await db.tasks.add(firstContactTask(lead.id, lead.source.inquiryAt, settings, now));
    } else if (lead.inbound === false && isInquiry(draft) && waiting) {
      // A prospect who wrote in: from this inquiry on, they wait for a reply.
      lead = { ...lead, inbound: true };
      await db.leads.put(lead);
      await db.tasks.add(firstContactTask(lead.id, draft.inquiryAt ?? now, settings, now));
    }
    if (draft.repliedAt && lead.firstContactAt === null) {
      await db.activities.add({ id: newId(), leadId: lead.id, at: draft.repliedAt, type: 'contacted', channel: 'email' });
      await recordContact(db, lead, draft.repliedAt, now);
    }
    await syncNextDueAt(db, lead.id);
    return result;
  });
}

/**
 * The rep says whether the person asked (the switch on the capture card): an inquiry not yet
 * answered gets its first-contact task, a prospect loses it.
 */
export async function setInbound(db: LeadClipDb, leadId: string, inbound: boolean, now: number): Promise<Lead> {
  return db.transaction('rw', [db.leads, db.tasks, db.settings], async () => {
    const lead = { ...(await requireLead(db, leadId)), inbound, updatedAt: now };
    await db.leads.put(lead);
    const firstContact = (await tasksOfLead(db, leadId)).filter((task) => task.kind === 'first_contact' && isOpen(task));
    if (!inbound) await db.tasks.bulkDelete(firstContact.map((task) => task.id));
    else if (!firstContact.length && lead.firstContactAt === null) await db.tasks.add(firstContactTask(lead.id, lead.source.inquiryAt, await readSettings(db), now));
    await syncNextDueAt(db, leadId);
    return requireLead(db, leadId);
  });
}

const FIRST_CONTACT_SETTINGS = ['slaMinutes', 'firstContactClock', 'workingHours'] as const;

/**
 * Saves settings; when the SLA, its clock or the working hours changed, every pending first-contact
 * deadline moves to what the new settings give for its lead's inquiry time. A deadline moved into
 * the future may remind again; one still past keeps its "already reminded" mark. Snoozed reminders
 * keep the time the rep chose, and follow-ups keep theirs.
 */
export async function saveSettingsRetimingTasks(db: LeadClipDb, patch: Partial<Omit<Settings, 'id'>>, now: number): Promise<Settings> {
  return db.transaction('rw', [db.settings, db.tasks, db.leads], async () => {
    const before = await readSettings(db);
    const after = await saveSettings(db, patch);
    if (FIRST_CONTACT_SETTINGS.every((key) => JSON.stringify(before[key]) === JSON.stringify(after[key]))) return after;
    const pending = await db.tasks
      .where('[status+dueAt]')
      .between(['pending', Dexie.minKey], ['pending', Dexie.maxKey])
      .filter((task) => task.kind === 'first_contact')
      .toArray();
    const leads = await db.leads.bulkGet(pending.map((task) => task.leadId));
    const moved: Task[] = [];
    pending.forEach((task, index) => {
      const lead = leads[index];
      const dueAt = lead && firstContactDueAt(lead.source.inquiryAt, after);
      if (dueAt === undefined || dueAt === task.dueAt) return;
      moved.push({ ...task, dueAt, notifiedAt: dueAt > now ? null : task.notifiedAt });
    });
    await db.tasks.bulkPut(moved);
    for (const leadId of new Set(moved.map((task) => task.leadId))) await syncNextDueAt(db, leadId);
    return after;
  });
}

/**
 * Runs a lead edit; when it changed `inquiryAt`, the open first-contact task moves with it (and may
 * fire again). Returns the lead as stored afterwards.
 */
export async function updateWithFirstContact(
  db: LeadClipDb,
  leadId: string,
  inquiryChanged: boolean,
  update: () => Promise<Lead>,
): Promise<Lead> {
  return db.transaction('rw', db.tables, async () => {
    const updated = await update();
    if (!inquiryChanged) return updated;
    const settings = await readSettings(db);
    const dueAt = firstContactDueAt(updated.source.inquiryAt, settings);
    for (const task of await tasksOfLead(db, leadId)) {
      if (task.kind === 'first_contact' && isOpen(task)) {
        await db.tasks.put({ ...task, status: 'pending', dueAt, notifiedAt: null });
      }
    }
    await syncNextDueAt(db, leadId);
    return requireLead(db, leadId);
  });
}

/**
 * Any contact with the lead (a logged call, email or message, a meeting booked or held, the rep's
 * reply found in a clipped thread, made at `contactedAt`): completes the first-contact task and any
 * follow-up already due, records the first contact time, moves a new lead to `contacted`, and on
 * the first contact schedules the follow-up cadence. Call inside a transaction over leads,
 * activities, tasks and settings; the caller records the contact's own activity.
 */
export async function recordContact(db: LeadClipDb, lead: Lead, contactedAt: number, now: number): Promise<Lead> {
  const tasks = await tasksOfLead(db, lead.id);
  for (const task of tasks) {
    const answered = task.kind === 'first_contact' || (task.kind === 'follow_up' && task.dueAt <= now);
    if (isOpen(task) && answered) await db.tasks.put({ ...task, status: 'done', doneAt: contactedAt });
  }
  const stage = lead.stage === 'new' ? 'contacted' : lead.stage;
  if (stage !== lead.stage) await db.activities.add({ id: newId(), leadId: lead.id, at: now, type: 'stage_changed', from: lead.stage, to: stage });
  if (lead.firstContactAt === null && !tasks.some((task) => task.kind === 'follow_up')) {
    const settings = await readSettings(db);
    await db.tasks.bulkAdd(followUpsAfter(contactedAt, now, settings).map((dueAt) => newTask(lead.id, 'follow_up', dueAt)));
  }
  const firstContactAt = lead.firstContactAt === null ? contactedAt : Math.min(lead.firstContactAt, contactedAt);
  const updated: Lead = { ...lead, stage, firstContactAt, updatedAt: now };
  await db.leads.put(updated);
  await syncNextDueAt(db, lead.id);
  return requireLead(db, lead.id);
}

/** The rep reached the lead on `channel` just now. */
export async function logContact(db: LeadClipDb, leadId: string, channel: ContactChannel, now: number): Promise<Lead> {
  return db.transaction('rw', [db.leads, db.activities, db.tasks, db.settings], async () => {
    const lead = await requireLead(db, leadId);
    await db.activities.add({ id: newId(), leadId, at: now, type: 'contacted', channel } satisfies Activity);
    return recordContact(db, lead, now, now);
  });
}

/**
 * Puts reminders off. For a lead: every open task already due, or its next one when none is.
 * A snooze never brings a reminder forward, and one that would move nothing is refused, saying
 * when the reminder is due already. A snoozed late inquiry becomes an ordinary reminder.
 */
export async function snoozeTasks(db: LeadClipDb, target: SnoozeTarget, duration: SnoozeDuration, now: number): Promise<Task[]> {
  return db.transaction('rw', [db.leads, db.tasks, db.settings], async () => {
    const chosen = 'taskId' in target ? [await requireOpenTask(db, target.taskId)] : await snoozable(db, target.leadId, now);
    const settings = await readSettings(db);
    const until = snoozeUntil(now, duration, settings);
    const first = Math.min(...chosen.map((task) => task.dueAt));
    if (first >= until) {
      throw new CommandError('invalid_transition', `That reminder is already due later, ${formatWhen(first, now, zoneOf(settings.workingHours))}.`);
    }
    const snoozed = chosen.map((task): Task => ({ ...task, status: 'snoozed', dueAt: Math.max(task.dueAt, until), notifiedAt: null, ...(task.late ? { late: false } : {}) }));
    await db.tasks.bulkPut(snoozed);
    for (const leadId of new Set(snoozed.map((task) => task.leadId))) await syncNextDueAt(db, leadId);
    return snoozed;
  });
}

async function snoozable(db: LeadClipDb, leadId: string, now: number): Promise<Task[]> {
  await requireLead(db, leadId);
  const open = (await tasksOfLead(db, leadId)).filter(isOpen).sort((a, b) => a.dueAt - b.dueAt);
  if (!open.length) throw new CommandError('invalid_transition', 'This lead has no reminder to snooze.');
  const due = open.filter((task) => task.dueAt <= now);
  return due.length ? due : open.slice(0, 1);
}

/** Records a booked meeting (a contact: booking it means the rep reached the lead) and (re)schedules its confirmation reminder. */
export async function bookMeeting(db: LeadClipDb, leadId: string, meetingAt: number, now: number): Promise<Task> {
  if (meetingAt <= now) throw new CommandError('invalid_transition', 'That meeting time has already passed.');
  return db.transaction('rw', [db.leads, db.activities, db.tasks, db.settings], async () => {
    const lead = await requireLead(db, leadId);
    const dueAt = meetingConfirmationDueAt(now, meetingAt, await readSettings(db));
    const existing = (await tasksOfLead(db, leadId)).find((task) => task.kind === 'meeting_confirmation' && isOpen(task));
    const task: Task = existing
      ? { ...existing, status: 'pending', dueAt, notifiedAt: null, meetingAt }
      : newTask(leadId, 'meeting_confirmation', dueAt, { meetingAt });
    await db.tasks.put(task);
    await db.activities.add({ id: newId(), leadId, at: now, type: 'meeting_booked', meetingAt });
    await recordContact(db, lead, now, now);
    return task;
  });
}

/**
 * Marks a follow-up or meeting confirmation done. A first contact is only completed by logging
 * the contact, which records its channel and time.
 */
export async function completeTask(db: LeadClipDb, taskId: string, now: number): Promise<Task> {
  return db.transaction('rw', [db.leads, db.activities, db.tasks], async () => {
    const task = await requireOpenTask(db, taskId);
    if (task.kind === 'first_contact') {
      throw new CommandError('invalid_transition', 'Use "Mark contacted" to record the first contact and its channel.');
    }
    const done: Task = { ...task, status: 'done', doneAt: now };
    await db.tasks.put(done);
    if (task.kind === 'meeting_confirmation') {
      await db.activities.add({ id: newId(), leadId: task.leadId, at: now, type: 'meeting_confirmed' });
    }
    await syncNextDueAt(db, task.leadId);
    return done;
  });
}

/** Records that reminders were shown (skipping tasks completed or snoozed in the meantime). */
export async function markNotified(db: LeadClipDb, taskIds: readonly string[], at: number): Promise<void> {
  await db.transaction('rw', db.tasks, async () => {
    for (const task of await db.tasks.bulkGet([...taskIds])) {
      if (task && isOpen(task) && task.dueAt <= at && task.notifiedAt === null) await db.tasks.update(task.id, { notifiedAt: at });
    }
  });
}
