import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractFile } from '@/lib/cli/extract';
import { savedMessage } from '@/lib/extract/raw-email';

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

  it('a saved message\'s header block gives the sender, as Gmail\'s header does, and is not read as a forward', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leadclip-cli-'));
    const file = path.join(dir, 'reply.eml');
    const eml = ['From: "Okafor, Chidi" <chidi.okafor@lagoonfreight.example>', 'To: sales@leadclip.test', 'Subject: Re: 12 reefer units', 'Date: Mon, 7 Dec 2026 09:12:00 +0000', '', 'Thursday at 10 works. Can you bring the maintenance terms?', '', 'Chidi', '', 'Lagoon Freight Ltd', 'Fleet Manager', '+234 1 555 0147'];
    writeFileSync(file, eml.join('\r\n'));
    const line = await extractFile({ file, url: null });
    expect('lead' in line && line.lead).toMatchObject({ fullName: 'Chidi Okafor', title: 'Fleet Manager', company: 'Lagoon Freight Ltd', emails: ['chidi.okafor@lagoonfreight.example'], phones: ['+234 1 555 0147'] });
    expect(savedMessage('No header here.\n\nJust text.')).toStrictEqual({ body: 'No header here.\n\nJust text.', headers: new Map(), hints: {} });
  });
});

