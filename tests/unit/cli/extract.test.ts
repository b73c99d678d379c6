import { extractFile } from '@/lib/cli/extract';

describe('extraction CLI', () => {
  it('a saved form notification: the person, with interest, budget, channel and inquiry time on the line', async () => {
    const line = await extractFile({ file: 'tests/fixtures/notifications/text/wpforms-plain.txt', url: null });
    expect('lead' in line && line.lead).toMatchObject({
      fullName: 'Rosa Delgado',
      emails: ['rosa.delgado@delgado-vineyards.example'],
      phones: ['+17075550144'],
      company: 'Delgado Vineyards',
      channel: 'form',
      interest: 'Our drip irrigation covers 6 acres and needs a redesign before spring planting.',
      budget: { amount: 12000, currency: 'USD' },
      inquiryAt: Date.UTC(2026, 11, 7, 14, 20),
      product: 'Irrigation redesign',
    });
  });

  it('a notification that is not a lead is an error line with the reason', async () => {
    const line = await extractFile({
      file: 'tests/fixtures/notifications/calendly-canceled.html',
      url: new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKpQbVbGnKwDzRlMxQtFp'),
    });
    expect(line).toStrictEqual({
      file: 'tests/fixtures/notifications/calendly-canceled.html',
      error: 'not a lead: This is a cancelled booking, not a new inquiry.',
    });
  });

  it('a personal email keeps its lead line, with null for the notification fields', async () => {
    const line = await extractFile({ file: 'tests/fixtures/notifications/text/personal.txt', url: null });
    expect('lead' in line && [line.lead.fullName, line.lead.channel, line.lead.budget, line.lead.sourcePlatform]).toStrictEqual(['Hannah Weiss', 'email', null, null]);
  });
});
