// A write the browser refuses (full quota, blocked or closed database) is answered with a clear
// sentence and the capture is not reported as saved (DESIGN.md §6, issue 6 "Storage health").
import type { DBCore } from 'dexie';
import { createRouter } from '@/entrypoints/background/router';
import { freshDatabase } from '../../helpers/db';
import { gmailDraft } from '../../helpers/fixtures';

/** Makes every write of the database fail the way a browser fails it, through Dexie's public middleware API. */
function failWrites(db: ReturnType<typeof freshDatabase>, name: string) {
  db.use({
    stack: 'dbcore',
    name: 'fail-writes',
    create: (down: DBCore) => ({
      ...down,
      table: (tableName: string) => ({ ...down.table(tableName), mutate: () => Promise.reject(new DOMException('refused', name)) }),
    }),
  });
}

describe('storage failures', () => {
  it.each([
    ['QuotaExceededError', 'Not saved: the browser storage for LeadClip is full.'],
    ['InvalidStateError', 'Not saved: the LeadClip database is blocked or closed. Close other LeadClip tabs and retry.'],
  ])('a %s at capture is reported as not saved, and nothing is saved', async (name, message) => {
    const db = freshDatabase();
    failWrites(db, name);
    const route = createRouter({ db, now: () => 1_700_000_000_000, extensionId: 'leadclip', extensionOrigin: 'chrome-extension://leadclip/' });
    const reply = await route({ leadclip: 1, command: 'lead.capture', payload: gmailDraft() }, { id: 'leadclip', url: 'https://mail.google.com/mail/u/0/' });
    expect(reply).toStrictEqual({ ok: false, error: { code: 'storage_failed', message, issues: [] } });
    expect(await db.leads.count()).toBe(0);
  });

  it('an import batch that cannot be written is refused whole', async () => {
    const db = freshDatabase();
    failWrites(db, 'QuotaExceededError');
    const route = createRouter({ db, now: () => 1, extensionId: 'leadclip', extensionOrigin: 'chrome-extension://leadclip/' });
    const rows = [{ row: 2, draft: gmailDraft(), extra: {} }];
    const reply = await route({ leadclip: 1, command: 'data.import', payload: { rows } }, { id: 'leadclip', url: 'chrome-extension://leadclip/options.html' });
    expect(reply).toStrictEqual({ ok: false, error: { code: 'storage_failed', message: 'Not saved: the browser storage for LeadClip is full.', issues: [] } });
    expect(await db.leads.count()).toBe(0);
  });
});
