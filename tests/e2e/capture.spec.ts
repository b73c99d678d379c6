import { expect, fixture, test } from './fixtures';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKpQbVbGnKwDzRlMxQtFp';

test('clipping a Gmail message shows the lead in the open side panel', async ({ context, serve, openExtensionPage }) => {
  await serve(/^https:\/\/mail\.google\.com\//, fixture('gmail/message.html'));
  const sidePanel = await openExtensionPage('sidepanel.html');
  await expect(sidePanel.getByText(/No leads yet/)).toBeVisible();

  const gmail = await context.newPage();
  await gmail.goto(GMAIL_URL);
  await gmail.getByRole('button', { name: 'Clip lead' }).click();
  await expect(gmail.getByRole('status')).toHaveText('Lead saved');

  const leads = sidePanel.getByRole('list', { name: 'Leads' });
  await expect(leads.getByRole('listitem')).toHaveCount(1);
  await expect(leads.getByRole('listitem').first()).toContainText('Priya Raman');
  await expect(leads.getByRole('listitem').first()).toContainText('email');
});
