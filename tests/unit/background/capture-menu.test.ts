import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CLIP_PAGE_MENU, CLIP_SELECTION_MENU, registerCaptureMenu } from '@/entrypoints/background/capture-menu';
import { createRouter } from '@/entrypoints/background/router';
import { capturePage, captureSelectedText, lastCaptureOutcome } from '@/components/capture-tab';
import { freshDatabase } from '../../helpers/db';
import { gmailDraft } from '../../helpers/fixtures';
import { installMenuFakes } from '../../helpers/menus';

const TAB = { id: 7, url: 'https://acme.example/team/ada' };

function setup(injected: unknown) {
  const db = freshDatabase();
  const route = createRouter({ db, now: () => 1_700_000_000_000, extensionId: fakeBrowser.runtime.id, extensionOrigin: fakeBrowser.runtime.getURL('/') });
  const menus = installMenuFakes();
  const executeScript = vi.fn(async () => (injected instanceof Error ? Promise.reject(injected) : [{ frameId: 0, result: injected }]));
  fakeBrowser.scripting.executeScript = executeScript as unknown as typeof fakeBrowser.scripting.executeScript;
  registerCaptureMenu(route);
  return { db, menus, executeScript };
}

describe('capture menu and shortcut', () => {
  it('creates "Clip lead from page" and "Clip selection as lead" on install', async () => {
    const { menus } = setup(null);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(menus.items).toStrictEqual([
      { id: CLIP_PAGE_MENU, title: 'Clip lead from page', contexts: ['page', 'link', 'image'] },
      { id: CLIP_SELECTION_MENU, title: 'Clip selection as lead', contexts: ['selection'] },
    ]);
  });

  it('clips the page through the injected extractor and records the outcome', async () => {
    const draft = gmailDraft({ channel: 'web', sourceUrl: TAB.url });
    const { db, menus, executeScript } = setup(draft);
    await menus.onClicked.trigger({ menuItemId: CLIP_PAGE_MENU }, TAB);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/page-extract.js'] });
    expect((await db.leads.toArray()).map((lead) => lead.fullName)).toStrictEqual(['Priya Raman']);
    expect(await lastCaptureOutcome.getValue()).toMatchObject({ kind: 'saved', message: 'Lead saved', url: TAB.url });
    expect(Object.values(await fakeBrowser.notifications.getAll())).toHaveLength(1);
  });

  it('the keyboard shortcut clips too, and a second clip of the same page says it brought nothing new', async () => {
    const { db, menus } = setup(gmailDraft());
    await menus.onCommand.trigger('clip-page', TAB);
    await menus.onCommand.trigger('clip-page', TAB);
    expect(await db.leads.count()).toBe(1);
    expect(await lastCaptureOutcome.getValue()).toMatchObject({ kind: 'merged', message: 'Already saved: nothing new', activityId: null });
  });

  it.each([
    ['names no one', null],
    ['refuses scripts (a browser page)', new Error('Cannot access contents of the page')],
  ])('tells the rep when the page %s, offers selection capture, and saves nothing', async (_, injected) => {
    const { db, menus } = setup(injected);
    await menus.onClicked.trigger({ menuItemId: CLIP_PAGE_MENU }, TAB);
    expect(await db.leads.count()).toBe(0);
    expect(await lastCaptureOutcome.getValue()).toMatchObject({ kind: 'unreadable', message: expect.stringContaining('Clip selection as lead') });
  });

  it.each([
    ['"Clip lead from page"', (menus: ReturnType<typeof installMenuFakes>) => menus.onClicked.trigger({ menuItemId: CLIP_PAGE_MENU }, TAB)],
    ['the keyboard shortcut', (menus: ReturnType<typeof installMenuFakes>) => menus.onCommand.trigger('clip-page', TAB)],
  ])('%s on a refused notification tells the rep why and saves nothing', async (_, clip) => {
    const reason = 'This is the automatic receipt sent to whoever filled in the form, not the inquiry itself.';
    const { db, menus } = setup({ kind: 'not_a_lead', reason });
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    await clip(menus);
    expect(await db.leads.count()).toBe(0);
    expect(await lastCaptureOutcome.getValue()).toMatchObject({ kind: 'failed', message: `Not saved: ${reason}`, url: TAB.url });
    expect(notify).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ message: `Not saved: ${reason}` }));
  });

  it('"Capture this tab" (side panel, popup) words a refusal the same way and sends nothing to save', async () => {
    setup({ kind: 'not_a_lead', reason: 'This is a digest of several submissions, not one inquiry.' });
    const submit = vi.fn();
    const outcome = await capturePage(TAB, submit);
    expect(submit).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({ kind: 'failed', message: 'Not saved: This is a digest of several submissions, not one inquiry.' });
  });

  const receipt = [
    'Thank you for contacting Cedar Ridge Plumbing! This is an automatic confirmation: we have received your message and will get back to you within one business day.',
    '',
    'Here is a copy of what you sent:',
    'Name: Ada Lovelace',
    'Email: ada@engines.example',
    'Message: Our water heater leaks.',
  ].join('\n');

  it('"Clip selection as lead" on a selected form receipt tells the rep why and saves nothing', async () => {
    const { db, menus } = setup(null);
    await menus.onClicked.trigger({ menuItemId: CLIP_SELECTION_MENU, selectionText: receipt }, TAB);
    expect(await db.leads.count()).toBe(0);
    expect(await lastCaptureOutcome.getValue()).toMatchObject({ kind: 'failed', message: 'Not saved: This is an automatic receipt, not an inquiry.' });
  });

  it('"Capture selected text" (side panel, popup) words a selected receipt\'s refusal the same way and sends nothing to save', async () => {
    setup(receipt);
    const submit = vi.fn();
    const outcome = await captureSelectedText(TAB, submit);
    expect(submit).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({ kind: 'failed', message: expect.stringMatching(/^Not saved: This is an automatic receipt/) });
  });

  it('clips the selected text as a lead', async () => {
    const { db, menus } = setup(null);
    await menus.onClicked.trigger({ menuItemId: CLIP_SELECTION_MENU, selectionText: 'Ada Lovelace\nCTO, Analytical Engines\nada@engines.example' }, TAB);
    expect(await db.leads.toArray()).toMatchObject([{ fullName: 'Ada Lovelace', title: 'CTO', company: { name: 'Analytical Engines' }, emails: ['ada@engines.example'], source: { channel: 'web', url: TAB.url } }]);
  });
});
