// Security suite (DESIGN.md §6) against the built extension in real Chromium: the built manifest,
// no network from extension contexts, captured markup rendered as text, messages from web pages
// refused, and no Trusted Types violation on a Gmail page that enforces them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import { EXTENSION_DIR, GMAIL_URL, captureDraft as draft, expect, fixture, test } from './fixtures';
import { launchWithExtension } from './launch';

// Playwright reports a service worker's own requests only with this switch; it is read when the
// browser launches, which happens after this module loads.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

// The extension API as page.evaluate sees it inside extension contexts (the worker, our pages).
declare const chrome: { runtime: { sendMessage(...args: unknown[]): Promise<unknown> } };

const XSS_NAME = '<img src=x onerror="window.__leadclipXss=1">Mallory';
const XSS_COMPANY = '<script>window.__leadclipXss=2</script>Evil Corp';

/** Sends a LeadClip command from an extension page, as the side panel does. */
function sendFrom(page: Page, command: string, payload: unknown) {
  return page.evaluate(
    ([command, payload]) => chrome.runtime.sendMessage({ leadclip: 1, command, payload }),
    [command, payload] as const,
  );
}

/** Every lead in the extension's database, read with plain IndexedDB from an extension page. */
function storedLeads(page: Page): Promise<Array<{ fullName: string | null }>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('leadclip');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('leads').objectStore('leads').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            open.result.close();
          };
        };
      }),
  );
}

function gmailWithSender(name: string): string {
  return fixture('gmail/message.html').replaceAll('name="Priya Raman"', `name="${name.replaceAll('"', '&quot;')}"`);
}

test.describe('built manifest', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

  test('asks for exactly the permissions of DESIGN.md §6', () => {
    expect({
      permissions: manifest.permissions,
      host_permissions: manifest.host_permissions,
      optional_host_permissions: manifest.optional_host_permissions,
    }).toStrictEqual({
      permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'contextMenus', 'activeTab', 'scripting', 'sidePanel'],
      host_permissions: ['https://mail.google.com/*', 'https://www.linkedin.com/*'],
      optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*', 'https://api.hubapi.com/*', 'https://api.pipedrive.com/*', 'https://api.attio.com/*', 'https://api.twenty.com/*'],
    });
  });

  test('injects content scripts only into Gmail and LinkedIn and loads no remote code', () => {
    const matches = manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches).sort();
    expect(matches).toStrictEqual(['https://mail.google.com/*', 'https://www.linkedin.com/*']);
    // No custom CSP: Chrome's MV3 default (script-src 'self') stays in force.
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toStrictEqual([]);
  });
});

test('no extension context makes a network request while the rep works', async ({ context, serve, openExtensionPage, extensionId }) => {
  const outbound: string[] = [];
  const isOwn = (url: string) => url.startsWith(`chrome-extension://${extensionId}/`) || /^(data|blob):/.test(url);
  const fromExtension = (request: Request) => {
    if (request.serviceWorker()) return true;
    return request.frame().url().startsWith('chrome-extension://');
  };
  const gmailRequests: string[] = [];
  context.on('request', (request) => {
    if (fromExtension(request) && !isOwn(request.url())) outbound.push(request.url());
    if (!request.serviceWorker() && request.frame().url().startsWith('https://mail.google.com/')) gmailRequests.push(request.url());
  });
  await serve(/^https:\/\/mail\.google\.com\//, fixture('gmail/message.html'));

  const sidePanel = await openExtensionPage('sidepanel.html');
  await expect(sidePanel.getByText(/No leads yet/)).toBeVisible();
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByText('0 leads saved')).toBeVisible();
  const options = await openExtensionPage('options.html');
  await expect(options.getByRole('heading', { name: 'LeadClip options' })).toBeVisible();
  // The CRM connection form is there, and asks nothing of any CRM until the rep connects one.
  await expect(options.getByRole('button', { name: 'Test connection' })).toBeVisible();

  const gmail = await context.newPage();
  await gmail.goto(GMAIL_URL);
  await gmail.getByRole('button', { name: 'Clip lead' }).click();
  await expect(gmail.getByRole('status')).toHaveText('Lead saved');
  await expect(sidePanel.getByRole('list', { name: 'Leads' }).getByRole('listitem')).toHaveCount(1);
  await expect(popup.getByText('1 lead saved')).toBeVisible();

  expect(outbound).toStrictEqual([]);
  // The content script adds nothing to the page's own traffic either: only the page itself loads.
  expect(gmailRequests.filter((url) => !url.startsWith('https://mail.google.com/mail/u/0/'))).toStrictEqual([]);
});

