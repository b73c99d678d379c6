import type { browser } from 'wxt/browser';
import { expect, fixture, test } from './fixtures';

const LINKEDIN_URL = 'https://www.linkedin.com/in/ada-lovelace-42/';

test('clipping a Gmail thread saves the other party with the right fields, and clipping again updates it', async ({ openGmailBesideSidePanel }) => {
  const { sidePanel, gmail } = await openGmailBesideSidePanel(fixture('gmail/thread-rep-replied.html'));

  await gmail.getByRole('button', { name: 'Clip lead' }).click();
  await expect(gmail.getByRole('status')).toHaveText('Lead saved');

  const leads = sidePanel.getByRole('list', { name: 'Leads' });
  await expect(leads.getByRole('listitem')).toHaveCount(1);
  await expect(leads.getByRole('listitem').first()).toContainText('Marta Kowalska');
  await expect(leads.getByRole('listitem').first()).toContainText('Head of Logistics · Vistula Freight Sp. z o.o.');
  const review = sidePanel.getByRole('region', { name: 'Latest capture' });
  await expect(review.getByRole('status')).toHaveText('Lead saved: Marta Kowalska');
  await expect(review.getByLabel('Emails')).toHaveValue('marta.kowalska@vistula-freight.example');
  await expect(review.getByLabel('Phones')).toHaveValue('+48 12 345 67 89\n+48 601 234 567');
  await expect(review.getByLabel('Website')).toHaveValue('https://www.vistula-freight.example');

  // The same message again brings nothing new: said so, and the timeline is left alone.
  await gmail.getByRole('button', { name: 'Clip lead' }).click();
  await expect(gmail.getByRole('status')).toHaveText('Already saved: nothing new');
  await expect(review.getByRole('status')).toHaveText('Lead saved: Marta Kowalska');
  await expect(leads.getByRole('listitem')).toHaveCount(1);
});

test('clipping a LinkedIn profile saves the profile, not the viewer; a second clip updates; Undo restores', async ({ context, serve, openExtensionPage }) => {
  await serve(/^https:\/\/www\.linkedin\.com\//, fixture('linkedin/profile-2024.html'));
  const sidePanel = await openExtensionPage('sidepanel.html');
  const linkedin = await context.newPage();
  await linkedin.goto(LINKEDIN_URL);

  await linkedin.getByRole('button', { name: 'Clip lead' }).click();
  await expect(linkedin.getByRole('status')).toHaveText('Lead saved');
  const leads = sidePanel.getByRole('list', { name: 'Leads' });
  await expect(leads.getByRole('listitem')).toHaveCount(1);
  await expect(leads.getByRole('listitem').first()).toContainText('Ada Lovelace');
  await expect(leads.getByRole('listitem').first()).toContainText('Chief Technology Officer · Analytical Engines Ltd');
  await expect(leads.getByRole('listitem').first()).toContainText('LinkedIn');
  const review = sidePanel.getByRole('region', { name: 'Latest capture' });
  await expect(review.getByLabel('LinkedIn URL')).toHaveValue(LINKEDIN_URL);
  await expect(review.getByLabel('Location')).toHaveValue('London, England, United Kingdom');

  // The single-page app re-renders the heading and changes the URL: still exactly one button.
  await linkedin.evaluate(() => {
    const heading = document.querySelector('main h1')!;
    const parent = heading.parentElement!;
    heading.remove();
    history.pushState({}, '', '/in/ada-lovelace-42/?miniProfile=1');
    parent.prepend(heading.cloneNode(true));
  });
  await expect(linkedin.getByRole('button', { name: 'Clip lead' })).toHaveCount(1);

  // The same profile again brings nothing new: said so, with nothing to undo.
  await linkedin.getByRole('button', { name: 'Clip lead' }).click();
  await expect(linkedin.getByRole('status')).toHaveText('Already saved: nothing new');
  await expect(linkedin.getByRole('button', { name: 'Undo' })).toBeHidden();

  // A profile that now says something else updates the lead, and Undo takes that back.
  await linkedin.evaluate(() => (document.querySelector('span.text-body-small')!.textContent = 'Cambridge, England, United Kingdom'));
  await linkedin.getByRole('button', { name: 'Clip lead' }).click();
  await expect(linkedin.getByRole('status')).toHaveText('Updated existing lead');
  await expect(leads.getByRole('listitem')).toHaveCount(1);

  await linkedin.getByRole('button', { name: 'Undo' }).click();
  await expect(linkedin.getByRole('status')).toHaveText('Update undone');
  await expect(leads.getByRole('listitem')).toHaveCount(1);
});

test('the side panel says when the active tab cannot be read and offers selection capture', async ({ openExtensionPage }) => {
  const sidePanel = await openExtensionPage('sidepanel.html');
  // The active tab is the side panel page itself: an extension page no script may be injected into.
  await sidePanel.getByRole('button', { name: 'Capture this tab' }).click();
  await expect(sidePanel.getByRole('alert')).toContainText('LeadClip could not read this page.');
  await expect(sidePanel.getByRole('alert')).toContainText('Clip selection as lead');
  await expect(sidePanel.getByRole('list', { name: 'Leads' })).toHaveCount(0);
});

test('the page extractor injected by the menu and shortcut returns the draft from the tab', async ({ context, serve, serviceWorker }) => {
  await serve(/^https:\/\/www\.linkedin\.com\//, fixture('linkedin/profile-2025-hashed.html'));
  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/in/grace-hopper/');
  const draft = await serviceWorker.evaluate(async () => {
    // Runs inside the extension's service worker, where `chrome` is the extension API.
    const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
    const [tab] = await api.tabs.query({ url: 'https://www.linkedin.com/*' });
    const [injection] = await api.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/page-extract.js'] });
    return injection?.result;
  });
  expect(draft).toMatchObject({ fullName: 'Grace Hopper', title: 'Rear Admiral', company: 'United States Navy', channel: 'linkedin' });
});
