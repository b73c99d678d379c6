// One handler per command of lib/protocol.ts. Handlers get the payload already validated.
import type { z } from 'zod';
import type { LeadClipDb } from '@/lib/db';
import type { COMMANDS, CommandName, ResultOf } from '@/lib/protocol';
import { captureLead, undoCapture } from '@/lib/store/capture';
import { deleteLead, updateLead } from '@/lib/store/leads';
import { saveSettings } from '@/lib/store/settings';

export interface HandlerContext {
  db: LeadClipDb;
  now: () => number;
}

type Handlers = {
  [C in CommandName]: (payload: z.output<(typeof COMMANDS)[C]['payload']>, ctx: HandlerContext) => Promise<ResultOf<C>>;
};

export const handlers: Handlers = {
  'lead.capture': (draft, { db, now }) => captureLead(db, draft, now()),
  'lead.update': ({ id, patch }, { db, now }) => updateLead(db, id, patch, now()),
  'lead.delete': async ({ id }, { db }) => ({ deleted: await deleteLead(db, id) }),
  'settings.update': (patch, { db }) => saveSettings(db, patch),
  'capture.undo': ({ activityId }, { db, now }) => undoCapture(db, activityId, now()),
};
