// Who sent the mail under a forward or a quote, as real mail clients write it (issue 16, round 4):
// Lotus Notes headers set in columns with wrapped recipient lists, quoted display names, Exchange
// names with a department in brackets, and the lines at the end of a message that name nobody.
// Every message is written for this test.
import { extractSignature, parseEmailText } from '@/lib/extract/signature';
import { decodedQuotedPrintable } from '@/lib/extract/raw-email';

const TANA = { name: 'Tana Wells', email: 'tana.wells@northgate.example' };

describe('the sender of a forwarded Lotus Notes mail', () => {
  it('is the name above the date, not a recipient whose name wraps onto the next line', () => {
    const email = [
      'FYI',
      '----- Forwarded by Tana Wells/HOU/NGT on 05/23/2000 08:17 AM -----',
      '',
      '\tPaul Simmonds',
      '\t05/23/2000 05:14 AM',
      '\t\t',
      '\t\t To: Tana Wells/HOU/NGT@NGT',
      '\t\t cc: Mark Ellison/LON/NGT@NGT, Justin Bode/LON/NGT@NGT, Edmund ',
      'Cowper/LON/NGT@NGT',
      '\t\t Subject: Re: futures exchanges',
      '',
      'No, but we have looked at the question before. I will send you what we have.',
      '',
      'Paul',
    ].join('\n');
    expect(extractSignature(email, null, TANA)?.fullName).toBe('Paul Simmonds');
  });

  it('never takes an address from the "To:" line for the sender', () => {
    const email = [
      'Thought you would like this.',
      '',
      'Ryan Pollard',
      'Senior Geologist',
      'Gulf Coast Exploration Co.',
      '713.555.0139 Telephone',
      '----- Forwarded by Ryan Pollard/U-Houston/GCE on 03/08/01 08:12 AM',
      '-----',
      '',
      '                    CHAINMAIL99@aol.',
      '                    com                  To:     friend.one@aol.com, ',
      'friend.two@yahoo.com, ryan.pollard@gce.example',
      '                                         cc:',
      '                    03/05/01 09:43       Subject:     Tax time',
      '',
      'What will the new tax plan mean to your family? Try the calculator.',
    ].join('\n');
    const lead = extractSignature(email, null, { name: 'Ryan Pollard', email: 'ryan.pollard@gce.example' });
    expect(lead?.emails).not.toContain('friend.one@aol.com');
    // The forwarded sender's address is unreadable: the forwarder, who signed in full, is the one writing.
    expect(lead).toMatchObject({ fullName: 'Ryan Pollard', title: 'Senior Geologist', company: 'Gulf Coast Exploration Co.' });
  });

  it('reads a quoted "Last, First" display name whole and in reading order', () => {
    const email = [
      '---------------------- Forwarded by Don Mueller/HOU/NGT on 12/04/2000 10:10 AM ---------------------------',
      '',
      '"Tanaka, David" <dtanaka@cinder-power.example> on 11/30/2000 07:45:51 PM',
      'To: "\'don.mueller@northgate.example\'" <don.mueller@northgate.example>',
      'cc: "Whitfield, Robert" <rwhitfield@cinder-power.example>',
      'Subject: Question 2',
      '',
      'Don, can you confirm the start-up sequence of the units?',
    ].join('\n');
    const lead = extractSignature(email, null, { name: 'Don Mueller', email: 'don.mueller@northgate.example' });
    expect(lead).toMatchObject({ fullName: 'David Tanaka', emails: ['dtanaka@cinder-power.example'] });
  });

  it('keeps a firm\'s quoted name as written rather than turning it round', () => {
    const parsed = parseEmailText(
      [
        '---------------------- Forwarded by Susan Park/ET&S/NGT on 07/10/2000 11:00 AM ---------------------------',
        '',
        '"Gallant, Bower & Mayne" <filings@gbm-law.example> on 07/10/2000 11:01:27 AM',
        'To: "Susan Park" <susan_park@northgate.example>',
        'Subject: Reply comments',
        '',
        'Attached are the reply comments.',
      ].join('\n'),
      { name: 'Susan Park', email: 'susan.park@northgate.example' },
    );
    expect(parsed.sender).toStrictEqual({ name: 'Gallant, Bower & Mayne', email: 'filings@gbm-law.example' });
  });

  it('turns an Outlook "From:" without an address round, without its bracketed department', () => {
    const forward = (from: string) =>
      parseEmailText(['', '-----Original Message-----', `From: ${from}`, 'Sent: Friday, November 02, 2001 10:00 AM', 'To: Arora, Harry', 'Subject: FW: rates', '', 'See the attached rates.'].join('\n'), {
        name: 'Harry Arora',
        email: 'harry.arora@northgate.example',
        subject: 'FW: rates',
      }).sender.name;
    expect(forward('Wang, Steve ')).toBe('Steve Wang');
    expect(forward('Niles, Ray [EQRE]')).toBe('Ray Niles');
  });

  it('reads a Notes reply header whose "To:" list wraps over several lines as a quote, not a forward', () => {
    const email = [
      "thanks. who's jeff sheldon?",
      '',
      '\tPaul Kaufmann@NGT',
      '\t03/05/2001 01:29 PM',
      '\t\t ',
      '\t\t To: Richard Shah/NA/NGT@NGT, James D Stiles/NA/NGT@NGT, Susan J ',
      'Marra/NA/NGT@NGT, Harry Kinger, Jeff Dasko, Sandra ',
      'McCobb/NA/NGT@NGT',
      '\t\t cc: ',
      '\t\t Subject: California',
      '',
      'FYI.',
      '---------------------- Forwarded by Paul Kaufmann/PDX/NGT on 03/05/2001 11:35 AM ---------------------------',
      '',
      'Jeff Sheldon',
      '02/26/2001 09:46 AM',
      'To: Laird Dwyer/SF/NGT@NGT',
      'Subject: California',
      '',
      'Here is the summary.',
    ].join('\n');
    const parsed = parseEmailText(email, { name: 'Jeff Dasko', email: 'jeff.dasko@northgate.example' });
    expect(parsed.forwarded).toBe(false);
    expect(extractSignature(email, null, { name: 'Jeff Dasko', email: 'jeff.dasko@northgate.example' })?.fullName).toBe('Jeff Dasko');
  });
});

