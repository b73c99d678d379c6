// CRM handoff end to end (issue 14): the built extension connects to a fake Twenty served on
// 127.0.0.1 (Twenty's server-address field), a qualified lead is handed off, the service worker is
// stopped while the CRM holds the deal's create, and the job still finishes once, with the links.
import type { Page } from '@playwright/test';
import { FakeCrmCore } from '../crm/fakes/core';
import { type ServedFake, serveFake } from '../crm/fakes/serve';
import { seedTwenty, twentyRoutes } from '../crm/fakes/twenty';
import { captureDraft, expect, test } from './fixtures';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const TOKEN = 'e2e-twenty-key-31c4d9a0';
const ITEMS = ['budget', 'authority', 'need', 'timing', 'fit', 'urgency'];

function send(page: Page, command: string, payload: unknown) {
  return page.evaluate(([command, payload]) => chrome.runtime.sendMessage({ leadclip: 1, command, payload }), [command, payload] as const);
}

let served: ServedFake;
let core: FakeCrmCore;
let dealCreateArrived: () => void;
const dealCreate = new Promise<void>((resolve) => (dealCreateArrived = resolve));

test.beforeEach(async ({ context }) => {
  core = new FakeCrmCore(() => Date.now(), TOKEN);
  seedTwenty(core);
  const handle = core.handler(twentyRoutes());
  let held = false;
  served = await serveFake(async (request) => {
    const response = await handle(request);
    // The first opportunity is stored, then its answer is held while the test stops the worker.
    if (!held && request.method === 'POST' && new URL(request.url).pathname === '/rest/opportunities') {
      held = true;
      dealCreateArrived();
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    }
    return response;
  });
  // The fixture refuses all web traffic; the fake CRM the rep connects to is let through.
  await context.route(`${served.origin}/**`, (route) => route.continue());
});

test.afterEach(() => served.close());

test('a handoff to a connected CRM survives a stopped worker and lands once, with links', async ({ context, openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  // Headless Chromium cannot show the host-permission prompt: the rep's "Allow" is given here.
  const asked: unknown[] = [];
  await options.exposeFunction('__recordPermissionRequest', (request: unknown) => void asked.push(request));
  await options.evaluate(() => {
    const permissions = (globalThis as unknown as { chrome: { permissions: { request: (request: unknown) => Promise<boolean> } } }).chrome.permissions;
    permissions.request = async (request) => {
      await (globalThis as unknown as { __recordPermissionRequest: (request: unknown) => Promise<void> }).__recordPermissionRequest(request);
      return true;
    };
  });
  await options.getByRole('combobox', { name: 'CRM' }).selectOption('Twenty');
  await options.getByLabel('Twenty token').fill(TOKEN);
  await options.getByRole('textbox', { name: /Server address/ }).fill(served.origin);
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.getByText('Connected to Twenty: Twenty workspace at')).toBeVisible();
  await expect(options.getByText(/token ••••d9a0/)).toBeVisible();
  expect(asked).toStrictEqual([{ origins: [`${served.origin}/*`] }]);
  await options.getByRole('combobox', { name: 'Owner of new records' }).selectOption({ label: 'Dana Ortiz <dana@acme.example>' });
  await options.getByRole('button', { name: 'Save CRM defaults' }).click();
  await expect(options.getByText('Saved the defaults.')).toBeVisible();

  const panel = await openExtensionPage('sidepanel.html');
  const captured = (await send(panel, 'lead.capture', captureDraft({ company: 'Northwind Logistics' }))) as { value: { leadId: string } };
  await send(panel, 'lead.update', { id: captured.value.leadId, patch: { budget: { amount: 48_000, currency: 'USD' } } });
  for (const itemId of ITEMS) await send(panel, 'checklist.answer', { leadId: captured.value.leadId, itemId, value: 'yes', note: null });
  await panel.getByRole('list', { name: 'Leads' }).getByRole('listitem').first().getByRole('button').click();
  // The action bar's Handoff opens the folded handoff section.
  await panel.getByRole('region', { name: 'Lead actions' }).getByRole('button', { name: 'Handoff' }).click();
  await panel.getByRole('combobox', { name: 'Send by' }).selectOption('Twenty');
  await panel.getByRole('button', { name: 'Hand off' }).click();
  await expect(panel.getByText('Queued for Twenty: it shows as sent once Twenty confirms.')).toBeVisible();

  await dealCreate;
  const cdp = await context.newCDPSession(panel);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  // Nothing is shown as sent while the CRM's answer never arrived.
  await expect(panel.getByText(/^In Twenty:/)).toBeHidden();

  // Any event restarts the worker (here the panel asking for the CRM status); the outbox resumes.
  await send(panel, 'crm.status', {});
  const links = panel.getByText(/^In Twenty:/);
  await expect(links).toBeVisible({ timeout: 20_000 });
  const [person] = core.all('people');
  const [deal] = core.all('opportunities');
  await expect(links.getByRole('link', { name: 'person' })).toHaveAttribute('href', `${served.origin}/object/person/${person!.id}`);
  await expect(links.getByRole('link', { name: 'opportunity' })).toHaveAttribute('href', `${served.origin}/object/opportunity/${deal!.id}`);
  expect([core.count('people'), core.count('companies'), core.count('opportunities')]).toStrictEqual([1, 1, 1]);
  // Looked for before the create, created once, and looked for again (not re-sent) after the stop.
  expect(core.log.filter((entry) => entry.path.startsWith('/rest/opportunities')).map((entry) => entry.method)).toStrictEqual(['GET', 'POST', 'GET']);
  expect(deal!.data).toMatchObject({ ownerId: 'workspaceMembers-1', amount: { amountMicros: 48_000_000_000, currencyCode: 'USD' } });
  await panel.locator('summary', { hasText: 'Activity (' }).click();
  await expect(panel.getByText('Handed off (CRM)')).toBeVisible();
});
