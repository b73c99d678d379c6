import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { openDatabase } from '@/lib/db';
import { gmailDraft } from '../../helpers/fixtures';
import { installMenuFakes } from '../../helpers/menus';

describe('background entrypoint', () => {
  it('answers runtime messages through the router and writes to the extension database', async () => {
    const db = openDatabase();
    await db.leads.clear();
    installMenuFakes();
    background.main();

    const sender = { id: fakeBrowser.runtime.id, url: 'https://mail.google.com/mail/u/0/#inbox/x' };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { leadclip: 1, command: 'lead.capture', payload: gmailDraft() },
      sender,
      () => {},
    );

    expect(reply).toStrictEqual({ ok: true, value: { leadId: expect.any(String), created: true, activityId: expect.any(String), filled: expect.any(Array), conflicts: [] } });
    expect((await db.leads.toArray()).map((lead) => lead.fullName)).toStrictEqual(['Priya Raman']);
  });
});