test.describe('captured markup stays text', () => {
  test('a sender name full of markup is shown literally in the side panel and never runs', async ({ openGmailBesideSidePanel }) => {
    const { sidePanel, gmail } = await openGmailBesideSidePanel(gmailWithSender(XSS_NAME));
    await gmail.getByRole('button', { name: 'Clip lead' }).click();
    await expect(gmail.getByRole('status')).toHaveText('Lead saved');

    const row = sidePanel.getByRole('list', { name: 'Leads' }).getByRole('listitem');
    await expect(row).toContainText(XSS_NAME);
    expect(await sidePanel.locator('main img, main script').count()).toBe(0);
    expect(await sidePanel.evaluate(() => (window as { __leadclipXss?: number }).__leadclipXss)).toBeUndefined();
    // The injected UI lives in a shadow root: nothing of the capture became markup there either.
    const injected = gmail.locator('leadclip-clip');
    expect(await injected.locator('img, script').count()).toBe(0);
    expect(await gmail.evaluate(() => (window as { __leadclipXss?: number }).__leadclipXss)).toBeUndefined();
  });

  test('markup in company and interest is text, and javascript: links are refused', async ({ openExtensionPage }) => {
    const sidePanel = await openExtensionPage('sidepanel.html');
    await expect(sidePanel.getByText(/No leads yet/)).toBeVisible();

    const refused = await sendFrom(sidePanel, 'lead.capture', draft({ fullName: 'Link Mallory', website: 'javascript:alert(1)' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_message', issues: ['Website must be an http(s) URL.'] } });
    const refusedLinkedIn = await sendFrom(sidePanel, 'lead.capture', draft({ linkedinUrl: 'JaVaScRiPt:alert(1)' }));
    expect(refusedLinkedIn).toMatchObject({ ok: false, error: { code: 'invalid_message' } });

    const saved = await sendFrom(
      sidePanel,
      'lead.capture',
      draft({ fullName: XSS_NAME, company: XSS_COMPANY, website: 'https://evil.example/?q=%3Cscript%3E', interest: '<a href="javascript:alert(3)">pricing</a>' }),
    );
    expect(saved).toMatchObject({ ok: true, value: { created: true } });

    const leadId = (saved as { value: { leadId: string } }).value.leadId;
    const XSS_NOTE = '<svg onload="window.__leadclipXss=4"></svg> call back <a href="javascript:alert(5)">here</a>';
    expect(await sendFrom(sidePanel, 'lead.addNote', { id: leadId, text: XSS_NOTE })).toMatchObject({ ok: true });

    const row = sidePanel.getByRole('list', { name: 'Leads' }).getByRole('listitem');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(XSS_NAME);
    await expect(row).toContainText(XSS_COMPANY);
    const noMarkupRan = async () => {
      expect(await sidePanel.locator('main img, main script, main svg[onload]').count()).toBe(0);
      const hrefs = await sidePanel.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((href) => !/^(https?:|mailto:|tel:|#)/i.test(href))).toStrictEqual([]);
      expect(await sidePanel.evaluate(() => (window as { __leadclipXss?: number }).__leadclipXss)).toBeUndefined();
    };
    await noMarkupRan();

    // The lead's detail view: heading, fields, links and the timeline's note, all as text.
    await row.getByRole('button').click();
    await expect(sidePanel.getByRole('heading', { name: XSS_NAME })).toBeVisible();
    await expect(sidePanel.locator('.timeline-text').filter({ hasText: XSS_NOTE })).toHaveText(`Note: ${XSS_NOTE}`);
    // The handoff note composed from the lead quotes the markup as plain text too.
    await sidePanel.getByRole('region', { name: 'Lead actions' }).getByRole('button', { name: 'Handoff' }).click();
    expect(await sidePanel.getByRole('textbox', { name: 'Handoff note' }).inputValue()).toContain(`Handoff: ${XSS_NAME}`);
    await noMarkupRan();
    expect((await storedLeads(sidePanel)).map((lead) => lead.fullName)).toStrictEqual([XSS_NAME]);
  });
});

test.describe('messages from web pages are refused', () => {
  test("a Gmail page's own scripts cannot reach the background", async ({ openGmailBesideSidePanel, extensionId }) => {
    const { sidePanel, gmail } = await openGmailBesideSidePanel();
    const attempt = await gmail.evaluate(
      async ([id, payload]) => {
        const envelope = { leadclip: 1, command: 'lead.capture', payload };
        // The content script listens to nothing on the page: a posted envelope must go nowhere.
        window.postMessage(envelope, '*');
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
        if (!runtime?.sendMessage) return 'no chrome.runtime.sendMessage in the main world';
        try {
          await runtime.sendMessage(id, envelope);
          return 'delivered';
        } catch (error) {
          return `refused: ${String(error)}`;
        }
      },
      [extensionId, draft({ fullName: 'Page Script' })] as const,
    );
    expect(attempt).toMatch(/^(no chrome.runtime.sendMessage in the main world|refused: )/);

    await gmail.getByRole('button', { name: 'Clip lead' }).click();
    await expect(gmail.getByRole('status')).toHaveText('Lead saved');
    await expect(sidePanel.getByRole('list', { name: 'Leads' }).getByRole('listitem')).toHaveCount(1);
    expect((await storedLeads(sidePanel)).map((lead) => lead.fullName)).toStrictEqual(['Priya Raman']);
  });

  test('another extension cannot send LeadClip commands', async () => {
    const foreign = mkdtempSync(path.join(tmpdir(), 'leadclip-foreign-'));
    mkdirSync(foreign, { recursive: true });
    writeFileSync(
      path.join(foreign, 'manifest.json'),
      JSON.stringify({ manifest_version: 3, name: 'Foreign', version: '1.0', background: { service_worker: 'foreign.js' } }),
    );
    writeFileSync(path.join(foreign, 'foreign.js'), '');
    // Both extensions loaded, with the flags every test browser gets (--load-extension takes a list).
    const context = await launchWithExtension(`${EXTENSION_DIR},${foreign}`, 'leadclip-e2e-');
    try {
      const workerOf = async (script: string) =>
        context.serviceWorkers().find((w) => w.url().endsWith(script)) ??
        (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().endsWith(script) }));
      const leadclip = await workerOf('/background.js');
      const other = await workerOf('/foreign.js');
      const attempt = await other.evaluate(async ([id, payload]) => {
        try {
          const reply = await chrome.runtime.sendMessage(id, { leadclip: 1, command: 'lead.capture', payload });
          return `answered ${JSON.stringify(reply)}`;
        } catch (error) {
          return `refused: ${String(error)}`;
        }
      }, [new URL(leadclip.url()).host, draft()] as const);
      expect(attempt).toMatch(/^refused: .*Receiving end does not exist/);
      const stored = await leadclip.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('leadclip');
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('leads')) return resolve(0);
              const count = db.transaction('leads').objectStore('leads').count();
              count.onsuccess = () => resolve(count.result);
            };
          }),
      );
      expect(stored).toBe(0);
    } finally {
      await context.close();
      rmSync(foreign, { recursive: true, force: true });
    }
  });

  test('commands with wrong shapes get typed errors and change nothing', async ({ openExtensionPage }) => {
    const sidePanel = await openExtensionPage('sidepanel.html');
    await expect(sidePanel.getByText(/No leads yet/)).toBeVisible();
    const replies = [
      await sidePanel.evaluate(() => chrome.runtime.sendMessage('capture please')),
      await sidePanel.evaluate(() => chrome.runtime.sendMessage({ leadclip: 1, command: 'lead.nuke', payload: {} })),
      await sendFrom(sidePanel, 'lead.capture', { ...draft(), emails: 'priya@example.com' }),
      await sendFrom(sidePanel, 'lead.update', { id: 'x', patch: { stage: 'won' } }),
    ];
    expect(replies.map((reply) => (reply as { error?: { code: string } }).error?.code)).toStrictEqual([
      'invalid_message',
      'invalid_message',
      'invalid_message',
      'invalid_message',
    ]);
    expect(await storedLeads(sidePanel)).toStrictEqual([]);
  });
});

