import { createRouter } from '@/entrypoints/background/router';
import { freshDatabase, snapshot } from '../../helpers/db';
import { gmailDraft } from '../../helpers/fixtures';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const contentScript = { id: EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/#inbox/abc' };
const sidePanel = { id: EXTENSION_ID, url: `${ORIGIN}sidepanel.html` };

function setup() {
  const db = freshDatabase();
  const afterWrite = vi.fn(async () => {});
  const route = createRouter({ db, now: () => 1_700_000_000_000, extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, afterWrite });
  return { db, route, afterWrite };
}

describe('background router', () => {
  it('captures a lead sent by our content script', async () => {
    const { db, route, afterWrite } = setup();
    const reply = await route({ leadclip: 1, command: 'lead.capture', payload: gmailDraft() }, contentScript);
    expect(reply).toStrictEqual({ ok: true, value: { leadId: expect.any(String), created: true, activityId: expect.any(String), filled: expect.any(Array), conflicts: [] } });
    expect(await db.leads.count()).toBe(1);
    expect(afterWrite).toHaveBeenCalledWith('lead.capture');
  });

  it.each([
    ['not an object', 'hello', 'LeadClip did not understand this request; nothing was changed.', []],
    ['an unknown command', { leadclip: 1, command: 'lead.nuke', payload: {} }, 'LeadClip did not understand this request; nothing was changed.', []],
    ['a draft with a wrong field type', { leadclip: 1, command: 'lead.capture', payload: { ...gmailDraft(), emails: 'x@y.z' } }, 'Not saved:', ['Email is not filled in correctly.']],
    ['a javascript: URL', { leadclip: 1, command: 'lead.capture', payload: gmailDraft({ linkedinUrl: 'javascript:alert(1)' }) }, 'Not saved:', ['LinkedIn URL must be an http(s) URL.']],
    ['an update with an unknown field', { leadclip: 1, command: 'lead.update', payload: { id: 'x', patch: { stage: 'won' } } }, 'Not saved:', ['A value has a field LeadClip does not know.']],
  ])('answers %s with a typed invalid_message error in words a rep reads, and changes nothing', async (_, message, text, issues) => {
    const { db, route, afterWrite } = setup();
    await route({ leadclip: 1, command: 'lead.capture', payload: gmailDraft() }, contentScript);
    const before = await snapshot(db);
    afterWrite.mockClear();

    const reply = await route(message, sidePanel);

    expect(reply).toStrictEqual({ ok: false, error: { code: 'invalid_message', message: text, issues } });
    // No command name, field key or Zod path reaches the rep.
    expect(JSON.stringify(reply)).not.toMatch(/lead\.capture|lead\.update|linkedinUrl|payload|expected/);
    expect(await snapshot(db)).toStrictEqual(before);
    expect(afterWrite).not.toHaveBeenCalled();
  });

  it('rejects messages from another extension', async () => {
    const { db, route } = setup();
    const reply = await route({ leadclip: 1, command: 'lead.capture', payload: gmailDraft() }, { id: 'someone-else', url: contentScript.url });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.leads.count()).toBe(0);
  });

  it('accepts destructive commands only from extension pages', async () => {
    const { db, route } = setup();
    const captured = await route({ leadclip: 1, command: 'lead.capture', payload: gmailDraft() }, contentScript);
    const leadId = captured.ok ? (captured.value as { leadId: string }).leadId : '';

    const fromPage = await route({ leadclip: 1, command: 'lead.delete', payload: { id: leadId } }, contentScript);
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.leads.count()).toBe(1);

    const fromPanel = await route({ leadclip: 1, command: 'lead.delete', payload: { id: leadId } }, sidePanel);
    expect(fromPanel).toStrictEqual({ ok: true, value: { deleted: true } });
    expect(await db.leads.count()).toBe(0);
  });

  it('reports an empty capture as a typed error', async () => {
    const { route } = setup();
    const empty = gmailDraft({ fullName: null, emails: [], phones: [], linkedinUrl: null });
    const reply = await route({ leadclip: 1, command: 'lead.capture', payload: empty }, contentScript);
    expect(reply).toMatchObject({ ok: false, error: { code: 'empty_capture' } });
  });

  it('turns a storage failure into a storage_failed error instead of losing it silently', async () => {
    const { db, route } = setup();
    vi.spyOn(db.leads, 'add').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const reply = await route({ leadclip: 1, command: 'lead.capture', payload: gmailDraft() }, contentScript);
    expect(reply).toStrictEqual({
      ok: false,
      error: { code: 'storage_failed', message: 'Not saved: the browser storage for LeadClip is full.', issues: [] },
    });
    expect(await db.activities.count()).toBe(0);
  });

  it('saves settings from the options page and refuses invalid ones', async () => {
    const { db, route } = setup();
    const saved = await route({ leadclip: 1, command: 'settings.update', payload: { slaMinutes: 3 } }, sidePanel);
    expect(saved).toMatchObject({ ok: true, value: { slaMinutes: 3, followUpCadenceDays: [1, 3, 7] } });
    const refused = await route(
      { leadclip: 1, command: 'settings.update', payload: { tierThresholds: { mql: 80, sql: 60 } } },
      sidePanel,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
    expect((await db.settings.get('settings'))?.tierThresholds).toStrictEqual({ mql: 40, sql: 70 });
  });
});

