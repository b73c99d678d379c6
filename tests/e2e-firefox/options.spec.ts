// The options page in Firefox: a section saves its settings, and saving a webhook asks for its host
// through Firefox's permission prompt (host permissions are opt-in there): granted, the URL is
// saved and the host is allowed; refused, nothing is saved and the page says why.
import type { Settings } from '@/lib/schema';
import { readStore } from '../e2e/driver/views';
import type { Tab } from '../e2e/driver/types';
import { expect, test } from './fixtures';

const HOOK = 'https://hooks.northwind-crm.example/leadclip';
const INTEGRATIONS = { role: 'region', name: 'Integrations' } as const;

const settings = async (options: Tab) => (await readStore<Settings>(options, 'settings'))[0];
const hostAllowed = (options: Tab) =>
  options.evaluate((origin) => {
    type Api = { permissions: { contains(permissions: { origins: string[] }): Promise<boolean> } };
    return (globalThis as unknown as { browser: Api }).browser.permissions.contains({ origins: [origin] });
  }, 'https://hooks.northwind-crm.example/*');

test('the Timers section saves the first-contact target', async ({ firefox }) => {
  const options = await firefox.openExtensionPage('options.html');
  await options.fill({ role: 'spinbutton', name: 'First-contact target (minutes)' }, '12');
  await options.click({ role: 'button', name: 'Save timers' });
  await expect.poll(async () => (await options.inspect({ role: 'status', within: { role: 'region', name: 'Timers' } }))?.text).toBe('Timers saved.');
  expect((await settings(options))?.slaMinutes).toBe(12);
});

test('saving a webhook asks Firefox for its host: granted saves it, refused saves nothing', async ({ firefox }) => {
  const options = await firefox.openExtensionPage('options.html');
  await options.fill({ role: 'textbox', name: 'CRM webhook URL' }, HOOK);

  await options.click({ role: 'button', name: 'Save integrations' });
  await firefox.answerPermissionPrompt(false);
  await expect
    .poll(async () => (await options.inspect({ role: 'alert', within: INTEGRATIONS }))?.text)
    .toBe('Webhook not saved: access to hooks.northwind-crm.example was not granted.');
  expect((await settings(options))?.webhookUrl ?? null).toBeNull();
  expect(await hostAllowed(options)).toBe(false);

  await options.click({ role: 'button', name: 'Save integrations' });
  await firefox.answerPermissionPrompt(true);
  await expect.poll(async () => (await options.inspect({ role: 'status', within: INTEGRATIONS }))?.text).toBe('Saved. Handoffs will be posted to hooks.northwind-crm.example.');
  expect((await settings(options))?.webhookUrl).toBe(HOOK);
  expect(await hostAllowed(options)).toBe(true);
});
