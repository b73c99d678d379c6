// One handler per command of lib/protocol.ts. Handlers get the payload already validated.
import type { z } from 'zod';
import type { LeadClipDb } from '@/lib/db';
import type { COMMANDS, CommandName, ResultOf } from '@/lib/protocol';
import { captureLead, deleteLead, updateLead } from '@/lib/store/leads';
import { saveSettings } from '@/lib/store/settings';
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
  'lead.capture': async (draft, { db, now }) => {
    await refuseSuppressed(db, draft);
    return captureLead(db, draft, now());
  },
  'lead.update': ({ id, patch }, { db, now }) => updateLead(db, id, patch, now()),
  'lead.delete': async ({ id }, { db }) => ({ deleted: await deleteLead(db, id) }),
  'settings.update': (patch, { db }) => saveSettings(db, patch),
  'data.import': ({ rows }, { db, now }) => importRows(db, rows, now()),
  'data.restore': ({ chunk }, { db }) => restoreBackupChunk(db, chunk),
  'lead.erase': ({ ids, suppress }, { db, now }) => eraseLeads(db, ids, { suppress, now: now() }),
  'data.eraseAll': (_confirmed, { db }) => eraseEverything(db),
  'suppression.remove': async (person, { db }) => ({ removed: await removeSuppression(db, person) }),
};
