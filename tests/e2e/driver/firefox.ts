// The neutral driver (types.ts) for Firefox: Debian's firefox-esr driven by puppeteer-core over
// WebDriver BiDi, no geckodriver (DESIGN.md §8). The built add-on is installed temporarily; a fixed
// UUID gives it a known moz-extension:// host. Quirks of this engine that the journeys rely on:
// - extension pages need `--remote-allow-system-access`, and `page.goto` never resolves on them
//   (Firefox sends no load events for extension documents): start it, then wait for the document;
// - a background tab clamps its timers to 1 s: tabs are brought to the front before acting;
// - without a desktop notification daemon the system alert backend closes every notification at
//   once; `alerts.useSystemBackend = false` keeps them listed (for about 20 s);
// - the context menu, the background's lifecycle and permission prompts belong to the browser's
//   own window, reached through BiDi's chrome scope (allowed by the same launch argument).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { type PageLike, tabOf, waitFor } from './tab';
import type { ExtensionBrowser, ExtensionPageName } from './types';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv3');
/** Any fixed UUID: the preference below maps the add-on's id to it. */
const ADDON_UUID = '6c1e7b1a-15f0-4f1e-9d3c-1eadc11f0015';
export const FIREFOX_ORIGIN = `moz-extension://${ADDON_UUID}`;

type Served = { url: RegExp; html: string };
/** The BiDi connection under Puppeteer's Browser, for the commands Puppeteer has no method for. */
type BidiConnection = { send(method: string, params: object): Promise<{ result: BidiResult }> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw protocol replies, checked where read.
type BidiResult = any;

export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR): Promise<ExtensionBrowser> {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  const downloadDir = mkdtempSync(path.join(tmpdir(), 'leadclip-firefox-downloads-'));
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: ADDON_UUID }),
      'alerts.useSystemBackend': false,
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const served: Served[] = [];
  const version = await browser.version();

  // The browser window itself (chrome scope): its context menu, add-on manager and prompts.
  async function chrome<T>(expression: string): Promise<T> {
    const connection = (browser as unknown as { connection: BidiConnection }).connection;
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const context = tree.result.contexts.find((c: { url: string }) => c.url.endsWith('browser.xhtml')).context;
    const { result } = await connection.send('script.evaluate', {
      expression: `(async () => JSON.stringify((await (${expression})) ?? null))()`,
      target: { context },
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`Firefox chrome scope: ${result.exceptionDetails.text}`);
    return JSON.parse(result.result.value) as T;
  }
  const extension = `WebExtensionPolicy.getByID(${JSON.stringify(addonId)}).extension`;

  /** Waits for an extension document at `url` to finish loading (it sends no load event). */
  async function loaded(page: Page, url: string) {
    await waitFor(() => page.evaluate((want) => (location.href === want && document.readyState === 'complete') || null, url), `${url} to load`);
    await page.bringToFront();
    return tabOf(page as unknown as PageLike);
  }

  function route(request: HTTPRequest): void {
    const url = request.url();
    if (!/^https?:/.test(url)) return void request.continue();
    const hit = served.find((entry) => entry.url.test(url));
    // Nothing leaves this machine: a web request no test serves is refused.
    if (!hit) return void request.abort('blockedbyclient');
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: hit.html });
  }

  return {
    engine: 'firefox',
    version,
    serve(url, html) {
      served.unshift({ url, html });
    },
    async openTab(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', route);
      await page.goto(url);
      return tabOf(page as unknown as PageLike);
    },
    async openExtensionPage(name: ExtensionPageName, search = '') {
      const page = await browser.newPage();
      // The sidebar page at the width of Firefox's sidebar, where the rep sees it.
      if (name === 'sidepanel.html') await page.setViewport({ width: 400, height: 900 });
      const url = `${FIREFOX_ORIGIN}/${name}${search}`;
      // Never resolves for an extension document (no load event); closing the tab ends it.
      page.goto(url, { timeout: 0 }).catch(() => undefined);
      return loaded(page, url);
    },
    async waitForTab(matches) {
      // Puppeteer keeps an extension document's URL at about:blank (no navigation events): ask the page.
      const hrefOf = (page: Page) => page.evaluate(() => location.href, null).catch(() => '');
      const page = await waitFor(async () => {
        for (const candidate of await browser.pages()) if (matches(await hrefOf(candidate))) return candidate;
        return null;
      }, 'a tab the extension opened');
      return loaded(page, await hrefOf(page));
    },
    async clickNotification(title) {
      // With the system backend off, each notification is a small window of the browser's own.
      const clicked = await chrome<boolean>(`(() => {
        for (const alert of Services.wm.getEnumerator('alert:alert')) {
          if (alert.document.getElementById('alertTitleLabel')?.getAttribute('value') !== ${JSON.stringify(title)}) continue;
          alert.document.getElementById('alertBox').click();
          return true;
        }
        return false;
      })()`);
      if (!clicked) throw new Error(`No notification titled "${title}" is shown`);
    },
    async chooseContextMenuItem(tab, target, title) {
      await chrome(`(() => {
        const menu = document.getElementById('contentAreaContextMenu');
        window.leadclipMenuShown = new Promise((resolve) => menu.addEventListener('popupshown', resolve, { once: true }));
      })()`);
      await tab.rightClick(target);
      const chosen = await chrome<boolean>(`(async () => {
        await window.leadclipMenuShown;
        const menu = document.getElementById('contentAreaContextMenu');
        const item = [...menu.querySelectorAll('menuitem')].find((entry) => entry.label === ${JSON.stringify(title)});
        if (item) menu.activateItem(item); else menu.hidePopup();
        return Boolean(item);
      })()`);
      if (!chosen) throw new Error(`The context menu has no item "${title}"`);
    },
    async stopBackground() {
      await chrome(`${extension}.terminateBackground()`);
    },
    async reloadExtension() {
      await chrome(`(async () => {
        const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
        await (await AddonManager.getAddonByID(${JSON.stringify(addonId)})).reload();
      })()`);
    },
    async backgroundRunning() {
      return (await chrome<string>(`${extension}.backgroundState`)) === 'running';
    },
    async answerPermissionPrompt(grant) {
      const answered = await chrome<boolean>(`(async () => {
        for (let tries = 0; tries < 100; tries += 1) {
          const prompt = PopupNotifications.getNotification('addon-webext-permissions');
          if (prompt) {
            if (${grant}) prompt.mainAction.callback({}); else prompt.secondaryActions[0].callback({});
            PopupNotifications.remove(prompt);
            return true;
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return false;
      })()`);
      if (!answered) throw new Error('Firefox showed no permission prompt');
    },
    readClipboard: () => chrome<string>('navigator.clipboard.readText()'),
    async downloads() {
      const files = readdirSync(downloadDir).filter((file) => !file.endsWith('.part'));
      return new Map(files.map((file) => [file, readFileSync(path.join(downloadDir, file), 'utf8')]));
    },
    async close() {
      await browser.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}
