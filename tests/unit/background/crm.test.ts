// The CRM commands through the real router: the token goes in once and never comes back out,
// only LeadClip's own pages may send CRM commands, and a handoff reaches the CRM through the outbox.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CRM_ALARM, startCrmOutbox } from '@/entrypoints/background/crm';
import { createRouter } from '@/entrypoints/background/router';
import { CRM_STORAGE_KEY } from '@/lib/crm/connection';
import { answerChecklist } from '@/lib/store/checklists';
import { captureLead } from '@/lib/store/capture';
import { defaultTemplate } from '@/lib/templates';
import { FakeCrmCore } from '../../crm/fakes/core';
import { seedTwenty, twentyRoutes } from '../../crm/fakes/twenty';
import { freshDatabase } from '../../helpers/db';
import { gmailDraft } from '../../helpers/fixtures';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const options = { id: EXTENSION_ID, url: `${ORIGIN}options.html` };
const contentScript = { id: EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/#inbox/abc' };
const TOKEN = 'twenty-key-9f8e7d6c5b4a';
const BASE = 'http://127.0.0.1:4010';

function setup() {
  fakeBrowser.reset();
  const core = new FakeCrmCore(() => Date.now(), TOKEN);
  seedTwenty(core);
  vi.stubGlobal('fetch', core.fetcher(twentyRoutes()));
  const db = freshDatabase();
  const route = createRouter({ db, now: () => Date.now(), extensionId: EXTENSION_ID, extensionOrigin: ORIGIN });
  const send = (command: string, payload: unknown, sender = options) => route({ leadclip: 1, command, payload }, sender);
  return { core, db, send };
}

describe('CRM commands', () => {
  it('connects after one cheap read, keeps the token in storage.local and shows only a masked hint', async () => {
    const { core, send } = setup();
    const reply = await send('crm.connect', { kind: 'twenty', token: TOKEN, baseUrl: `${BASE}/some/path` });
    expect(reply).toStrictEqual({
      ok: true,
      value: { connected: true, kind: 'twenty', baseUrl: BASE, account: 'Twenty workspace at 127.0.0.1:4010 (2 members)', tokenHint: '••••5b4a', ownerId: null, pipelineId: null, stageId: null },
    });
    expect(core.log.map((entry) => entry.method + ' ' + entry.path)).toStrictEqual(['GET /rest/workspaceMembers?limit=60']);
    expect((await fakeBrowser.storage.local.get(CRM_STORAGE_KEY))[CRM_STORAGE_KEY]).toMatchObject({ token: TOKEN });
    expect(JSON.stringify(await send('crm.status', {}))).not.toContain(TOKEN);
  });

  it("shows the CRM's own refusal and saves nothing when the token is wrong", async () => {
    const { send } = setup();
    const reply = await send('crm.connect', { kind: 'twenty', token: 'not-the-right-key', baseUrl: BASE });
    expect(reply).toMatchObject({ ok: false, error: { code: 'delivery_failed', message: 'The CRM refused the token (Invalid or revoked token). Reconnect in Options → Integrations.' } });
    expect((await fakeBrowser.storage.local.get(CRM_STORAGE_KEY))[CRM_STORAGE_KEY]).toBeUndefined();
  });

  it('refuses CRM commands from a content script, and a server address for CRMs that have none', async () => {
    const { send } = setup();
    expect(await send('crm.status', {}, contentScript)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('crm.connect', { kind: 'hubspot', token: TOKEN, baseUrl: BASE })).toMatchObject({
      ok: false,
      error: { message: 'Only Twenty takes a server address; the other CRMs are reached at their public API.' },
    });
  });

  it('hands a qualified lead off through the outbox and disconnects', async () => {
    const { core, db, send } = setup();
    await send('crm.connect', { kind: 'twenty', token: TOKEN, baseUrl: BASE });
    await send('crm.defaults', { ownerId: 'workspaceMembers-1', pipelineId: null, stageId: null });
    const { leadId } = await captureLead(db, gmailDraft(), Date.now());
    for (const item of defaultTemplate().items) await answerChecklist(db, { leadId, itemId: item.id, value: 'yes', note: null }, Date.now());

    const queued = await send('crm.handoff', { id: leadId, note: 'Handoff: Priya Raman', format: 'text' });
    expect(queued).toMatchObject({ ok: true, value: { status: 'queued', request: { deal: { ownerId: 'workspaceMembers-1' } } } });
    expect(await db.handoffs.count()).toBe(0);
    await startCrmOutbox(db).kick();

    expect(await db.crmJobs.toArray()).toMatchObject([{ status: 'done' }]);
    expect(core.count('people')).toBe(1);
    expect((await db.handoffs.toArray())[0]).toMatchObject({ via: 'crm', to: 'Twenty', crm: { kind: 'twenty', dealUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:4010\/object\/opportunity\//) } });
    expect(await fakeBrowser.alarms.get(CRM_ALARM)).toBeUndefined();

    const lookup = await send('crm.lookup', { leadId });
    expect(lookup).toMatchObject({ ok: true, value: { crm: 'twenty', person: { name: 'Priya Raman' } } });
    expect(await db.crmLookups.get(leadId)).toMatchObject({ person: { name: 'Priya Raman' } });

    expect(await send('crm.disconnect', {})).toStrictEqual({ ok: true, value: { connected: false } });
    expect((await fakeBrowser.storage.local.get(CRM_STORAGE_KEY))[CRM_STORAGE_KEY]).toBeUndefined();
  });
});
