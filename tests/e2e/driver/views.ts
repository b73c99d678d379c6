// Page objects over the neutral Tab: what a journey reads and presses in LeadClip's pages and the
// injected Clip lead button, named as the rep sees them (DESIGN.md §9).
import type { Query } from './locate';
import { waitFor } from './tab';
import type { ElementState, Tab } from './types';

export const LEADS: Query = { role: 'list', name: 'Leads' };

/** The visible text of every item of a list (by query), in order. */
export async function listTexts(tab: Tab, list: Query): Promise<string[]> {
  const texts: string[] = [];
  for (let nth = 0; ; nth += 1) {
    const item = await tab.inspect({ role: 'listitem', within: list, nth });
    if (!item) return texts;
    texts.push(item.text);
  }
}

/** The element's state once it exists. */
export function waitForElement(tab: Tab, query: Query, timeout?: number): Promise<ElementState> {
  return waitFor(() => tab.inspect(query), `${query.role} "${query.name ?? ''}"`, timeout);
}

/** The Clip lead button of a Gmail or LinkedIn tab. */
export async function clipLead(page: Tab): Promise<string> {
  await page.click({ role: 'button', name: 'Clip lead' });
  const status = await waitFor(async () => {
    const text = (await page.inspect({ role: 'status' }))?.text;
    return text && text !== 'Clipping…' ? text : null;
  }, 'the clip outcome');
  return status;
}

/** A checklist answer (yes / no / unknown); waits until the panel says it is saved. */
export async function answer(panel: Tab, question: string, value: 'Yes' | 'No' | 'Unknown'): Promise<void> {
  await panel.click({ role: 'radio', name: value, within: { role: 'radiogroup', name: question } });
  await waitForElement(panel, { role: 'status', name: `Saved: ${question}`, partial: true });
}

/** Sends a LeadClip command from an extension page, as the side panel does; throws on a refusal. */
export async function command(extensionPage: Tab, name: string, payload: unknown): Promise<unknown> {
  const reply = (await extensionPage.evaluate(
    ([command, payload]) => {
      type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      return (scope.browser ?? scope.chrome).runtime.sendMessage({ leadclip: 1, command, payload });
    },
    [name, payload] as const,
  )) as { ok: boolean; value?: unknown; error?: unknown };
  if (!reply?.ok) throw new Error(`${name} failed: ${JSON.stringify(reply)}`);
  return reply.value;
}

/** A whole object store of the extension's database, read from an extension page. */
export function readStore<T = Record<string, unknown>>(extensionPage: Tab, store: string): Promise<T[]> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('leadclip');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Opens a lead's detail from the side panel's list by (part of) its name. */
export async function openLead(panel: Tab, name: string): Promise<void> {
  await panel.click({ role: 'button', name, partial: true, within: LEADS });
  await waitForElement(panel, { role: 'heading', name });
}

export async function backToLeads(panel: Tab): Promise<void> {
  await panel.click({ role: 'button', name: '← Back to leads' });
  await waitForElement(panel, LEADS);
}

/** The notifications the extension shows now, by id, read from one of its pages. */
export function notifications(extensionPage: Tab): Promise<Record<string, { title: string; message: string }>> {
  return extensionPage.evaluate(() => {
    type Api = { notifications: { getAll(): Promise<Record<string, { title: string; message: string }>> } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    return (scope.browser ?? scope.chrome).notifications.getAll();
  }, null);
}

/** Ids of the notifications the extension shows now. */
export async function shownNotifications(extensionPage: Tab): Promise<string[]> {
  return Object.keys(await notifications(extensionPage));
}

/** The toolbar badge's text, read from an extension page. */
export function badgeText(extensionPage: Tab): Promise<string> {
  return extensionPage.evaluate(() => {
    type Api = { action: { getBadgeText(details: object): Promise<string> } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    return (scope.browser ?? scope.chrome).action.getBadgeText({});
  }, null);
}

/** The extension's alarms (name and time), read from an extension page. */
export function alarms(extensionPage: Tab): Promise<Array<{ name: string; scheduledTime: number }>> {
  return extensionPage.evaluate(async () => {
    type Api = { alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    return (await (scope.browser ?? scope.chrome).alarms.getAll()).map(({ name, scheduledTime }) => ({ name, scheduledTime }));
  }, null);
}
