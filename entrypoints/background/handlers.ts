// One handler per command of lib/protocol.ts. Handlers get the payload already validated.
import type { z } from 'zod';
import type { LeadClipDb } from '@/lib/db';
import type { COMMANDS, CommandName, ResultOf } from '@/lib/protocol';
import { captureLead, undoCapture } from '@/lib/store/capture';
import { deleteLead, updateLead } from '@/lib/store/leads';
import { saveSettings } from '@/lib/store/settings';
import {
  bookMeeting,
  captureWithFirstContact,
  completeTask,
  logContact,
  snoozeTasks,
  updateWithFirstContact,
} from '@/lib/store/tasks';
import { restoreBackupChunk } from '@/lib/import/backup';
import { importRows } from '@/lib/import/write';
import { eraseEverything, eraseLeads } from '@/lib/store/erase';
import { refuseSuppressed, removeSuppression } from '@/lib/store/suppression';

export interface HandlerContext {
  db: LeadClipDb;
  now: () => number;
}

type Handlers = {
  [C in CommandName]: (payload: z.output<(typeof COMMANDS)[C]['payload']>, ctx: HandlerContext) => Promise<ResultOf<C>>;
};

export const handlers: Handlers = {
  // Timers wrap capture and update: the first-contact task is written in the same transaction.
  'lead.capture': async (draft, { db, now }) => {
    await refuseSuppressed(db, draft);
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
  'capture.undo': ({ activityId }, { db, now }) => undoCapture(db, activityId, now()),
  'data.import': ({ rows }, { db, now }) => importRows(db, rows, now()),
  'data.restore': ({ chunk }, { db }) => restoreBackupChunk(db, chunk),
  'lead.erase': ({ ids, suppress }, { db, now }) => eraseLeads(db, ids, { suppress, now: now() }),
  'data.eraseAll': (_confirmed, { db }) => eraseEverything(db),
  'suppression.remove': async (person, { db }) => ({ removed: await removeSuppression(db, person) }),
};
