// Headless Chromium with the built extension loaded, with the flags DESIGN.md §8 lists for this
// machine. Shared by the end-to-end fixtures, the bench and the demo.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function launchInProfile(profile: string, extensionDir: string, extraArgs: string[]): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
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
}

/**
 * Records host permissions in the profile as the browser does when the rep accepts the extension's
 * permission prompt (which a headless browser cannot show): one start to install the extension,
 * then its granted and active hosts are written to the profile's Preferences.
 */
async function grantHosts(profile: string, extensionDir: string, hosts: readonly string[]): Promise<void> {
  const context = await launchInProfile(profile, extensionDir, []);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await context.close();
  const file = path.join(profile, 'Default', 'Preferences');
  const preferences = JSON.parse(readFileSync(file, 'utf8'));
  const settings = preferences.extensions.settings[extensionId];
  for (const key of ['granted_permissions', 'active_permissions']) {
    for (const kind of ['explicit_host', 'scriptable_host']) settings[key][kind] = [...settings[key][kind], ...hosts];
  }
  settings.runtime_granted_permissions = { api: [], explicit_host: [...hosts], manifest_permissions: [], scriptable_host: [] };
  writeFileSync(file, JSON.stringify(preferences));
}

/**
 * A browser with a fresh profile in a temporary folder, which is deleted when the browser closes.
 * `grantedHosts`: optional host permissions the rep has already allowed.
 */
export async function launchWithExtension(
  extensionDir: string,
  profilePrefix: string,
  extraArgs: string[] = [],
  grantedHosts: readonly string[] = [],
): Promise<BrowserContext> {
  const profile = mkdtempSync(path.join(tmpdir(), profilePrefix));
  if (grantedHosts.length) await grantHosts(profile, extensionDir, grantedHosts);
  const context = await launchInProfile(profile, extensionDir, extraArgs);
  // The profile goes once the browser has exited (the context's 'close' event comes earlier, while
  // Chromium still writes). A folder that cannot be removed is left in the temporary directory.
  const close = context.close.bind(context);
  context.close = async (options) => {
    await close(options);
    await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
  };
  return context;
}
