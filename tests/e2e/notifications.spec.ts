// Issue 13 end to end: a form notification, a Calendly booking and a LinkedIn conversation,
// clipped from pages served at their real URLs; a spam-flagged notification is refused.
import type { Page } from '@playwright/test';
import { GMAIL_URL, expect, fixture, test } from './fixtures';

const THREAD_URL = 'https://www.linkedin.com/messaging/thread/2-ZDk1NGQ2YzEtMWY0Ni00ZGE3LWJmNzQtOGU0ZTk4N2RkNGUxXzAxMA==/';

/** Opens a lead from the side panel's list and returns its detail. */
async function openLead(sidePanel: Page, name: string) {
  await sidePanel.getByRole('list', { name: 'Leads' }).getByRole('button', { name: new RegExp(name) }).click();
  return sidePanel.getByRole('article', { name });
}

/** Pending tasks of every lead, straight from the extension's database (the side panel's origin). */
function pendingTaskKinds(sidePanel: Page): Promise<string[]> {
  return sidePanel.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('leadclip');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('tasks').objectStore('tasks').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve((all.result as { kind: string; status: string }[]).filter((task) => task.status === 'pending').map((task) => task.kind).sort());
          };
        };
      }),
  );
}

test('a form notification becomes the person who asked, with the request and channel form (a form tool is no source platform); spam is refused', async ({ openGmailBesideSidePanel, serve }) => {
  const { sidePanel, gmail } = await openGmailBesideSidePanel(fixture('notifications/jotform-en.html'));

  await gmail.getByRole('button', { name: 'Clip lead' }).click();
  await expect(gmail.getByRole('status')).toHaveText('Lead saved');
  const leads = sidePanel.getByRole('list', { name: 'Leads' });
  await expect(leads.getByRole('listitem')).toHaveCount(1);
  await expect(leads.getByRole('listitem').first()).toContainText('Terrence Blake');
  await expect(leads.getByRole('listitem').first()).toContainText('form');
  const review = sidePanel.getByRole('region', { name: 'Latest capture' });
  await expect(review.getByLabel('Emails')).toHaveValue('tblake@blakeproperties.example');
  await expect(review.getByLabel('Interest')).toHaveValue(/Storm damage on two rental duplexes/);

  const detail = await openLead(sidePanel, 'Terrence Blake');
  await detail.locator('summary', { hasText: 'Source and consent' }).click();
  // A website form's tool (Jotform) is no source platform: the lead came from the site itself (issue 13).
  await expect(detail.getByText('Asked about', { exact: true })).toBeVisible();
  await expect(detail.getByText('Source platform', { exact: true })).toHaveCount(0);
  await expect(detail.getByText('Roof repair', { exact: true })).toBeVisible();

  await serve(/^https:\/\/mail\.google\.com\//, fixture('notifications/spam-flagged.html'));
  // Another mailbox path: a real navigation, not a hash change inside the open page.
  await gmail.goto(GMAIL_URL.replace('/u/0/', '/u/1/'));
  await gmail.getByRole('button', { name: 'Clip lead' }).click();
  await expect(gmail.getByRole('status')).toHaveText(/^Not saved: This notification was flagged as spam/);
  await sidePanel.getByRole('button', { name: '← Back to leads' }).click();
  await expect(leads.getByRole('listitem')).toHaveCount(1);
});

test('a Calendly booking creates the invitee’s lead and books the meeting with its confirmation reminder', async ({ openGmailBesideSidePanel }) => {
  const { sidePanel, gmail } = await openGmailBesideSidePanel(fixture('notifications/calendly-new-event.html'));

  await gmail.getByRole('button', { name: 'Clip lead' }).click();
  await expect(gmail.getByRole('status')).toHaveText('Lead saved');
  const review = sidePanel.getByRole('region', { name: 'Latest capture' });
  await expect(review.getByLabel('Interest')).toHaveValue('We are evaluating route planning for 25 vans.');

  const detail = await openLead(sidePanel, 'Priya Natarajan');
  await detail.locator('summary', { hasText: 'Activity (' }).click();
  await detail.locator('summary', { hasText: 'Source and consent' }).click();
  await expect(detail.getByRole('region', { name: 'Activity' }).getByText(/^Meeting booked for /)).toBeVisible();
  await expect(detail.getByText('Calendly', { exact: true })).toBeVisible();
  expect(await pendingTaskKinds(sidePanel)).toContain('meeting_confirmation');
});

test('a LinkedIn conversation gives the other participant, never the member, and their newest message', async ({ context, serve, openExtensionPage }) => {
  await serve(/^https:\/\/www\.linkedin\.com\//, fixture('linkedin/messaging-thread.html'));
  const sidePanel = await openExtensionPage('sidepanel.html');
  const linkedin = await context.newPage();
  await linkedin.goto(THREAD_URL);

  await linkedin.getByRole('button', { name: 'Clip lead' }).click();
  await expect(linkedin.getByRole('status')).toHaveText('Lead saved');
  const leads = sidePanel.getByRole('list', { name: 'Leads' });
  await expect(leads.getByRole('listitem')).toHaveCount(1);
  await expect(leads.getByRole('listitem').first()).toContainText('Elena Vasquez');
  await expect(leads.getByRole('listitem').first()).toContainText('Head of Sales Operations · Brightline Freight');
  await expect(leads.getByRole('listitem').first()).toContainText('LinkedIn');
  const review = sidePanel.getByRole('region', { name: 'Latest capture' });
  await expect(review.getByLabel('LinkedIn URL')).toHaveValue('https://www.linkedin.com/in/elena-vasquez-4b21a9/');
  await expect(review.getByLabel('Interest')).toHaveValue('Could you send pricing for 40 seats before Friday?');
});

test('a chat overlay over the feed has its own Clip lead button, which takes that conversation’s participant', async ({ context, serve, openExtensionPage }) => {
  await serve(/^https:\/\/www\.linkedin\.com\//, fixture('linkedin/messaging-overlay.html'));
  const sidePanel = await openExtensionPage('sidepanel.html');
  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/feed/');

  const overlay = linkedin.locator('.msg-overlay-conversation-bubble:not(.msg-overlay-conversation-bubble--is-minimized)');
  await overlay.getByRole('button', { name: 'Clip lead' }).click();
  await expect(overlay.getByRole('status')).toHaveText('Lead saved');
  const leads = sidePanel.getByRole('list', { name: 'Leads' });
  await expect(leads.getByRole('listitem')).toHaveCount(1);
  await expect(leads.getByRole('listitem').first()).toContainText('Kofi Mensah');
  await expect(sidePanel.getByRole('region', { name: 'Latest capture' }).getByLabel('Interest')).toHaveValue(/do you integrate with SAP/);
});