test('the clip button on a Trusted Types page mounts and clips without a violation', async ({ context, serve }) => {
  await serve(/^https:\/\/mail\.google\.com\//, fixture('gmail/message.html'), {
    'Content-Security-Policy': "require-trusted-types-for 'script'",
  });
  const gmail = await context.newPage();
  const consoleErrors: string[] = [];
  gmail.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await gmail.addInitScript(() => {
    const seen: string[] = [];
    (window as { __violations?: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.sample}`));
  });
  await gmail.goto(GMAIL_URL);
  await gmail.getByRole('button', { name: 'Clip lead' }).click();
  await expect(gmail.getByRole('status')).toHaveText('Lead saved');
  const violations = () => gmail.evaluate(() => (window as { __violations?: string[] }).__violations ?? []);
  expect(await violations()).toStrictEqual([]);
  expect(consoleErrors).toStrictEqual([]);

  // The policy was in force all along: the page itself may not assign a string to innerHTML.
  await gmail.evaluate(() => {
    try {
      // eslint-disable-next-line no-restricted-properties -- the page's own probe, which the policy must refuse.
      document.createElement('div').innerHTML = '<b>x</b>';
    } catch {
      // Refused, as Trusted Types should.
    }
  });
  expect(await violations()).toStrictEqual(['require-trusted-types-for: Element innerHTML|<b>x</b>']);
});
