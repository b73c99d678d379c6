// "Clip lead from page" and "Clip selection as lead" (context menu) and the `clip-page` keyboard
// shortcut, for any site: the rep's gesture grants activeTab, so no broad host permission is needed.
// Captures go through the router like every other write, so dedup, timers and checks all apply.
import { browser, type Browser } from 'wxt/browser';
import { type CaptureOutcome, NO_SELECTION, extractTab, recordOutcome } from '@/components/capture-tab';
import { isNotALead } from '@/lib/extract/not-a-lead';
import { readSelection } from '@/lib/extract/selection';
import type { LeadDraft, NotALead } from '@/lib/schema';
import type { Reply } from '@/lib/protocol';
import type { Sender } from './router';

export const CLIP_PAGE_MENU = 'leadclip-clip-page';
export const CLIP_SELECTION_MENU = 'leadclip-clip-selection';
export const CLIP_PAGE_COMMAND = 'clip-page';

type Route = (message: unknown, sender: Sender) => Promise<Reply<unknown>>;
type Tab = Browser.tabs.Tab;

export function registerCaptureMenu(route: Route): void {
  const self: Sender = { id: browser.runtime.id, url: browser.runtime.getURL('/background.js') };

  // A refused notification (an autoresponder receipt, a digest…) is not sent to the router: the rep is told why.
  async function capture(draft: LeadDraft | NotALead | null, url: string | null): Promise<CaptureOutcome> {
    const lead = draft && !isNotALead(draft) ? draft : null;
    const reply = lead ? ((await route({ leadclip: 1, command: 'lead.capture', payload: lead }, self)) as Parameters<typeof recordOutcome>[0]) : isNotALead(draft) ? draft : null;
    const outcome = await recordOutcome(reply, url);
    await notify(outcome, lead?.fullName ?? null);
    return outcome;
  }

  async function clipPage(tab: Tab | undefined): Promise<void> {
    if (tab?.id === undefined) return;
    await capture(await extractTab(tab.id, tab.url ?? null), tab.url ?? null);
  }

  async function clipSelection(text: string | undefined, tab: Tab | undefined): Promise<void> {
    const url = tab?.url && URL.canParse(tab.url) ? new URL(tab.url) : null;
    if (!text?.trim()) {
      await notifyText(NO_SELECTION);
      return;
    }
    await capture(readSelection(text, url), tab?.url ?? null);
  }

  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: CLIP_PAGE_MENU, title: 'Clip lead from page', contexts: ['page', 'link', 'image'] });
    browser.contextMenus.create({ id: CLIP_SELECTION_MENU, title: 'Clip selection as lead', contexts: ['selection'] });
  });
  // The listeners return their promise so callers (and tests) can wait for the capture to finish.
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CLIP_PAGE_MENU) return clipPage(tab);
    if (info.menuItemId === CLIP_SELECTION_MENU) return clipSelection(info.selectionText, tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === CLIP_PAGE_COMMAND) return clipPage(tab);
  });
}

/** The rep pressed a shortcut or a menu item on some page: a notification is the only place to answer. */
async function notify(outcome: CaptureOutcome, name: string | null): Promise<void> {
  const who = name ? `${name}: ` : '';
  await notifyText(outcome.kind === 'saved' || outcome.kind === 'merged' ? `${who}${outcome.message}. Review it in the side panel.` : outcome.message);
}

async function notifyText(message: string): Promise<void> {
  try {
    await browser.notifications.create(`leadclip-capture:${Date.now()}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'LeadClip',
      message,
    });
  } catch {
    // Notifications can be turned off for the browser; the side panel still shows the outcome.
  }
}
