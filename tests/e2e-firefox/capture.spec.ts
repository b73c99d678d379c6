// Capturing any page in Firefox: the rep right-clicks a page LeadClip has no host access to and
// chooses "Clip lead from page"; the background runs the page extractor with the activeTab grant
// of that click, saves the lead and says so in a notification.
import { fixture } from '../e2e/fixtures';
import { LEADS, listTexts, notifications } from '../e2e/driver/views';
import { expect, test } from './fixtures';

test('the context menu clips a page LeadClip has no host access to, through the activeTab grant', async ({ firefox }) => {
  firefox.serve(/^https:\/\/tidesummit\.example\//, fixture('pages/hcard.html'));
  const sidebar = await firefox.openExtensionPage('sidepanel.html');
  const page = await firefox.openTab('https://tidesummit.example/speakers');

  await firefox.chooseContextMenuItem(page, { role: 'link', name: 'Tomás Reyes' }, 'Clip lead from page');

  await expect.poll(() => listTexts(sidebar, LEADS)).toHaveLength(1);
  const [row] = await listTexts(sidebar, LEADS);
  expect(row).toContain('Tomás Reyes');
  expect(row).toContain('Director of Partnerships · Mareas Logística');
  const shown = Object.values(await notifications(sidebar)).map((note) => note.message);
  expect(shown).toStrictEqual(['Tomás Reyes: Lead saved. Review it in the side panel.']);
});

test('"Capture this tab" in the sidebar page says when the tab cannot be read', async ({ firefox }) => {
  const sidebar = await firefox.openExtensionPage('sidepanel.html');
  // The active tab is the sidebar page itself: an extension page no script may be injected into.
  await sidebar.click({ role: 'button', name: 'Capture this tab' });
  await expect.poll(async () => (await sidebar.inspect({ role: 'alert' }))?.text).toContain('LeadClip could not read this page.');
  expect(await sidebar.inspect(LEADS)).toBeNull();
});
