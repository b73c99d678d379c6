// Playwright fixtures: a Chromium context with the built extension loaded, its id, and helpers to
// serve fixture pages at their real URLs so that the content scripts match (DESIGN.md §8).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, type Page, type Worker, test as base } from '@playwright/test';
import { launchWithExtension } from './launch';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

export const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKpQbVbGnKwDzRlMxQtFp';

/** A capture draft as a content script would send it, for tests that message the background. */
export function captureDraft(overrides: Record<string, unknown> = {}) {
  return {
    fullName: 'Priya Raman',
    title: null,
    company: null,
    emails: ['priya.raman@northwind-logistics.example'],
    phones: [],
    website: null,
    linkedinUrl: null,
    location: null,
    channel: 'email',
    sourceUrl: GMAIL_URL,
    sourceTitle: null,
    inquiryAt: null,
    interest: null,
    ...overrides,
  };
}

export function fixture(name: string): string {
  return readFileSync(path.resolve('tests/fixtures', name), 'utf8');
}

interface ExtensionFixtures {
  /** Optional host permissions the rep has allowed before the test starts (`test.use({ grantedHosts })`). */
  grantedHosts: string[];
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Serves `html` whenever the browser asks for a URL matching `url`. */
  serve: (url: string | RegExp, html: string, headers?: Record<string, string>) => Promise<void>;
  openExtensionPage: (page: 'sidepanel.html' | 'popup.html' | 'options.html') => Promise<Page>;
  /**
   * Serves `html` (the fixture Gmail message unless given) at GMAIL_URL, opens the empty side panel,
   * then the Gmail page, and waits until the content script shows its Clip lead button.
   */
  openGmailBesideSidePanel: (html?: string) => Promise<{ sidePanel: Page; gmail: Page }>;
}

export const test = base.extend<ExtensionFixtures>({
  grantedHosts: [[], { option: true }],
  context: async ({ grantedHosts }, use) => {
    const context = await launchWithExtension(EXTENSION_DIR, 'leadclip-e2e-', [], grantedHosts);
    // Nothing leaves this machine: any web request not served by a test is refused. (Extension
    // URLs must not be routed: Chromium would block the extension's own scripts.)
    await context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      (route) => route.abort('blockedbyclient'),
    );
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  serve: async ({ context }, use) => {
    await use(async (url, html, headers = {}) => {
      await context.route(url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html, headers }),
      );
    });
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (name) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      return page;
    });
  },
  openGmailBesideSidePanel: async ({ context, serve, openExtensionPage }, use) => {
    await use(async (html = fixture('gmail/message.html')) => {
      await serve(/^https:\/\/mail\.google\.com\//, html);
      const sidePanel = await openExtensionPage('sidepanel.html');
      await base.expect(sidePanel.getByText(/No leads yet/)).toBeVisible();
      const gmail = await context.newPage();
      await gmail.goto(GMAIL_URL);
      await base.expect(gmail.getByRole('button', { name: 'Clip lead' })).toBeVisible();
      return { sidePanel, gmail };
    });
  },
});

export const expect = test.expect;

/** Reads a whole object store of the extension's database from an extension page. */
export function readStore(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('leadclip');
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
    store,
  );
}

