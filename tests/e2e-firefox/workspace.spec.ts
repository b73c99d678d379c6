// Working a lead in Firefox: checklist answers, the handoff refused until the required answers are
// in, then handed off by copying the note; export of the leads as CSV, import of a small CSV, and
// erasing everything from the options page.
import { defaultTemplate } from '@/lib/templates';
import { GMAIL_URL, fixture } from '../e2e/fixtures';
import { LEADS, answer, clipLead, listTexts, openLead, readStore, waitForElement } from '../e2e/driver/views';
import type { Tab } from '../e2e/driver/types';
import { expect, test } from './fixtures';

/** The default checklist's question for each dimension, as the sidebar labels its answers. */
const QUESTIONS = Object.fromEntries(defaultTemplate().items.map((item) => [item.dimension, item.question])) as Record<
  'budget' | 'authority' | 'need' | 'timing' | 'fit',
  string
>;

const CSV = [
  'First Name,Last Name,Email,Company,Job Title',
  'Jonas,Berg,jonas.berg@fjordline.example,Fjordline AS,Head of Procurement',
  'Amara,Okafor,amara.okafor@lagos-solar.example,Lagos Solar,Chief Operating Officer',
].join('\n');

const statusText = async (tab: Tab, partial: string) => (await tab.inspect({ role: 'status', name: partial, partial: true }))?.text ?? null;

test('checklist answers gate the handoff, which copies the note in Firefox', async ({ firefox }) => {
  firefox.serve(/^https:\/\/mail\.google\.com\//, fixture('gmail/message.html'));
  const sidebar = await firefox.openExtensionPage('sidepanel.html');
  expect(await clipLead(await firefox.openTab(GMAIL_URL))).toBe('Lead saved');
  await openLead(sidebar, 'Priya Raman');

  await answer(sidebar, QUESTIONS.budget, 'Yes');
  await answer(sidebar, QUESTIONS.authority, 'Unknown');
  // The lead's action bar opens the folded handoff section.
  await sidebar.click({ role: 'button', name: 'Handoff' });
  await sidebar.click({ role: 'button', name: 'Hand off' });
  await expect
    .poll(async () => (await sidebar.inspect({ role: 'alert' }))?.text)
    .toBe(`Hand off needs an answer (yes or no) to: "${QUESTIONS.authority}", "${QUESTIONS.need}", "${QUESTIONS.timing}".`);
  expect(await readStore(sidebar, 'handoffs')).toStrictEqual([]);

  for (const question of [QUESTIONS.authority, QUESTIONS.need, QUESTIONS.timing, QUESTIONS.fit]) await answer(sidebar, question, 'Yes');
  await expect.poll(async () => (await sidebar.inspect({ role: 'textbox', name: 'Handoff note' }))?.value).toMatch(/^Handoff: Priya Raman\b/);
  await sidebar.click({ role: 'button', name: 'Hand off' });
  await expect.poll(() => statusText(sidebar, 'Handed off')).toBe('Handed off: the note is on the clipboard.');

  const clipboard = await firefox.readClipboard();
  expect(clipboard).toMatch(/^Handoff: Priya Raman\b/);
  const [handoff] = await readStore(sidebar, 'handoffs');
  expect(handoff).toMatchObject({ via: 'copy', format: 'text', result: { ok: true } });
  // Read back from Firefox's clipboard the text ends with a line break the copied note does not have.
  expect(clipboard.trimEnd()).toBe(handoff!.note);
  expect((await readStore(sidebar, 'leads'))[0]).toMatchObject({ stage: 'handed_off', tier: 'sql' });
});

test('the options page exports the leads as CSV, imports a small CSV and erases everything in Firefox', async ({ firefox }) => {
  firefox.serve(/^https:\/\/mail\.google\.com\//, fixture('gmail/message.html'));
  expect(await clipLead(await firefox.openTab(GMAIL_URL))).toBe('Lead saved');
  const options = await firefox.openExtensionPage('options.html');

  await options.click({ role: 'button', name: 'Export CSV' });
  await expect.poll(() => statusText(options, 'Exported')).toBe('Exported 1 lead.');
  await expect.poll(async () => [...(await firefox.downloads()).keys()]).toHaveLength(1);
  const [file, text] = [...(await firefox.downloads()).entries()][0]!;
  expect(file).toMatch(/\.csv$/);
  expect(text).toContain('Priya Raman');
  expect(text).toContain('priya.raman@northwind-logistics.example');

  await options.attachFile({ role: 'file', name: 'CSV file or LeadClip backup (.json)' }, { name: 'contacts.csv', type: 'text/csv', text: CSV });
  await options.click({ role: 'button', name: 'Import 2 rows' });
  await expect.poll(() => statusText(options, 'Import finished')).toBe('Import finished. 2 new, 0 merged into existing leads, 0 already present.');
  const names = (await readStore<{ fullName: string }>(options, 'leads')).map((lead) => lead.fullName).sort();
  expect(names).toStrictEqual(['Amara Okafor', 'Jonas Berg', 'Priya Raman']);

  await options.fill({ role: 'textbox', name: 'Type “erase everything” to confirm' }, 'erase everything');
  await options.click({ role: 'button', name: 'Erase everything' });
  await expect.poll(() => statusText(options, 'Erased')).toBe('Erased 3 leads and their history.');
  expect(await readStore(options, 'leads')).toStrictEqual([]);
  const sidebar = await firefox.openExtensionPage('sidepanel.html');
  expect((await waitForElement(sidebar, { role: 'region', name: 'Lead list' })).text).toContain('No leads yet.');
  expect(await listTexts(sidebar, LEADS)).toStrictEqual([]);
});
