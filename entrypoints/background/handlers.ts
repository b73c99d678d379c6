// One handler per command of lib/protocol.ts. Handlers get the payload already validated.
import type { z } from 'zod';
import type { LeadClipDb } from '@/lib/db';
import type { COMMANDS, CommandName, ResultOf } from '@/lib/protocol';
import { captureLead, deleteLead, updateLead } from '@/lib/store/leads';
import { saveSettings } from '@/lib/store/settings';
import {
  bookMeeting,
  captureWithFirstContact,
  completeTask,
  logContact,
  snoozeTasks,
  updateWithFirstContact,
} from '@/lib/store/tasks';

export interface HandlerContext {
  db: LeadClipDb;
  now: () => number;
}

type Handlers = {
  [C in CommandName]: (payload: z.output<(typeof COMMANDS)[C]['payload']>, ctx: HandlerContext) => Promise<ResultOf<C>>;
};

export const handlers: Handlers = {
  // Timers wrap capture and update: the first-contact task is written in the same transaction.
  'lead.capture': (draft, { db, now }) => {
    const at = now();
    return captureWithFirstContact(db, () => captureLead(db, draft, at));
  },
  'lead.update': ({ id, patch }, { db, now }) =>
    updateWithFirstContact(db, id, patch.inquiryAt !== undefined, () => updateLead(db, id, patch, now())),
  'lead.delete': async ({ id }, { db }) => ({ deleted: await deleteLead(db, id) }),
  'settings.update': (patch, { db }) => saveSettings(db, patch),
  'lead.logContact': ({ id, channel }, { db, now }) => logContact(db, id, channel, now()),
  'task.snooze': ({ duration, ...target }, { db, now }) => snoozeTasks(db, target, duration, now()),
  'task.complete': ({ taskId }, { db, now }) => completeTask(db, taskId, now()),
  'meeting.book': ({ id, meetingAt }, { db, now }) => bookMeeting(db, id, meetingAt, now()),
};
