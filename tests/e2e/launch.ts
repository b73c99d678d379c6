// Headless Chromium with the built extension loaded, with the flags DESIGN.md §8 lists for this
// machine. Shared by the end-to-end fixtures, the bench and the demo.
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A browser with a fresh profile in a temporary folder, which is deleted when the browser closes. */
export async function launchWithExtension(extensionDir: string, profilePrefix: string, extraArgs: string[] = []): Promise<BrowserContext> {
  const profile = mkdtempSync(path.join(tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...extraArgs,
    ],
  });
  // The profile goes once the browser has exited (the context's 'close' event comes earlier, while
  // Chromium still writes). A folder that cannot be removed is left in the temporary directory.
  const close = context.close.bind(context);
  context.close = async (options) => {
    await close(options);
    await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
  };
  return context;
}
