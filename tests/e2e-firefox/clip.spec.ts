// Clipping in Firefox: a Gmail message at mail.google.com and a LinkedIn profile at
// www.linkedin.com, with the lead appearing in the open sidebar page. The same fixture pages as the
// Chromium suite (tests/e2e/clip.spec.ts).
import { GMAIL_URL, fixture } from '../e2e/fixtures';
import { LEADS, clipLead, listTexts } from '../e2e/driver/views';
import { expect, test } from './fixtures';

/** Where `npm run test:e2e:firefox` saves the README's Firefox screenshot when set. */
const SHOTS = process.env.LEADCLIP_SCREENSHOTS;
const LINKEDIN_URL = 'https://www.linkedin.com/in/ada-lovelace-42/';
const REVIEW = { role: 'region', name: 'Latest capture' } as const;

test('clipping a Gmail thread in Firefox shows the other party in the sidebar; a second clip updates it', async ({ firefox }) => {
  firefox.serve(/^https:\/\/mail\.google\.com\//, fixture('gmail/thread-rep-replied.html'));
  const sidebar = await firefox.openExtensionPage('sidepanel.html');
  const gmail = await firefox.openTab(GMAIL_URL);

  expect(await clipLead(gmail)).toBe('Lead saved');
  await expect.poll(() => listTexts(sidebar, LEADS)).toHaveLength(1);
  const [row] = await listTexts(sidebar, LEADS);
  expect(row).toContain('Marta Kowalska');
  expect(row).toContain('Head of Logistics · Vistula Freight Sp. z o.o.');
  await expect.poll(async () => (await sidebar.inspect({ role: 'status', within: REVIEW }))?.text).toBe('Lead saved: Marta Kowalska');
  expect((await sidebar.inspect({ role: 'textbox', name: 'Emails', within: REVIEW }))?.value).toBe('marta.kowalska@vistula-freight.example');
  expect((await sidebar.inspect({ role: 'textbox', name: 'Phones', within: REVIEW }))?.value).toBe('+48123456789\n+48601234567');
  // Firefox's taller text lines once squeezed the row's badge line below its content, cutting the badges off.
  const badgesFit = await sidebar.evaluate(() => [...document.querySelectorAll('.lead-meta')].every((line) => line.scrollHeight <= line.clientHeight), null);
  expect(badgesFit).toBe(true);
  if (SHOTS) await sidebar.screenshot(`${SHOTS}/sidebar.png`);

  expect(await clipLead(gmail)).toBe('Updated existing lead');
  await expect.poll(async () => (await sidebar.inspect({ role: 'status', within: REVIEW }))?.text).toBe('Updated existing lead: Marta Kowalska');
  expect(await listTexts(sidebar, LEADS)).toHaveLength(1);
});

test('clipping a LinkedIn profile in Firefox saves the profile, not the viewer', async ({ firefox }) => {
  firefox.serve(/^https:\/\/www\.linkedin\.com\//, fixture('linkedin/profile-2024.html'));
  const sidebar = await firefox.openExtensionPage('sidepanel.html');
  const linkedin = await firefox.openTab(LINKEDIN_URL);

  expect(await clipLead(linkedin)).toBe('Lead saved');
  await expect.poll(() => listTexts(sidebar, LEADS)).toHaveLength(1);
  const [row] = await listTexts(sidebar, LEADS);
  expect(row).toContain('Ada Lovelace');
  expect(row).toContain('Chief Technology Officer · Analytical Engines Ltd');
  expect(row).toContain('linkedin');
  await expect.poll(async () => (await sidebar.inspect({ role: 'textbox', name: 'LinkedIn URL', within: REVIEW }))?.value).toBe(LINKEDIN_URL);
  expect((await sidebar.inspect({ role: 'textbox', name: 'Location', within: REVIEW }))?.value).toBe('London, England, United Kingdom');
});
