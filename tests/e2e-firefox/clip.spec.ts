// Clipping in Firefox: a Gmail message at mail.google.com and a LinkedIn profile at
// www.linkedin.com, with the lead appearing in the open sidebar page. The same fixture pages as the
// Chromium suite (tests/e2e/clip.spec.ts).
import { GMAIL_URL, fixture } from '../e2e/fixtures';
import { LEADS, clipLead, listTexts } from '../e2e/driver/views';
import type { ExtensionBrowser } from '../e2e/driver/types';
import { expect, test } from './fixtures';

/** Where `npm run test:e2e:firefox` saves the README's Firefox screenshot when set. */
const SHOTS = process.env.LEADCLIP_SCREENSHOTS;
const LINKEDIN_URL = 'https://www.linkedin.com/in/ada-lovelace-42/';
const REVIEW = { role: 'region', name: 'Latest capture' } as const;

/** Serves `html` at the site, opens the sidebar page and the site's tab, clips, and waits for the one row. */
async function clipBesideSidebar(firefox: ExtensionBrowser, site: RegExp, html: string, url: string) {
  firefox.serve(site, html);
  const sidebar = await firefox.openExtensionPage('sidepanel.html');
  const tab = await firefox.openTab(url);
  expect(await clipLead(tab)).toBe('Lead saved');
  await expect.poll(() => listTexts(sidebar, LEADS)).toHaveLength(1);
  const [row] = await listTexts(sidebar, LEADS);
  return { sidebar, tab, row: row! };
}

test('clipping a Gmail thread in Firefox shows the other party in the sidebar; a second clip of the same thread changes nothing', async ({ firefox }) => {
  const gmailSite = /^https:\/\/mail\.google\.com\//;
  const { sidebar, tab: gmail, row } = await clipBesideSidebar(firefox, gmailSite, fixture('gmail/thread-rep-replied.html'), GMAIL_URL);
  expect(row).toContain('Marta Kowalska');
  expect(row).toContain('Head of Logistics · Vistula Freight Sp. z o.o.');
  await expect.poll(async () => (await sidebar.inspect({ role: 'status', within: REVIEW }))?.text).toBe('Lead saved: Marta Kowalska');
  // The capture card is one line after a save; Review unfolds the fields.
  await sidebar.click({ role: 'button', name: 'Review', within: REVIEW });
  expect((await sidebar.inspect({ role: 'textbox', name: 'Emails', within: REVIEW }))?.value).toBe('marta.kowalska@vistula-freight.example');
  expect((await sidebar.inspect({ role: 'textbox', name: 'Phones', within: REVIEW }))?.value).toBe('+48 12 345 67 89\n+48 601 234 567');
  // Firefox's taller text lines once squeezed the row's badge line below its content, cutting the badges off.
  const badgesFit = await sidebar.evaluate(() => [...document.querySelectorAll('.lead-meta')].every((line) => line.scrollHeight <= line.clientHeight), null);
  expect(badgesFit).toBe(true);
  if (SHOTS) await sidebar.screenshot(`${SHOTS}/sidebar.png`);

  // The same thread again brings nothing new: said so, and the lead and its timeline stay as they were.
  expect(await clipLead(gmail)).toBe('Already saved: nothing new');
  await expect.poll(async () => (await sidebar.inspect({ role: 'status', within: REVIEW }))?.text).toBe('Lead saved: Marta Kowalska');
  expect(await listTexts(sidebar, LEADS)).toHaveLength(1);
});

test('clipping a LinkedIn profile in Firefox saves the profile, not the viewer', async ({ firefox }) => {
  const linkedinSite = /^https:\/\/www\.linkedin\.com\//;
  const { sidebar, row } = await clipBesideSidebar(firefox, linkedinSite, fixture('linkedin/profile-2024.html'), LINKEDIN_URL);
  expect(row).toContain('Ada Lovelace');
  expect(row).toContain('Chief Technology Officer · Analytical Engines Ltd');
  expect(row).toContain('LinkedIn');
  await sidebar.click({ role: 'button', name: 'Review', within: REVIEW });
  await expect.poll(async () => (await sidebar.inspect({ role: 'textbox', name: 'LinkedIn URL', within: REVIEW }))?.value).toBe(LINKEDIN_URL);
  expect((await sidebar.inspect({ role: 'textbox', name: 'Location', within: REVIEW }))?.value).toBe('London, England, United Kingdom');
});
