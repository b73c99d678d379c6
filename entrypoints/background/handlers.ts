// One handler per command of lib/protocol.ts. Handlers get the payload already validated.
import type { z } from 'zod';
import type { LeadClipDb } from '@/lib/db';
import type { COMMANDS, CommandName, ResultOf } from '@/lib/protocol';
import { captureLead, undoCapture } from '@/lib/store/capture';
import { deleteLead, updateLead } from '@/lib/store/leads';
import {
  bookMeeting,
  captureWithFirstContact,
  completeTask,
  logContact,
  saveSettingsRetimingTasks,
  setInbound,
  snoozeTasks,
  updateWithFirstContact,
} from '@/lib/store/tasks';
import { answerChecklist } from '@/lib/store/checklists';
import { handOff } from '@/lib/store/handoffs';
import { rescoreLead } from '@/lib/store/scores';
import { addNote, changeStage, logOutcome } from '@/lib/store/lifecycle';
import { deleteTemplate, saveTemplate } from '@/lib/store/templates';
import { postWebhook } from './webhook';
import { restoreBackupChunk } from '@/lib/import/backup';
import { importRows } from '@/lib/import/write';
import { eraseEverything, eraseLeads } from '@/lib/store/erase';
import { refuseSuppressed, removeSuppression } from '@/lib/store/suppression';
import { crmHandlers } from './crm';

export interface HandlerContext {
  db: LeadClipDb;
  now: () => number;
}

export type Handlers = {
  [C in CommandName]: (payload: z.output<(typeof COMMANDS)[C]['payload']>, ctx: HandlerContext) => Promise<ResultOf<C>>;
};

export const handlers: Handlers = {
  // Timers wrap capture and update: the first-contact task is written in the same transaction.
  'lead.capture': async (draft, { db, now }) => {
    await refuseSuppressed(db, draft);
    const at = now();
    return captureWithFirstContact(db, draft, () => captureLead(db, draft, at), at);
  },
  'lead.update': ({ id, patch }, { db, now }) =>
    updateWithFirstContact(db, id, patch.inquiryAt !== undefined, () => updateLead(db, id, patch, now())),
  'lead.delete': async ({ id }, { db }) => ({ deleted: await deleteLead(db, id) }),
  // A new SLA or new working hours move the deadlines still pending.
  'settings.update': (patch, { db, now }) => saveSettingsRetimingTasks(db, patch, now()),
  // Engagement feeds the score (issue 5): a logged contact or booked meeting rescores the lead.
  'lead.logContact': async ({ id, channel }, { db, now }) => {
    const lead = await logContact(db, id, channel, now());
    return (await rescoreLead(db, id)) ?? lead;
  },
  'task.snooze': ({ duration, ...target }, { db, now }) => snoozeTasks(db, target, duration, now()),
  'task.complete': ({ taskId }, { db, now }) => completeTask(db, taskId, now()),
  'meeting.book': async ({ id, meetingAt }, { db, now }) => {
    const task = await bookMeeting(db, id, meetingAt, now());
    await rescoreLead(db, id);
    return task;
  },
  'capture.undo': ({ activityId }, { db, now }) => undoCapture(db, activityId, now()),
  'checklist.answer': (answer, { db, now }) => answerChecklist(db, answer, now()),
  'template.save': (template, { db, now }) => saveTemplate(db, template, now()),
  'template.delete': ({ id }, { db }) => deleteTemplate(db, id),
  'lead.changeStage': ({ id, to }, { db, now }) => changeStage(db, id, to, now()),
  'lead.addNote': ({ id, text }, { db, now }) => addNote(db, id, text, now()),
  'lead.logOutcome': ({ id, ...outcome }, { db, now }) => logOutcome(db, id, outcome, now()),
  'lead.handoff': (request, { db, now }) => handOff(db, request, now(), postWebhook),
  'data.import': ({ rows }, { db, now }) => importRows(db, rows, now()),
  'data.restore': ({ chunk }, { db }) => restoreBackupChunk(db, chunk),
  'lead.erase': ({ ids, suppress }, { db, now }) => eraseLeads(db, ids, { suppress, now: now() }),
  'data.eraseAll': (_confirmed, { db }) => eraseEverything(db),
  'suppression.remove': async (person, { db }) => ({ removed: await removeSuppression(db, person) }),
  // Issue 14: CRM connection, handoff through the outbox, retry, cancel and lookup.
  ...crmHandlers,
  // Issue 17a: the capture card's inquiry switch.
  'lead.setInbound': ({ id, inbound }, { db, now }) => setInbound(db, id, inbound, now()),
};
