// A Tab (types.ts) over any automation library's page whose handles can click and evaluate: both
// Puppeteer's and Playwright's pages fit PageLike, so the element work is written once here.
// Elements are found in the page by role and name (locate.ts) and polled for, as the rep would
// wait for them to appear; every action first brings the tab to the front, because Firefox clamps
// the timers of background tabs.
import { type Query, locate } from './locate';
import type { ElementState, Tab } from './types';

const WAIT_MS = 10_000;

interface HandleLike {
  click(options?: { button?: 'left' | 'right' }): Promise<void>;
  evaluate<A, R>(fn: (element: Element, arg: A) => R, arg: A): Promise<R>;
}

export interface PageLike {
  url(): string;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluateHandle<A>(fn: (arg: A) => Element | null, arg: A): Promise<{ asElement(): HandleLike | null }>;
  keyboard: { press(key: string): Promise<void> };
  bringToFront(): Promise<void>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  close(): Promise<void>;
}

export const describeQuery = (query: Query): string =>
  `${query.role}${query.name === undefined ? '' : ` "${query.name}"`}${query.within ? ` in ${describeQuery(query.within)}` : ''}`;

/** Polls `read` until it returns something other than null or undefined. */
export async function waitFor<T>(read: () => Promise<T | null | undefined>, what: string, timeout = WAIT_MS): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read().catch(() => null);
    if (value !== null && value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function tabOf(page: PageLike): Tab {
  const find = async (query: Query) => (await page.evaluateHandle(locate, query)).asElement();
  async function element(query: Query): Promise<HandleLike> {
    await page.bringToFront();
    return waitFor(() => find(query), describeQuery(query));
  }
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: async (query) => (await element(query)).click(),
    rightClick: async (query) => (await element(query)).click({ button: 'right' }),
    async inspect(query) {
      const handle = await find(query);
      if (!handle) return null;
      return handle.evaluate(
        (el): ElementState => ({
          text: (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
          value: 'value' in el ? String((el as HTMLInputElement).value) : null,
          checked: 'checked' in el ? Boolean((el as HTMLInputElement).checked) : null,
          disabled: 'disabled' in el ? Boolean((el as HTMLInputElement).disabled) : false,
        }),
        null,
      );
    },
    async fill(query, value) {
      // Through the prototype's setter, so React sees the change as typing would make it.
      await (await element(query)).evaluate((el, text) => {
        const proto = Object.getPrototypeOf(el) as object;
        Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, text);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }, value);
    },
    async attachFile(query, file) {
      await (await element(query)).evaluate((el, { name, type, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type }));
        (el as HTMLInputElement).files = transfer.files;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }, file);
    },
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    close: () => page.close(),
  };
}
