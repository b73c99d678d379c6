// One handler per command of lib/protocol.ts. Handlers get the payload already validated.
import type { z } from 'zod';
import type { LeadClipDb } from '@/lib/db';
import { type COMMANDS, type CommandName, type ResultOf, describeIssues } from '@/lib/protocol';
import { LeadDraft, NotALead, Screen } from '@/lib/schema';
import { type Screened, refusalText, screened } from '@/lib/extract/not-a-lead';
import { meetingOf } from '@/lib/extract/notification-time';
import { CommandError } from '@/lib/store/errors';
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
  /** The tab and frame a content script's command came from ('tab.clip'). */
  tab?: SenderTab;
  /** Runs the Gmail reader in a tab and returns what it read (background/index.ts injects it; tests pass a fake). */
  readTab?: (tab: SenderTab) => Promise<unknown>;
}

export interface SenderTab {
  id: number;
  frameId: number;
  url: string;
}

export const UNREADABLE_MESSAGE =
  'LeadClip could not read this message. Select the sender’s details and choose “Clip selection as lead” from the right-click menu.';

export type Handlers = {
  [C in CommandName]: (payload: z.output<(typeof COMMANDS)[C]['payload']>, ctx: HandlerContext) => Promise<ResultOf<C>>;
};

export const handlers: Handlers = {
  // Timers wrap capture and update: the first-contact task is written in the same transaction.
  'lead.capture': async (draft, { db, now }) => {
    await refuseSuppressed(db, draft);
    const at = now();
    const result = await captureWithFirstContact(db, draft, () => captureLead(db, draft, at), at);
    // A booking notification (issue 13) books its meeting, which sets the confirmation reminder.
    const meetingAt = meetingOf(draft);
    if (meetingAt && meetingAt > at) {
      await bookMeeting(db, result.leadId, meetingAt, at);
      await rescoreLead(db, result.leadId);
    }
    return result;
  },
  // What the reader returns comes from a page the sender does not control: it is checked like any draft sent in.
  'tab.clip': async (_, ctx) => {
    if (!ctx.tab || !URL.canParse(ctx.tab.url) || new URL(ctx.tab.url).hostname !== 'mail.google.com') {
      throw new CommandError('forbidden', 'Only the Clip lead button in Gmail reads its tab this way.');
    }
    const reading = ctx.readTab ? await ctx.readTab(ctx.tab) : null;
    // The reader leaves refusing receipts, bounces and newsletters to us, with the subject and first lines to judge.
    const screen = Screen.optional().safeParse((reading as { screen?: unknown } | null)?.screen);
    if (!screen.success) throw new CommandError('invalid_message', 'Not saved:', describeIssues(screen.error));
    const read = reading && typeof reading === 'object' ? screened({ ...(reading as Screened), screen: screen.data }) : reading;
    const refusal = NotALead.safeParse(read);
    if (refusal.success) throw new CommandError('empty_capture', `Not saved: ${refusalText(refusal.data)}`);
    if (read === null || read === undefined) throw new CommandError('empty_capture', UNREADABLE_MESSAGE);
    const draft = LeadDraft.safeParse(read);
    if (!draft.success) throw new CommandError('invalid_message', 'Not saved:', describeIssues(draft.error));
    return handlers['lead.capture'](draft.data, ctx);
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
