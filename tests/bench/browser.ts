// Headless Chromium with the built extension, launched the way the e2e fixtures launch it
// (DESIGN.md §8), for the bench and the demo. Every web request is refused unless served here.
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { launchWithExtension } from '../e2e/launch';
import { ROOT } from './bundle';

export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Answers requests matching `url` with the HTML `page(url)` returns. */
  serve(url: RegExp, page: (url: URL) => string): Promise<void>;
  open(name: 'sidepanel.html' | 'popup.html' | 'options.html', viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(options: { debuggingPort?: number } = {}): Promise<ExtensionBrowser> {
  const context = await launchWithExtension(
    EXTENSION_DIR,
    'leadclip-bench-',
    options.debuggingPort ? [`--remote-debugging-port=${options.debuggingPort}`] : [],
  );
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => route.abort('blockedbyclient'),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async serve(url, page) {
      await context.route(url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page(new URL(route.request().url())) }),
      );
    },
    async open(name, viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      return page;
    },
    close: () => context.close(),
  };
}
