// Where the signature starts, on emails written for this test: the message's own sentences stay
// out of it even when they mention a number or an address, and a disclaimer ends it.
import { extractSignature, parseEmailText } from '@/lib/extract/signature';
import { VALEDICTION } from '@/lib/extract/signature-words';

describe('the signature starts below the message', () => {
  it('keeps a sentence that mentions a web address out of a short reply’s signature', () => {
    const email = ['Priya,', '', 'The portal is at partners.northwind-freight.com. Tell me if the login fails again.', '', 'Thanks,', 'Owen'].join('\n');
    expect(parseEmailText(email).signature).toStrictEqual(['Thanks,', 'Owen']);
  });

  it('takes a quoted header line that the mail client wrapped without its ">" for the quote, not for the sender’s block', () => {
    const email = [
      'Mark, this is acceptable to us. Shall I put it into the next draft?',
      '',
      'Steve',
      '',
      'mark.greenberg@kestrel.example wrote:',
      '> Steve - thanks for the response.',
      '>                    Steve Howard         To:     mark.greenberg@kestrel.example',
      '>                    05/01/2001           cc:     legal@kestrel.example, Mike',
      'Thackeray',
      '>                    06:59 PM             Subject:     BEA - KESTREL:  ',
      'NONDISCLOSURE',
      '>                                         AGREEMENT/LETTER]',
    ].join('\n');
    const parsed = parseEmailText(email, { name: 'Steve Howard', email: 'steve.howard@bea.example' });
    expect([parsed.body.filter((line) => line.trim()), parsed.fields.company]).toStrictEqual([['Mark, this is acceptable to us. Shall I put it into the next draft?'], null]);
    // An answer typed between quoted lines is the writer's own text.
    const inline = ['See my answers below.', '', '> Can you do Tuesday at ten for the walkthrough?', 'Yes, Tuesday works.', '> And the budget?', 'Around 40k.'].join('\n');
    expect(parseEmailText(inline).body.join('\n')).toContain('Yes, Tuesday works.');
  });

  it('leaves out a reply header the client wrapped, or wrote in a language no pattern lists, above the quoted mail', () => {
    const wrapped = ['Works for me, see you Thursday.', '', 'Stefan', '', 'On Wed, Dec 9, Marta Oyelaran', '<marta@brightwell.example>', 'wrote:', '> Can we move the call to Thursday?'].join('\n');
    expect(parseEmailText(wrapped, { name: 'Stefan Lindqvist', email: 'stefan@lindqvist.example' }).fields).toMatchObject({ company: null, emails: [] });
    const dutch = ['Prima, dan plannen we de demo in.', '', 'Op 12 december 2026 19:05 schreef Klantenservice Brightwell <', 'support@brightwell.example>:', '', '> Beste Jeroen, wanneer past het?'].join('\n');
    expect(parseEmailText(dutch, {}).fields).toMatchObject({ company: null, emails: [] });
    const hungarian = ['Köszönöm!', '', '2026.02.08. 7:31 keltezéssel, "Kovács Eszter" írta:', '> Nagyon tetszik a termék.', '', '-- ', 'Tóth Gábor', 'gabor.toth@example.hu'].join('\n');
    expect(parseEmailText(hungarian, {}).fields).toMatchObject({ fullName: 'Tóth Gábor', phones: [] });
    // A signature right above a whole "On … wrote:" line is the writer's.
    const signed = ['Thanks,', 'Ada King', 'Brightwell Ltd', 'ada@brightwell.example', 'On Tue, 3 Mar 2026 at 10:02, Bob <bob@x.example> wrote:', '> Any news?'].join('\n');
    expect(parseEmailText(signed, { name: 'Ada King', email: 'ada@brightwell.example' }).fields.company).toBe('Brightwell Ltd');
  });

  it('ends the message at a mailing list’s or a Google Group’s footer: the list’s address is nobody’s', () => {
    const mailman = ['Hi folks', '', 'What is the best way to clear a bucket after a test?', '', '-Priya Raman', '', '__', 'acme-users mailing list', 'acme-users@lists.acme.example', 'http://lists.acme.example/mailman/listinfo/acme-users'].join('\n');
    expect(extractSignature(mailman)).toMatchObject({ fullName: 'Priya Raman', emails: [], website: null });
    const group = [
      'Thanks, that fixed it.',
      '',
      'Jonas Weber',
      'Weber Systems GmbH',
      '+49 30 5550 1234',
      '',
      '--',
      'You received this message because you are subscribed to the Google Groups "acme-dev" group.',
      'To unsubscribe from this group and stop receiving emails from it, send an email to acme-dev+unsubscribe@googlegroups.example.',
    ].join('\n');
    expect(extractSignature(group)).toMatchObject({ fullName: 'Jonas Weber', company: 'Weber Systems GmbH', emails: [] });
  });

  it('does not take a colleague’s number quoted in a sentence for the sender’s phone', () => {
    const email = [
      'Marcus:  I spoke with Dana Whitfield (+44 20 7946 0321) this morning and she has the draft.  Regards.  Lena',
      '',
      'Lena Okafor',
      'Contracts Manager',
      'Brightwater Utilities Ltd.',
      'Ph:  (312) 555-0148',
    ].join('\n');
    const lead = extractSignature(email, null, { name: 'Lena Okafor', email: 'lena.okafor@brightwater.example' });
    expect(lead?.phones).toStrictEqual([{ number: '(312) 555-0148', type: 'office' }]);
    expect(lead?.title).toBe('Contracts Manager');
  });

  it('ends the signature at a disclaimer whose telling words wrap onto its second line', () => {
    const email = [
      'Team,',
      '',
      'Settlement files for March are on the shared drive; please check your desks before Thursday.',
      '',
      'Thank you,',
      '',
      'Harrow & Vale Clearing Services, Inc.',
      '',
      'This message and any attachments (the "message") is',
      'intended solely for the addressees and is confidential.',
      'If you receive this message in error, please delete it.',
    ].join('\n');
    expect(extractSignature(email, null, { email: 'ops@harrowvale.example' })?.company).toBe('Harrow & Vale Clearing Services, Inc.');
  });
});

describe('closing lines and a block without a role', () => {
  it.each(['Have a nice day,', 'Have a great weekend!', 'Schönes Wochenende', 'Buona giornata,', 'Buen día.'])('takes "%s" for a closing line', (line) => {
    expect(VALEDICTION.test(line)).toBe(true);
  });

  it('gives the department as the title when the block names no role', () => {
    const block = ['Deb Okonkwo', 'Northgate Energy Corp.', 'Northgate Legal Dept.', '1400 Travis Street, Room 3819', 'Houston, TX  77002', 'Phone:  713-555-0148'].join('\n');
    expect(extractSignature(block)).toMatchObject({ fullName: 'Deb Okonkwo', title: 'Northgate Legal Dept.', company: 'Northgate Energy Corp.' });
  });
});

describe('fax numbers however they are written', () => {
  it('reads "Fx:" and a "+" typed apart from its country code as fax labels and numbers', () => {
    const block = ['Aino Virtanen', 'Debt Capital Markets', 'Pohjola Trade Bank Plc', 'Tel. + 358 9 165 51234', 'Fax. + 358 9 627 900', 'Fx: 917.555.0177'].join('\n');
    expect(extractSignature(block)?.phones).toStrictEqual([
      { number: '+358 9 165 51234', type: 'office' },
      { number: '+358 9 627 900', type: 'fax' },
      { number: '917.555.0177', type: 'fax' },
    ]);
  });
});
