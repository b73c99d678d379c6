// Building blocks for the speed-to-lead scenarios: reminders.spec.ts uses them, and `npm run
// bench` can call measureReminderDelay() on its own Chromium context to report "reminder delay".
import type { BrowserContext, Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import type { Lead, Task } from '@/lib/schema';
import { reminderDelay } from '@/lib/timers/tasks';

/** The extension API inside `evaluate` callbacks, which run in the extension's own contexts. */
declare const chrome: typeof browser;

export const PROFILE_URL = 'https://www.linkedin.com/in/ada-lovelace-e2e/';
/**
 * A LinkedIn profile has no inquiry date, so once the rep says the person asked (markAsInquiry),
 * the first-contact clock runs from the click. A profile alone is a prospect with no clock (issue 17).
 */
export const PROFILE_HTML = `<!doctype html><html lang="en"><head><title>Ada Lovelace | LinkedIn</title></head><body>
  <main><h1 class="text-heading-xlarge">Ada Lovelace</h1>
  <div class="text-body-medium">Head of Analytics at Babbage Engines</div>
  <span class="text-body-small inline">London, England</span></main></body></html>`;

/** Sets the first-contact SLA with a 'settings.update' message from an extension page. */
export async function setSlaMinutes(extensionPage: Page, slaMinutes: number): Promise<void> {
  const reply = await extensionPage.evaluate(
    (minutes) => chrome.runtime.sendMessage({ leadclip: 1, command: 'settings.update', payload: { slaMinutes: minutes } }),
    slaMinutes,
  );
  if (!(reply as { ok?: boolean } | undefined)?.ok) throw new Error(`settings.update failed: ${JSON.stringify(reply)}`);
}

/** Clips the profile served at PROFILE_URL; returns when the click happened (this machine's clock). */
export async function clipProfile(page: Page): Promise<number> {
  await page.goto(PROFILE_URL);
  const clippedAt = Date.now();
  await page.getByRole('button', { name: 'Clip lead' }).click();
  await page.getByRole('status').filter({ hasText: 'Lead saved' }).waitFor();
  return clippedAt;
}

/** The capture card's "They asked" switch, as a message: the clipped prospect becomes an inquiry. */
export async function markAsInquiry(extensionPage: Page): Promise<void> {
  const [lead] = (await readStore(extensionPage)).leads;
  const reply = await extensionPage.evaluate((id) => chrome.runtime.sendMessage({ leadclip: 1, command: 'lead.setInbound', payload: { id, inbound: true } }), lead!.id);
  if (!(reply as { ok?: boolean } | undefined)?.ok) throw new Error(`lead.setInbound failed: ${JSON.stringify(reply)}`);
}

/** Reads the extension's database from one of its pages, without waking the service worker. */
export function readStore(extensionPage: Page): Promise<{ leads: Lead[]; tasks: Task[] }> {
  return extensionPage.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('leadclip');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['leads', 'tasks']);
          const leads = tx.objectStore('leads').getAll();
          const tasks = tx.objectStore('tasks').getAll();
          tx.oncomplete = () => {
            resolve({ leads: leads.result, tasks: tasks.result });
            open.result.close();
          };
        };
      }),
  );
}

/** Ids of the notifications LeadClip shows, read from an extension page. */
export function shownNotifications(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

/**
 * Reminder delay, due time → notification, in ms: clips a lead with a 30 s SLA and waits for its
 * first-contact task to record `notifiedAt`. Takes a context with the built extension loaded.
 */
export async function measureReminderDelay(context: BrowserContext, extensionId: string): Promise<number> {
  await context.route(PROFILE_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: PROFILE_HTML }));
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
  await setSlaMinutes(extensionPage, 0.5);
  const clippedAt = await clipProfile(await context.newPage());
  await markAsInquiry(extensionPage);
  for (;;) {
    const delay = (await readStore(extensionPage)).tasks.map(reminderDelay).find((value) => value !== null);
    if (delay !== undefined && delay !== null) return delay;
    if (Date.now() - clippedAt > 60_000) throw new Error('no reminder within 60 s of a 30 s deadline');
    await extensionPage.waitForTimeout(200);
  }
}
