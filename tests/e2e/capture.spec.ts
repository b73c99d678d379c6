import { expect, test } from './fixtures';

test('clipping a Gmail message shows the lead in the open side panel', async ({ openGmailBesideSidePanel }) => {
  const { sidePanel, gmail } = await openGmailBesideSidePanel();
  await gmail.getByRole('button', { name: 'Clip lead' }).click();
  await expect(gmail.getByRole('status')).toHaveText('Lead saved');

  const leads = sidePanel.getByRole('list', { name: 'Leads' });
  await expect(leads.getByRole('listitem')).toHaveCount(1);
  await expect(leads.getByRole('listitem').first()).toContainText('Priya Raman');
  await expect(leads.getByRole('listitem').first()).toContainText('Email');
});