describe('names at the end of a message', () => {
  it('gives a signed first name or nickname the header\'s full name', () => {
    const email = ['Let us know if you are coming to DC. Talk to you later.', '', 'Luke'].join('\n');
    expect(extractSignature(email, null, { name: 'Chris Lukasik', email: 'clukasik@hitt.example' })?.fullName).toBe('Chris Lukasik');
    expect(extractSignature('Any questions, please call me.\n\nregards,\n\nDon', null, { name: 'Donald Black', email: 'donald.black@northgate.example' })?.fullName).toBe('Donald Black');
  });

  it('does not read a line that names nobody the sender could be as a signature', () => {
    const agenda = ['Proposed agenda for tomorrow:', '', 'Update on the rehearing request', 'Claim for refunds made by utilities', 'Consumers Union'].join('\n');
    expect(parseEmailText(agenda, { name: 'Ray Alvarado', email: 'ray.alvarado@northgate.example' }).signature).toBeNull();
    expect(parseEmailText('FYI', TANA).signature).toBeNull();
    const executed = ['We have received the following executed Master Agreement:', '', 'Transactions Covered: all products with the exception of:', 'Foreign Exchange'].join('\n');
    expect(extractSignature(executed, null, TANA)?.fullName).toBe('Tana Wells');
  });

  it('still reads a short sign-off that is the sender\'s name or its short form', () => {
    expect(parseEmailText('See you at the game.\n\nBen', { name: 'Benjamin Rollins', email: 'benjamin.rollins@northgate.example' }).signature).toStrictEqual(['Ben']);
    // With no person named in the header (a shop's mailbox), any name signed is the writer's.
    expect(extractSignature('Can you send some info?\n\nSunny\nwww.tidewater.example', null, { name: 'Tidewater Paddle Co.', email: 'info@tidewater.example' })?.fullName).toBe('Sunny');
  });
});

describe('attachments and saved text', () => {
  it('drops a web page attached to a forwarded mail', () => {
    const email = [
      '---------------------- Forwarded by Karen Dunne/Corp/NGT on 05/24/2001 05:16 PM ---------------------------',
      '',
      'Sandra Yamada <SYamada@marathon-pr.example> on 05/24/2001 11:46:04 AM',
      'To: "\'karen.dunne@northgate.example\'" <karen.dunne@northgate.example>',
      'Subject: The Daily Review.htm',
      '',
      ' <<The Daily Review.htm>>',
      '',
      ' - The Daily Review.htm',
    ].join('\n');
    expect(extractSignature(email, null, { name: 'Karen Dunne', email: 'karen.dunne@northgate.example' })?.fullName).toBe('Sandra Yamada');
  });

  it('decodes quoted-printable text as the CLI reads it from a file, and leaves other text alone', () => {
    expect(decodedQuotedPrintable('I will be out on=20\nMay 10-11, 2000.  Call Susan=20\n(713-555-0112) or Dick=\n Amable.')).toBe('I will be out on \nMay 10-11, 2000.  Call Susan \n(713-555-0112) or Dick Amable.');
    expect(decodedQuotedPrintable('Price = 20 USD\nTotal=20')).toBe('Price = 20 USD\nTotal=20');
  });
});