describe("the Gmail button's 'tab.clip'", () => {
  const gmailTab = { ...contentScript, tab: { id: 7 }, frameId: 0 };

  function clipSetup(read: unknown) {
    const db = freshDatabase();
    const readTab = vi.fn(async () => read);
    const route = createRouter({ db, now: () => 1_700_000_000_000, extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, readTab });
    return { db, route, readTab };
  }
  const clip = (route: ReturnType<typeof createRouter>, sender: Parameters<ReturnType<typeof createRouter>>[1]) => route({ leadclip: 1, command: 'tab.clip', payload: {} }, sender);

  it('reads the sender tab and frame, and saves the lead like a capture', async () => {
    const { db, route, readTab } = clipSetup(gmailDraft());
    const reply = await clip(route, gmailTab);
    expect(readTab).toHaveBeenCalledWith({ id: 7, frameId: 0, url: contentScript.url });
    expect(reply).toMatchObject({ ok: true, value: { created: true, activityId: expect.any(String) } });
    expect((await db.leads.toArray()).map((lead) => lead.fullName)).toStrictEqual(['Priya Raman']);
  });

  it('says why a message is not a lead, or that it could not be read, and saves nothing', async () => {
    const refused = clipSetup({ kind: 'not_a_lead', reason: 'This is an automatic receipt, not an inquiry.' });
    expect(await clip(refused.route, gmailTab)).toStrictEqual({
      ok: false,
      error: { code: 'empty_capture', message: 'Not saved: This is an automatic receipt, not an inquiry.', issues: [] },
    });
    const unreadable = clipSetup(null);
    expect(await clip(unreadable.route, gmailTab)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^LeadClip could not read this message/) } });
    expect(await refused.db.leads.count()).toBe(0);
    expect(await unreadable.db.leads.count()).toBe(0);
  });

  it('refuses a receipt or a newsletter on what the reader hands over (its subject and first lines), and saves the rest without them', async () => {
    const receipt = clipSetup({ ...gmailDraft(), screen: { subject: 'Your receipt from Studio Nord #2041', opening: ['Amount paid: €120.00'], notification: false } });
    expect(await clip(receipt.route, gmailTab)).toStrictEqual({
      ok: false,
      error: { code: 'empty_capture', message: 'Not saved: This is a payment receipt, not an inquiry.', issues: [] },
    });
    expect(await receipt.db.leads.count()).toBe(0);
    // A refusal the screen calls for comes before the reader's own ("names nobody").
    const named = clipSetup({ kind: 'not_a_lead', reason: 'This form notification names nobody who asked.', screen: { subject: 'Weekly digest: 12 new submissions', opening: [], notification: true } });
    expect(await clip(named.route, gmailTab)).toMatchObject({ ok: false, error: { message: 'Not saved: This is a digest of several submissions, not one inquiry.' } });
    const inquiry = clipSetup({ ...gmailDraft(), screen: { subject: 'Quote for 40 desks', opening: ['Hi, could you quote 40 desks?'], notification: false } });
    expect(await clip(inquiry.route, gmailTab)).toMatchObject({ ok: true, value: { created: true } });
    expect(Object.keys((await inquiry.db.leads.toArray())[0]!)).not.toContain('screen');
    const malformed = clipSetup({ ...gmailDraft(), screen: { subject: 42, opening: 'x', notification: 'yes' } });
    expect(await clip(malformed.route, gmailTab)).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
    expect(await malformed.db.leads.count()).toBe(0);
  });

  it('checks what the page gave back like any draft sent in', async () => {
    const { db, route } = clipSetup({ ...gmailDraft(), linkedinUrl: 'javascript:alert(1)' });
    expect(await clip(route, gmailTab)).toMatchObject({ ok: false, error: { code: 'invalid_message', issues: ['LinkedIn URL must be an http(s) URL.'] } });
    expect(await db.leads.count()).toBe(0);
  });

  it('reads only a Gmail tab, and only for a content script in it', async () => {
    const { route, readTab } = clipSetup(gmailDraft());
    expect(await clip(route, { ...gmailTab, url: 'https://www.linkedin.com/in/someone/' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await clip(route, contentScript)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(readTab).not.toHaveBeenCalled();
  });
});
