// Who sent the mail under a forward or a quote, as real mail clients write it (issue 16, round 4):
// Lotus Notes headers set in columns with wrapped recipient lists, quoted display names, Exchange
// names with a department in brackets, and the lines at the end of a message that name nobody.
// Every message is written for this test.
import { extractSignature, parseEmailText } from '@/lib/extract/signature';
import { decodedEmailText } from '@/lib/extract/raw-email';
import { findPhones } from '@/lib/extract/contact-text';
import { normalizeDraft } from '@/lib/normalize';

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

describe('what is not an organisation', () => {
  it('takes no company from a surname-first name, a quoted header or a line with a number in it', () => {
    const list = ['Thanks for your help.', '', 'Regards,', 'Louise Kettle', '', 'BRUCE, DANIEL'].join('\n');
    expect(extractSignature(list, null, { name: 'Louise Kettle', email: 'louise.kettle@northgate.example' })?.company).toBeNull();
    const header = ['later', '', '--- "Kettle, Louise" <Louise.Kettle@northgate.example>'].join('\n');
    expect(extractSignature(header, null, { name: 'Pat Oakes', email: 'pat.oakes@mail.example' })?.company).toBeNull();
    const note = ['Sara;', "Dave's # is 403-555-0164"].join('\n');
    expect(extractSignature(note, null, { name: 'Jenna Frost', email: 'jenna.frost@northgate.example' })?.company).toBeNull();
  });

  it('keeps a firm whose name is written with commas and an ampersand', () => {
    expect(extractSignature(['Devika Rao', 'McAllister, Wills & Emory', '227 West Monroe', 'Chicago, IL 60606', 'Ph: 312-555-0133'].join('\n'))?.company).toBe('McAllister, Wills & Emory');
  });

  it('reads a sign-off underlined with a rule as the name', () => {
    expect(extractSignature('See you in Monterrey.\n\nRegards,\nJaime_____', null, { name: 'Jaime Alvarez', email: 'jaime.alvarez@northgate.example' })).toMatchObject({ fullName: 'Jaime Alvarez', company: null });
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
    expect(decodedEmailText('I will be out on=20\nMay 10-11, 2000.  Call Susan=20\n(713-555-0112) or Dick=\n Amable.')).toBe('I will be out on \nMay 10-11, 2000.  Call Susan \n(713-555-0112) or Dick Amable.');
    expect(decodedEmailText('Price = 20 USD\nTotal=20')).toBe('Price = 20 USD\nTotal=20');
  });
});

describe('what a first reading of blind dev batch 5 found', () => {
  const GIL = { name: 'Gil Ashby', email: 'gil.ashby@calder-energy.example' };

  it('ends the message at a legal paragraph wrapped under a rule of stars, even one that gives an address', () => {
    const email = [
      'Please send the license agreement to my attention.',
      '',
      'Thanks,',
      'Gil',
      '',
      'Gilbert Ashby',
      'Manager, Gas Structuring',
      'Calder Energy Services, Inc.',
      '(713) 555-0148 (phone)',
      'gil.ashby@calder-energy.example',
      '',
      '**********************************************************************',
      'This e-mail is the property of Calder Energy Services, Inc. and/or',
      'its relevant affiliate and may contain confidential and privileged',
      'material for the sole use of the intended recipient (s). If you are',
      'not the intended recipient, reply to stationadmin@calder-energy.example.',
      '**********************************************************************',
    ].join('\n');
    expect(extractSignature(email, null, GIL)).toMatchObject({ title: 'Manager, Gas Structuring', company: 'Calder Energy Services, Inc.', phones: [{ number: '(713) 555-0148' }] });
  });

  it('reads a signature under a rule of underscores, which opens quoted mail only above a header', () => {
    const email = ['Regards,', 'Yevgenia', '', '_________________________________________', 'Yevgenia Castell', 'Maintenance Planning Supervisor', 'Sabine Bend Refining Company', 'Phone: 409.555.0158'].join('\n');
    expect(extractSignature(email, null, { name: 'Yevgenia Castell', email: 'y.castell@sabinebend.example' })).toMatchObject({
      title: 'Maintenance Planning Supervisor',
      company: 'Sabine Bend Refining Company',
    });
  });

  it('reads past a colleague who forwarded a forward to the first sender from outside', () => {
    const email = [
      'Marek, looping you in. The person to talk to is Ambrose.',
      '',
      'Sunniva',
      '',
      '---------- Forwarded message ---------',
      'From: Hadley Prior <hprior@brightloom.example>',
      'Date: Mon, Dec 7, 2026 at 9:02 AM',
      'Subject: Fwd: Brightloom for Thornbury Estates?',
      'To: Sunniva March <sunniva.march@brightloom.example>',
      '',
      'US lead, passing to you. H',
      '',
      '---------- Forwarded message ---------',
      'From: Ambrose Thorn <ambrose@thornestates.example>',
      'Date: Fri, 4 Dec 2026 at 19:48',
      'Subject: Brightloom for Thornbury Estates?',
      'To: Hadley Prior <hprior@brightloom.example>',
      '',
      'We run four venues and would want something live before May.',
      '',
      'Ambrose Thorn',
      'Managing Partner',
      'cell (434) 555-0113',
    ].join('\n');
    expect(extractSignature(email, null, { name: 'Sunniva March', email: 'sunniva.march@brightloom.example' })).toMatchObject({ fullName: 'Ambrose Thorn', title: 'Managing Partner' });
  });

  it('tells a note that forwards ("FYI below from Quenby") from one that only says what comes next', () => {
    const quote = ['', 'From: Quenby Alder <qalder@larkspur.example>', 'Sent: Friday, December 4, 2026 4:52 PM', 'To: Philippa Vance <philippa.vance@brightloom.example>', 'Subject: Adding Denver', '', 'We are opening two clinics.', '', 'Quenby Alder', 'Director of Clinical Operations'].join('\n');
    const philippa = { name: 'Philippa Vance', email: 'philippa.vance@brightloom.example' };
    expect(parseEmailText(`Team,\n\nFYI below from Quenby at Larkspur.\n${quote}`, philippa).forwarded).toBe(true);
    expect(parseEmailText(`Quenby - thanks. Forwarding round internally now.\n\nRegards,\nPhilippa\n${quote}`, philippa).forwarded).toBe(false);
  });

  it('drops letters after a name that hold no vowel ("MVB MRCVS"), not a capitalised surname', () => {
    expect(extractSignature('Saoirse Delahunt MVB MRCVS\nPractice Manager\nCorrigan Veterinary Group\n+353 56 555 0142')?.fullName).toBe('Saoirse Delahunt');
    expect(extractSignature('Aurélien MARCHETEAU\nResponsable Achats\nGroupe Lavande SA\n+33 4 72 55 01 38')?.fullName).toBe('Aurélien MARCHETEAU');
  });
});

describe('what a first reading of blind dev batch 6 found', () => {
  it('reads past a partner who only passed a forward on, to the one who asked', () => {
    const email = [
      'Wendy, passing this along. The original ask is at the bottom.',
      '',
      'Best,',
      'Mark Quill',
      '',
      '---------- Forwarded message ---------',
      'From: Perry Hall <perry@northgate-audit.example>',
      'Date: Mon, Nov 30, 2026 at 10:05 AM',
      'Subject: Fwd: software inquiry',
      'To: <sales@leadclip.example>',
      '',
      'Forwarding from our partner, I think this was meant for you.',
      '',
      'Perry Hall, CPA',
      'Partner',
      '',
      '---------- Forwarded message ---------',
      'From: Solveig Brand <solveig.brand@alden-capital.example>',
      'Date: Fri, Nov 27, 2026 at 4:40 PM',
      'Subject: software inquiry',
      'To: Perry Hall <perry@northgate-audit.example>',
      '',
      'Perry - do you know who sells that plug-in?',
      '',
      'Solveig Brand',
      'Head of Investor Relations',
      'Alden Capital Management',
    ].join('\n');
    expect(extractSignature(email, null, { name: 'Mark Quill', email: 'mark.quill@leadclip.example' })).toMatchObject({ fullName: 'Solveig Brand', company: 'Alden Capital Management' });
  });

  it('takes the letterhead over a section below the name, and a line of function words for the title', () => {
    const block = ['TORRANCE BAY ELECTRIC COOPERATIVE', '', 'Winifred Achter', 'Regulatory Affairs', 'Rates & Tariffs Section', '(541) 555-0153 (office)'].join('\n');
    expect(extractSignature(block)).toMatchObject({ title: 'Regulatory Affairs', company: 'TORRANCE BAY ELECTRIC COOPERATIVE' });
    const noName = ['Regards,', 'Nessa', '', 'Trading Support', 'Power Marketing Desk', 'Corvane Energy Services, Inc.', 'Ph: 713.555.0163'].join('\n');
    expect(extractSignature(noName, null, { name: 'Nessa Lund', email: 'nessa.lund@corvane.example' })?.title).toBe('Trading Support');
  });

  it('reads the line right under the name as the title when it names no organisation, and never a note or a number', () => {
    expect(extractSignature('Genevieve Tan\nPurchasing & Vendor Relations\nCorriveau Mechanical HVAC Ltd.\nT +1 604 555 0125')?.title).toBe('Purchasing & Vendor Relations');
    expect(extractSignature('Thanks,\nPatti\nPatti x39106', null, { name: 'Patti Thorn', email: 'patti.thorn@northgate.example' })?.title).toBeNull();
    expect(extractSignature('Brian here it is.\n\nThanks - bob 713-555-3180', null, { name: 'Robert Frank', email: 'robert.frank@northgate.example' })?.title).toBeNull();
  });
});

describe('what a first reading of blind dev batch 7 found', () => {
  it('reads numbers the writer gives as theirs across a wrapped line, after the number, and after a "but"', () => {
    const dealer = [
      'Please have someone call. Store # is 402-555-0151 ask for me, or my cell',
      '402-555-0179. Dont call before 7am.',
      '',
      'DUANE VANDERHOEK',
      'PARTS & SERVICE MGR',
      'VANDERHOEK IMPLEMENT CO.',
    ].join('\n');
    const lead = normalizeDraft(extractSignature(dealer, null, { name: 'Duane Vanderhoek', email: 'duane@vdh-implement.example' })!, 'US');
    expect(lead.phones.map((phone) => phone.number)).toStrictEqual(['+14025550151', '+14025550179']);
    const direct = 'Happy to hop on a call Thurs 10-12 MT. (505) 555-0146 is my direct line, 505-555-0102 is our main office.\n\nBexley';
    expect(extractSignature(direct, null, { name: 'Bexley Tafoya', email: 'bexley@openpages.example' })?.phones.map((phone) => phone.number)).toStrictEqual(['(505) 555-0146']);
    const manager = [
      'Thanks for the demo last week, the front desk loved it.',
      '',
      "My office manager Colette handles most of this, she's at 813-555-0112 ext 4",
      "but if you want me directly my cell is 813 555 0170. Our patient line",
      "(813-555-0100) is always busy so please don't use that.",
      '',
      'Dr. Ana Ruiz',
    ].join('\n');
    expect(extractSignature(manager, null, { name: 'Ana Ruiz', email: 'ana@brightwater-dental.example' })?.phones.map((phone) => phone.number)).toStrictEqual(['813 555 0170']);
  });

  it('reads two numbers set apart by a spaced slash, not a German area code and its line', () => {
    expect(findPhones('or try me on 210 555 0115 / 210 555 0184 (cell).').map((phone) => phone.number)).toStrictEqual(['210 555 0115', '210 555 0184']);
    expect(findPhones('Mobil: 0172 / 551 83 40').map((phone) => phone.number)).toStrictEqual(['0172 / 551 83 40']);
    expect(findPhones('reference HF-PL-2026-004471 and call')).toStrictEqual([]);
  });

  it('completes a reply that gives only a number from the sender\'s own signature quoted below', () => {
    const email = [
      'sounds good, see u thursday. my cell if anything changes 480 555 0153',
      '',
      '-----Original Message-----',
      'From: Orrin Castle [mailto:orrin.castle@tallow.example]',
      'Sent: Wednesday, December 02, 2026 4:18 PM',
      "To: 'Rourke Abbot'",
      'Subject: RE: Demo',
      '',
      'Confirmed for Thursday.',
      '',
      '-----Original Message-----',
      'From: Rourke Abbot [mailto:rourke@desertline.example]',
      'Sent: Tuesday, December 01, 2026 9:02 AM',
      'Subject: Demo',
      '',
      'Can you come Thursday?',
      '',
      'Rourke Abbot',
      'Owner / Lead Tech',
      'Desertline Heating & Air LLC',
      '480-555-0108',
    ].join('\n');
    const lead = normalizeDraft(extractSignature(email, null, { name: 'Rourke Abbot', email: 'rourke@desertline.example' })!, 'US');
    expect(lead).toMatchObject({ title: 'Owner / Lead Tech', company: 'Desertline Heating & Air LLC' });
    expect(lead.phones.map((phone) => phone.number)).toStrictEqual(['+14805550153', '+14805550108']);
  });

  it('reads a name with letters after it, and a "Last, First" header, as the person', () => {
    expect(extractSignature('Sunniva Castell, PT, DPT\nClinical Director\nPeakline Physical Therapy\n720-555-0117', null, { name: 'Sunniva Castell', email: 'sunniva@peakline.example' })?.fullName).toBe('Sunniva Castell');
    expect(extractSignature('Thanks\n\nImogen Ashdown RIBA\nDirector\n+44 20 7946 0321', null, { name: 'Imogen Ashdown', email: 'imogen@ashdown.example' })?.fullName).toBe('Imogen Ashdown');
    expect(extractSignature('Works for me.\n\nN.', null, { name: 'Whitcombe, Ngaire', email: 'ngaire@whitcombe.example' })?.fullName).toBe('Ngaire Whitcombe');
  });

  it('takes the organisation with a legal form over a "Title, Department" line', () => {
    expect(extractSignature('Ottoline Fairbrass\nManager, Field Systems\nGantry Ridge Energy Corporation\n(713) 555-0142 (phone)')).toMatchObject({
      title: 'Manager, Field Systems',
      company: 'Gantry Ridge Energy Corporation',
    });
  });
});

describe('what a first reading of blind dev batch 8 found', () => {
  it('gives each of two numbers under "Tel/Fax" its own label, in order', () => {
    expect(findPhones('Tel/Fax +49 6221 555 310 / +49 6221 555 319').map((phone) => phone.type)).toStrictEqual(['office', 'fax']);
    expect(findPhones('T/F: 802.555.0166 / 802.555.0167').map((phone) => phone.type)).toStrictEqual(['office', 'fax']);
    // One number under "Tel/Fax" takes calls too: a phone to call (a real ASF signature's "tel/fax:" line is its phone).
    expect(findPhones('Tel/Fax: +49 6221 555 310').map((phone) => phone.type)).toStrictEqual(['office']);
  });

  it('takes a line with a slash right under the name as the title when no role word is there', () => {
    const block = 'Mit freundlichen Grüßen\n\nKatrin Oberhuber\nEinkauf / Purchasing\nFeinmechanik Lauterbach GmbH\nTel. +49 7121 555 840';
    expect(extractSignature(block)).toMatchObject({ title: 'Einkauf / Purchasing', company: 'Feinmechanik Lauterbach GmbH' });
  });

  it('reads a Lotus Notes header set in columns with bare "To", "cc" and "Subject" labels as quoted mail', () => {
    const email = [
      'Oskar -- the revised schedule works for us. I will confirm the dates on Monday.',
      '',
      'Thanks,',
      'Philippa Arkwright',
      'Manager, Plant Scheduling',
      'Tullamore Resins Corporation',
      '409.555.0181 (office)  409.555.0182 (fax)',
      '',
      '',
      '             Desmond                                                   ',
      '             Ferriby/BMT/TULLAMORE                                     ',
      '             @TULLAMORE                                             To ',
      '                                       Philippa Arkwright/BMT/TULLAMORE@TULLAMORE',
      '             11/19/2026 02:10 PM                                    cc ',
      '                                       Oskar Lindvall <oskar@leadclip.example>',
      '                                                                Subject ',
      '                                       Re: delivery schedule            ',
      '',
      'Philippa, please look at the schedule Oskar sent and answer him directly.',
      '',
      'Desmond Ferriby',
      'Director, Operations Planning',
      'Tullamore Resins Corporation',
      '(409) 555-0170 (phone)',
    ].join('\n');
    const lead = normalizeDraft(extractSignature(email, null, { name: 'Philippa Arkwright', email: 'parkwright@tullamore.example' })!, 'US');
    expect(lead).toMatchObject({ fullName: 'Philippa Arkwright', title: 'Manager, Plant Scheduling' });
    expect(lead.phones.filter((phone) => phone.type !== 'fax').map((phone) => phone.number)).toStrictEqual(['+14095550181']);
  });

  it('takes quoted mail under a note that passes its sender on for a forward, though it never says "forward"', () => {
    const quoted = [
      '________________________________',
      '',
      'From: Cosima Threlkeld [mailto:cosima@harrowfield-dental.example]',
      'Sent: Tuesday, December 01, 2026 4:40 PM',
      'To: Bram Oduya',
      'Subject: pricing',
      '',
      'Bram,',
      '',
      'We would like pricing for 12 seats. My cell is 503.555.0147.',
      '',
      'Cosima Threlkeld',
      'Practice Manager',
      'Harrowfield Dental Group',
    ];
    const bram = { name: 'Bram Oduya', email: 'bram@leadclip.example' };
    const forward = extractSignature(['can you call her this afternoon? she is ready to sign', '', 'Bram', '', ...quoted].join('\n'), null, bram);
    expect(forward).toMatchObject({ fullName: 'Cosima Threlkeld', title: 'Practice Manager', company: 'Harrowfield Dental Group' });
    expect(forward?.phones.map((phone) => phone.number)).toStrictEqual(['503.555.0147']);
    // A reply that greets the quoted sender is the writer's own message, whatever it says of others.
    const reply = extractSignature(['Hi Cosima, I will call her this afternoon with the numbers.', '', 'Bram', '', ...quoted].join('\n'), null, bram);
    expect(reply?.fullName).toBe('Bram Oduya');
  });
});

describe('answers written into the quoted mail', () => {
  const questions = (answerLine: string[]) => [
    'See my answers inline below in caps.',
    '',
    'Wilhelmina',
    '',
    '-----Original Message-----',
    'From: Anselm Grieve [mailto:anselm.grieve@leadclip.example]',
    'Sent: Wednesday, December 02, 2026 3:12 PM',
    'To: Wilhelmina Ostrowska',
    'Subject: A few questions',
    '',
    'Hi Wilhelmina,',
    '',
    '1. How many sites? THREE, ALL IN OHIO',
    ...answerLine,
    '',
    'Thanks,',
    'Anselm',
    '',
    'Anselm Grieve',
    'Account Executive | LeadClip',
    '646.555.0177 | anselm.grieve@leadclip.example',
  ];
  const wilhelmina = { name: 'Wilhelmina Ostrowska', email: 'w.ostrowska@brennercast.example' };
  const numbers = (answers: string[]) => extractSignature(questions(answers).join('\n'), null, wilhelmina)?.phones.map((phone) => phone.number) ?? [];

  it("takes the number that answers a question about the writer, and leaves the assistant's and the asker's", () => {
    expect(numbers(['2. Best number to reach you? 330.555.0162, OR 330.555.0168 IS MY', '   ASSISTANT NORBERT IF I AM OUT'])).toStrictEqual(['330.555.0162']);
    expect(numbers(['2. Who signs?', 'ME. MY CELL IS 330-555-0162, OFFICE 330-555-0150.'])).toStrictEqual(['330-555-0162', '330-555-0150']);
  });

  it('reads nothing from quoted mail when the writer did not say they answered in it', () => {
    const lines = questions(['2. Best number to reach you? 330.555.0162']);
    expect(extractSignature(['Thanks, talk soon.', '', ...lines.slice(2)].join('\n'), null, wilhelmina)?.phones ?? []).toStrictEqual([]);
  });

  it('ends a signature above the quote where the quote begins, and reads the answers below it as the message', () => {
    const email = [
      'Answers inline below.',
      '',
      'Ruairi Castellane',
      'Director, Field Service | Northwold Elevators',
      'm: 412.555.0123',
      '',
      'On Tue, Dec 1, 2026 at 9:40 AM Anselm Grieve <anselm.grieve@leadclip.example> wrote:',
      '> 1. Who handles IT on your side?',
      '',
      'OUR IT LEAD IS PERPETUA QUANDT, PQUANDT@NORTHWOLD.EXAMPLE, 412-555-0190',
      '',
      '> 2. Best number for you?',
      '',
      'MY DESK IS 412-555-0140.',
      '',
      '> Anselm',
    ].join('\n');
    const lead = extractSignature(email, null, { name: 'Ruairi Castellane', email: 'rcastellane@northwold.example' })!;
    expect(lead).toMatchObject({ title: 'Director, Field Service', company: 'Northwold Elevators', emails: ['rcastellane@northwold.example'] });
    expect(lead.phones.map((phone) => phone.number)).toStrictEqual(['412.555.0123', '412-555-0140']);
  });
});

describe('numbers as they are written', () => {
  it('keeps an extension written with "#" or set apart by spaces with its number', () => {
    expect(findPhones('Direct 415 555 0138 #231').map((phone) => phone.number)).toStrictEqual(['415 555 0138 ext. 231']);
    expect(extractSignature('Odile Brandt\nBuyer\nKessel Foods Inc.\n(513) 555-0100     Ext. 4471')?.phones.map((phone) => phone.number)).toStrictEqual(['(513) 555-0100 ext. 4471']);
  });

  it('reads no phone in a stock quote', () => {
    expect(findPhones('NASDAQ  3,229.57  -190.22  -5.56%')).toStrictEqual([]);
    expect(findPhones('Close 190.22 -5.56 today')).toStrictEqual([]);
  });
});

describe('titles without a role word, and the lines that are not titles', () => {
  it('takes the line right under the name over a department line below it', () => {
    const block = 'Barnaby Q. Ellacott\nPipeline Control\nTransmission Services\nRedwater Interstate Gas Company\n(713) 555-0163 (phone)';
    expect(extractSignature(block)).toMatchObject({ title: 'Pipeline Control', company: 'Redwater Interstate Gas Company' });
  });

  it("never takes an Impressum's managing directors for the title", () => {
    const block = [
      'Mit freundlichen Grüßen',
      '',
      'Henrietta Albrecht',
      'Zentraleinkauf / Central Purchasing',
      'Rheinfeld Maschinenbau GmbH',
      'Tel.: +49 211 5550 174',
      '',
      'Geschäftsführer: Dr. Konrad Weißhaupt, Ilse Brandner',
      'Amtsgericht Düsseldorf HRB 40211',
    ].join('\n');
    expect(extractSignature(block)?.title).toBe('Zentraleinkauf / Central Purchasing');
  });

  it('reads a number without the note in brackets after it', () => {
    expect(findPhones('(713) 555-0150 (24-hr gas control)').map((phone) => phone.number)).toStrictEqual(['(713) 555-0150']);
  });
});

describe('what a first reading of blind dev batch 9 (mail from the UK, Ireland, India, Australia, Singapore) found', () => {
  it('takes a short form of the sender\'s name over a business line that matches their domain', () => {
    const lead = extractSignature('Is there a free trial?\n\nCheers\nMags\n\nIronbark Joinery\nironbarkjoinery.com.au', null, { name: 'Magdalena Trewin', email: 'hello@ironbarkjoinery.com.au' });
    expect(lead).toMatchObject({ fullName: 'Magdalena Trewin', company: 'Ironbark Joinery' });
  });

  it('ends the message at a Teams invitation, whose dial-in numbers are nobody\'s', () => {
    const email = [
      'Kind regards,',
      'Eoin Lanigan',
      'Head of Procurement',
      'Ardfinnan Medical Ltd',
      'T: +353 52 555 0163  M: +353 87 555 0124',
      '',
      '________________________________________________________________________________',
      'Microsoft Teams meeting',
      'Join on your computer, mobile app or room device',
      'Meeting ID: 312 554 908 227',
      '+353 1 653 9922,,771203559#   Ireland, Dublin',
      'Find a local number | Reset PIN',
      'Learn More | Meeting options',
    ].join('\n');
    const lead = normalizeDraft(extractSignature(email, null, { name: 'Eoin Lanigan', email: 'eoin.lanigan@ardfinnan.example' })!, 'IE');
    expect(lead).toMatchObject({ title: 'Head of Procurement', company: 'Ardfinnan Medical Ltd' });
    expect(lead.phones.map((phone) => phone.number)).toStrictEqual(['+353525550163', '+353875550124']);
  });

  it("completes a reply from the sender's own message quoted two levels down", () => {
    const email = [
      'Friday suits. Send the invite here.',
      '',
      'C',
      '',
      'On Tue, 1 Dec 2026 at 16:04, Rep Person <rep@leadclip.example> wrote:',
      '> Would Friday suit?',
      '>',
      '> On Mon, 30 Nov 2026 at 11:27, Callum Strachan <callum@lochbrae.example> wrote:',
      '>',
      '>> We are interested, about 6 users.',
      '>>',
      '>> Callum Strachan',
      '>> Managing Director',
      '>> Lochbrae Smokehouse Ltd',
      '>> +44 (0)1855 555 276',
    ].join('\n');
    expect(extractSignature(email, null, { name: 'Callum Strachan', email: 'callum@lochbrae.example' })).toMatchObject({ title: 'Managing Director', company: 'Lochbrae Smokehouse Ltd' });
  });

  it('reads the labels and numbers of English mail abroad', () => {
    expect(findPhones('DID: +65 6555 0142 | HP: +65 9555 0188').map((phone) => [phone.number, phone.type])).toStrictEqual([
      ['+65 6555 0142', 'office'],
      ['+65 9555 0188', 'mobile'],
    ]);
    expect(findPhones('Tel. 514-555-0163 ext./poste 212').map((phone) => phone.number)).toStrictEqual(['514-555-0163 ext. 212']);
    // An Australian Business Number, a licence and an internal tie-line are no contact phones.
    expect(findPhones('ABN 51 824 753 556 | Internal: 8-402-2210')).toStrictEqual([]);
  });

  it('keeps a full name written out in brackets, and reads "Proprietor" as a title', () => {
    expect(extractSignature('Prof. K. Subramanian (Karthik Subramanian)\nDean, Faculty of Commerce\nNilgiri Institute of Management\n+91 422 555 0184')).toMatchObject({
      fullName: 'Karthik Subramanian',
      title: 'Dean, Faculty of Commerce',
    });
    expect(extractSignature('HO Mei Ling (Janet)\nRegional Sales Lead\nKeppelwood Trading Pte. Ltd.\n+65 6555 0192')?.fullName).toBe('HO Mei Ling');
    expect(extractSignature('Thank you,\nAurelie Boudreau\nProprietor\nSaltmarsh Inn & Cottages\n902-555-0157')?.title).toBe('Proprietor');
  });

  it('ends the message at an export-control footer', () => {
    const email = [
      'Best to reach me on the desk line.',
      '',
      'Wilbur Hasselback',
      'Manager, Subcontracts',
      'Prairieline Aerospace Inc.',
      'Phone: (316) 555-0137',
      '',
      'EXPORT CONTROLLED - This e-mail may contain technical data subject to the International Traffic in Arms',
      'Regulations (ITAR). Transfer of this data to a foreign person is prohibited without an export license.',
      'Questions: Export Compliance Office, (316) 555-0150.',
    ].join('\n');
    const lead = extractSignature(email, null, { name: 'Wilbur Hasselback', email: 'w.hasselback@prairieline.example' })!;
    expect(lead).toMatchObject({ title: 'Manager, Subcontracts', company: 'Prairieline Aerospace Inc.' });
    expect(lead.phones.map((phone) => phone.number)).toStrictEqual(['(316) 555-0137']);
  });

  const outlookQuote = (from: string, note: string[]) => [
    ...note,
    '',
    'Declan',
    '',
    `From: ${from}`,
    'Sent: Thursday 3 December 2026 16:48',
    'To: Declan Furlong <declan@leadclip.example>',
    'Subject: Follow up',
    '',
    'We need EU data residency.',
    '',
    'Orla Breathnach',
    'Chief Commercial Officer',
    'Slievemore Diagnostics Ltd',
    'T: +353 91 555 0148',
  ];
  const declan = { name: 'Declan Furlong', email: 'declan@leadclip.example' };

  it('reads "Forwarding as discussed" and "see her note at the bottom" as forwards', () => {
    const from = 'Orla Breathnach <orla@slievemore.example>';
    expect(extractSignature(outlookQuote(from, ['Forwarding as discussed on the Monday call.']).join('\n'), null, declan)?.fullName).toBe('Orla Breathnach');
    expect(extractSignature(outlookQuote(from, ["Leonie, see Orla's note at the bottom."]).join('\n'), null, declan)?.fullName).toBe('Orla Breathnach');
    expect(extractSignature(outlookQuote(from, ['Thanks Orla, will do.']).join('\n'), null, declan)?.fullName).toBe('Declan Furlong');
  });

  it("gives the lead to the boss whose block an assistant sends, and keeps the assistant when only her block is there", () => {
    const forBoss = [
      'Mr Pryce-Jones has asked me to confirm the pilot. His contact details are below:',
      '',
      'Anwen Pryce-Jones',
      'Executive Vice President, Commercial',
      'Caerwen Chemicals plc',
      'Tel: +44 (0)1928 555 320',
      'anwen.pryce-jones@caerwen.example',
      '',
      'Kind regards',
      '',
      'Bethan Rowlands',
      'Executive Assistant to A. Pryce-Jones',
      'Caerwen Chemicals plc',
      'Tel: +44 (0)1928 555 321',
    ].join('\n');
    const bethan = { name: 'Bethan Rowlands', email: 'bethan.rowlands@caerwen.example' };
    const lead = normalizeDraft(extractSignature(forBoss, null, bethan)!, 'GB');
    expect(lead).toMatchObject({ fullName: 'Anwen Pryce-Jones', title: 'Executive Vice President, Commercial', emails: ['anwen.pryce-jones@caerwen.example'] });
    expect(lead.phones.map((phone) => phone.number)).toStrictEqual(['+441928555320']);
    const own = 'Mr Pryce-Jones asked me to let you know he cannot attend.\n\nThank you,\n\nBethan Rowlands\nExecutive Assistant to Anwen Pryce-Jones\nCaerwen Chemicals plc\nTel: +44 (0)1928 555 321';
    expect(extractSignature(own, null, bethan)?.fullName).toBe('Bethan Rowlands');
  });

  it("leaves a number or address the writer gives for their PA", () => {
    const email = [
      'Hi Jun,',
      '',
      'We have about 45 salespeople across SG and MY and are interested in a trial. Please contact me or my',
      'PA Ms Nur Hidayah (nur.hidayah@keppelwood.example).',
      '',
      'Regards,',
      'Janet Ho',
      'Regional Sales Lead',
      'Keppelwood Trading Pte. Ltd.',
    ].join('\n');
    expect(extractSignature(email, null, { name: 'Janet Ho', email: 'janet.ho@keppelwood.example' })?.emails).toStrictEqual(['janet.ho@keppelwood.example']);
  });
});

describe('what a first reading of blind dev batch 10 (HTML signatures turned into text) found', () => {
  it('reads past picture placeholders and the link targets written after their text', () => {
    const block = [
      'Thanks,',
      '',
      '[image: Logo]',
      '',
      'Rosalind Achebe-Ward',
      'Practice Manager',
      '[image: phone icon] (512) 555-0142  [image: mobile icon] (512) 555-0196',
      'rosalind@cedarhollowdental.example <mailto:rosalind@cedarhollowdental.example>',
      'www.cedarhollowdental.example <https://www.cedarhollowdental.example/>',
      '[image: Facebook] <https://facebook.com/cedarhollow> [image: Instagram]',
      '[cid:image002.png@01DA4C21.5E0A1B70]',
    ].join('\n');
    const lead = extractSignature(block, null, { name: 'Rosalind Achebe-Ward', email: 'rosalind@cedarhollowdental.example' })!;
    expect(lead.phones.map((phone) => phone.number)).toStrictEqual(['(512) 555-0142', '(512) 555-0196']);
    expect(lead).toMatchObject({ title: 'Practice Manager', emails: ['rosalind@cedarhollowdental.example'], website: 'https://www.cedarhollowdental.example/' });
  });

  it('keeps an address given only in brackets in a quoted header', () => {
    const email = 'Fine by me.\n\nFrom: Isidore Quaye <mailto:isidore@quaye-legal.example>\nSent: Monday, 7 December 2026 09:12\nTo: Rep\nSubject: Call\n\nCan we talk today?';
    expect(parseEmailText(email, { subject: 'Fwd: Call' }).sender.email).toBe('isidore@quaye-legal.example');
  });

  it('reads a signature table whose label cells sit above their values', () => {
    const block = ['Regards,', '', 'OYELARAN-PIKE, Marguerite', 'Title:', 'Intake Coordinator Lead', 'Organisation:', 'Brookfield Home Care', 'Direct', '(919) 555-0141', 'Main', '(919) 555-0100', 'Email', 'mopike@brookfieldhc.example'].join('\n');
    const lead = extractSignature(block, null, { name: 'Marguerite Oyelaran-Pike', email: 'mopike@brookfieldhc.example' })!;
    expect(lead).toMatchObject({ fullName: 'Marguerite Oyelaran-Pike', title: 'Intake Coordinator Lead', company: 'Brookfield Home Care' });
    expect(lead.phones.map((phone) => phone.number)).toStrictEqual(['(919) 555-0141', '(919) 555-0100']);
  });

  it('splits a role from its organisation spelled as the domain when nothing sets them apart', () => {
    const block = 'Warmly,\n\nTuva Halvorsen\nDevelopment Director Riverbend Food Shelf\nOffice 612-555-0153';
    expect(extractSignature(block, null, { name: 'Tuva Halvorsen', email: 'tuva@riverbendfoodshelf.example' })).toMatchObject({ title: 'Development Director', company: 'Riverbend Food Shelf' });
  });

  it('takes no "Office of General Counsel" for a title', () => {
    const block = 'Perpetua Vance\nRecords & Knowledge Services\nOffice of General Counsel\nHalcyon Mutual Insurance Group\nTel: 415.555.0166';
    expect(extractSignature(block)).toMatchObject({ title: 'Records & Knowledge Services', company: 'Halcyon Mutual Insurance Group' });
  });

  it('gives the lead to the boss whose details an assistant of "the Provost" gives below', () => {
    const email = [
      'Good morning,',
      '',
      'Dr. Nakashima-Reid asked me to reach out on her behalf about an overview for the deans.',
      '',
      'Her contact information is below should you need it.',
      '',
      'Thank you,',
      'Cosmo Albright',
      'Executive Assistant to the Provost',
      '',
      'Dr. Harumi Nakashima-Reid',
      'Provost and Vice President for Academic Affairs',
      'Bellwether University',
      '(804) 555-0171 (phone)',
      'hnakashimareid@bellwether.example',
    ].join('\n');
    const lead = extractSignature(email, null, { name: 'Cosmo Albright', email: 'calbright@bellwether.example' })!;
    expect(lead).toMatchObject({ fullName: 'Harumi Nakashima-Reid', company: 'Bellwether University', emails: ['hnakashimareid@bellwether.example'] });
  });

  it('keeps the writer of a shared mailbox who writes for a boss that gives no details', () => {
    const email = [
      'Dear Leonie,',
      '',
      "I'm writing on behalf of our Head of Sales, Priya Anand, who has asked me to arrange a demo.",
      'Please reply to this address and I will coordinate diaries.',
      '',
      'Kind regards,',
      '',
      'Odette Brannigan',
      'Sales Support',
      'Harrowby Tiles Ltd',
      '01632 960 477',
    ].join('\n');
    expect(extractSignature(email, null, { name: 'Harrowby Tiles Sales', email: 'sales@harrowbytiles.example' })).toMatchObject({ fullName: 'Odette Brannigan', title: 'Sales Support', emails: ['sales@harrowbytiles.example'] });
  });

  it('reads a new contact who says the mail was passed to them as the writer, not as a forward', () => {
    const email = [
      'Leonie',
      '',
      'Rutger has passed this to me as I look after the marine systems budget. We would trial 10 seats first.',
      '',
      'Regards',
      '',
      'Ngaio Ashworth',
      'Senior Underwriter, Marine',
      'Pellbrook Insurance plc',
      'Tel +44 (0)20 7946 0381',
      '',
      '-----Original Message-----',
      'From: Rutger Holm <rutger.holm@pellbrook.example>',
      'Sent: 02 December 2026 09:14',
      'To: Ngaio Ashworth',
      'Subject: Signature capture tool',
      '',
      'Ngaio - can you take this one?',
      '',
      'Rutger Holm',
      'Head of Underwriting Systems',
    ].join('\n');
    expect(extractSignature(email, null, { name: 'Ngaio Ashworth', email: 'ngaio.ashworth@pellbrook.example' })).toMatchObject({ fullName: 'Ngaio Ashworth', title: 'Senior Underwriter, Marine' });
  });
});

describe('what a first reading of blind dev batch 11 (the plain mix) found', () => {
  it('keeps a role and the field or territory it covers as one title when the organisation has its own line', () => {
    expect(extractSignature('Delphine Okonedo\nOrigination - Western Region\nCedar Basin Power Marketing, L.L.C.\n(317) 555-0144 (Office)')?.title).toBe('Origination - Western Region');
    expect(extractSignature('Marisol Quenneville\nVice President | Treasury Card Sales\nLakeshore Commerce Bank, N.A.\n(312) 555-0163')?.title).toBe('Vice President | Treasury Card Sales');
    // A role and an organisation without a legal form on one line stay apart.
    expect(extractSignature('Tobiah Frane\nFounder | Brightwell\n(312) 555-0163')).toMatchObject({ title: 'Founder', company: 'Brightwell' });
  });

  it('takes no organisation the writer speaks for as a boss, and no labelled link as the organisation', () => {
    const email = [
      'Hi team,',
      '',
      "I'm reaching out on behalf of Eastbank Tenants Union. We have about 40 volunteers and need a better way to log conversations.",
      '',
      'Warmly,',
      '',
      'Saoirse Abernathy-Ruiz (she/her)',
      'Volunteer Coordinator',
      'Eastbank Tenants Union',
      '555-0164 (office) · 555-0191 (cell, texts ok)',
      'Pronouns guide: etunion.org/pronouns',
    ].join('\n');
    expect(extractSignature(email, null, { name: 'Saoirse Abernathy-Ruiz', email: 'saoirse@etunion.org' })).toMatchObject({
      fullName: 'Saoirse Abernathy-Ruiz',
      title: 'Volunteer Coordinator',
      company: 'Eastbank Tenants Union',
    });
  });

  it('joins an address Lotus Notes wrapped in its column', () => {
    const email = [
      'Please follow up with him directly.',
      '',
      'Evadne',
      '',
      '----- Forwarded by Evadne Brook/CHI/Prairiegold on 03/08/2001 08:12 AM -----',
      '',
      '   Casimir Wojtowicz',
      '   <cwojtowicz@cornbeltagco',
      '   op.com>                                      To:     Evadne Brook/CHI/Prairiegold@Prairiegold',
      '                                                cc:',
      '   03/07/2001 05:44 PM                          Subject:     Sales contact software',
      '',
      'Our cooperative is looking at contact management software for 22 reps.',
      '',
      'Casimir Wojtowicz',
      'Agronomy Sales Coordinator',
      'Cornbelt Ag Cooperative',
      '(641) 555-0162 phone',
    ].join('\n');
    expect(extractSignature(email, null, { name: 'Evadne Brook', email: 'evadne.brook@prairiegold.example' })).toMatchObject({
      fullName: 'Casimir Wojtowicz',
      company: 'Cornbelt Ag Cooperative',
      emails: ['cwojtowicz@cornbeltagcoop.com'],
    });
  });

  it('reads the signature above a closing sentence that gives an address', () => {
    const email = 'Could you send a quote for 8 users?\n\nMany thanks,\n\nLiesl Haverkamp\nSales & Distribution Lead\nBramble Hill Cider Co.\ndirect (802) 555-0172\n\nPlease reply to sales@bramblehillcider.com so the whole team sees it.';
    expect(extractSignature(email, null, { name: 'Bramble Hill Sales', email: 'sales@bramblehillcider.com' })).toMatchObject({ fullName: 'Liesl Haverkamp', title: 'Sales & Distribution Lead', company: 'Bramble Hill Cider Co.' });
  });

  it('takes the business the writer says they own when their domain spells it', () => {
    const email = 'hello,\n\nI own Inkwell Letterpress & Bindery, a two person shop in Asheville. What does the starter plan include?\n\nBest,\nOona\ninkwellletterpress.com';
    expect(extractSignature(email, null, { name: 'Oona Brightwater', email: 'hello@inkwellletterpress.com' })?.company).toBe('Inkwell Letterpress & Bindery');
    // A business the domain does not spell is someone else's.
    expect(extractSignature(email, null, { name: 'Oona Brightwater', email: 'oona@gmail.com' })?.company).toBeNull();
  });

  it('leaves out a number the writer withdraws, and a past role', () => {
    const email = [
      'Hi Bram,',
      '',
      "Some news: I've moved to Calloway Health. My old desk line (617-555-0121) is no longer active, so please",
      'update your records. My new cell is 617-555-0133.',
      '',
      'All the best,',
      'Leopold',
      '',
      'Leopold Abernethy',
      'Director of Partnerships',
      'Calloway Health',
      '617-555-0189',
      '',
      'Formerly Head of Business Development, Ashgrove Labs',
    ].join('\n');
    const lead = extractSignature(email, null, { name: 'Leopold Abernethy', email: 'leopold@callowayhealth.example' })!;
    expect(lead).toMatchObject({ title: 'Director of Partnerships', company: 'Calloway Health' });
    expect(lead.phones.map((phone) => phone.number)).toStrictEqual(['617-555-0189', '617-555-0133']);
  });
});

describe('numbers the writer calls off or adds below the signature', () => {
  const block = ['Thanks,', 'Marisa', '', 'Marisa Oyelowo-Tran', 'Owner', 'Tallgrass Brewing Co.', '505-555-0139'];

  it('takes a new number given in a P.S. and leaves the signature number it says is dead', () => {
    const email = ['Please send the DocuSign to me.', '', ...block, '', "P.S. ignore the number in my signature, we switched carriers and it's dead. New cell is 505-555-0181."].join('\n');
    expect(extractSignature(email, null, { name: 'Marisa Oyelowo-Tran', email: 'marisa@tallgrassbrewing.example' })?.phones.map((phone) => phone.number)).toStrictEqual(['505-555-0181']);
  });

  it('leaves a number the message says not to use, and one its own line marks disconnected', () => {
    const told = ['Can someone call me? Please do NOT use the 555-0139 number on our old website, that line was disconnected.', '', ...block, 'cell 505-555-0177'].join('\n');
    expect(extractSignature(told, null, { name: 'Marisa Oyelowo-Tran', email: 'marisa@tallgrassbrewing.example' })?.phones.map((phone) => phone.number)).toStrictEqual(['505-555-0177']);
    expect(extractSignature('Marisa Oyelowo-Tran\nOwner\noffice (505) 555-0102 - disconnected\ncell (505) 555-0177')?.phones.map((phone) => phone.number)).toStrictEqual(['(505) 555-0177']);
  });
});

describe('what a first reading of blind dev batch 12 found', () => {
  it('leaves a signature number the message calls the old one', () => {
    const email = 'Happy to talk Thursday. Our office moved and the old 555-0121 landline in my signature below is disconnected. Please use my mobile 919-555-0185 instead.\n\nBest,\nDesmond Achterberg\nRegional Sales Director\nCorvane Medical Supply\nPhone: 919-555-0121';
    expect(extractSignature(email, null, { name: 'Desmond Achterberg', email: 'desmond@corvanemed.example' })?.phones.map((phone) => phone.number)).toStrictEqual(['919-555-0185']);
  });

  it('reads "Can you pick this one up? I already told him you\'d call" as passing the mail below on', () => {
    const email = [
      'Oriel,',
      '',
      "Can you pick this one up? Hospital system, could be big. I already told him you'd call this week.",
      '',
      'Hollis',
      '',
      '________________________________',
      'From: Barnaby Quill <bquill@saintaldric.example>',
      'Sent: Wednesday, December 2, 2026 2:06 PM',
      'To: Hollis Marsh <hollis@quillmark.example>',
      'Subject: physician liaison tools',
      '',
      'We have 22 physician liaisons and would like a demo.',
      '',
      'Barnaby Quill',
      'Director, Physician Relations',
      'Saint Aldric Health System',
    ].join('\n');
    expect(extractSignature(email, null, { name: 'Hollis Marsh', email: 'hollis@quillmark.example' })).toMatchObject({ fullName: 'Barnaby Quill', company: 'Saint Aldric Health System' });
  });
});

describe('what a first reading of the blind block batch in six languages found', () => {
  it("leaves a stand-in's or a colleague's details, in each language", () => {
    const lead = (block: string) => extractSignature(block)!;
    const en = lead("Orla Fenwick | Regional Sales Manager\nHalyard Lighting Pty Ltd\nM +61 412 555 038 | orla@halyard.com.au\n\nIf I'm unavailable, please reach my colleague\nTomas Vik, Customer Success Lead — +61 2 5550 1847 — tomas.vik@halyard.com.au");
    expect([en.phones.length, en.emails]).toStrictEqual([1, ['orla@halyard.com.au']]);
    const fr = lead('Anouk Delvaux – Key Account Manager\nBrasserie Vauclair SRL\nT +32 10 45 21 87\na.delvaux@vauclair.be\n\nEn mon absence : Romain Piette, +32 10 45 21 80, r.piette@vauclair.be');
    expect([fr.phones.length, fr.emails]).toStrictEqual([1, ['a.delvaux@vauclair.be']]);
    const de = lead('Sabine Kettler\nKältetechnik Orlau GmbH\nTel. 033932 71 84-0\ns.kettler@orlau.de\n\nAb 21.12. vertritt mich Frau Ilka Brandt (Tel. 033932 71 84-22, i.brandt@orlau.de).');
    expect([de.phones.length, de.emails]).toStrictEqual([1, ['s.kettler@orlau.de']]);
    const it = lead('Chiara Vendramin | Ufficio Commerciale Estero\nRubinetterie Ossolane S.r.l.\nT. +39 0322 91 84 53\nexport1@ossolane.it\n\nPer ordini urgenti contattare anche il collega Marco Bolla: +39 0322 91 84 55, export2@ossolane.it');
    expect([it.phones.length, it.emails]).toStrictEqual([1, ['export1@ossolane.it']]);
    const pt = lead('Marta Quintela – Gestora de Clientes\nSeguros Douro Mútua, S.A.\nT: 21 555 4027\nmarta.quintela@douromutua.pt\n\nNas minhas ausências, contacte o meu colega Vasco Pina (21 555 4031 · vasco.pina@douromutua.pt).');
    expect([pt.phones.length, pt.emails]).toStrictEqual([1, ['marta.quintela@douromutua.pt']]);
  });

  it('reads no phone in registration and tax numbers', () => {
    expect(findPhones('SIRET 512 874 390 00027 – TVA FR 42 512874390')).toStrictEqual([]);
    expect(findPhones('NIPC 508 741 263')).toStrictEqual([]);
    expect(findPhones('CNPJ 27.481.936/0001-52')).toStrictEqual([]);
  });

  it('reads extensions in brackets and in the words of each language', () => {
    expect(findPhones('04 72 60 19 48 (poste 214)').map((phone) => phone.number)).toStrictEqual(['04 72 60 19 48 ext. 214']);
    expect(findPhones('Tel.: +55 (11) 3847-2916 ramal 227').map((phone) => phone.number)).toStrictEqual(['+55 11 3847-2916 ext. 227']);
    expect(findPhones('0536 81 44 27 (int. 318)').map((phone) => phone.number)).toStrictEqual(['0536 81 44 27 ext. 318']);
  });

  it('reads a name after "Prof. Dr. med.", and takes no degree for the organisation', () => {
    expect(extractSignature('Prof. Dr. med. Lorenz Wittkamp\nÄrztlicher Direktor\nKlinikum Muldetal gGmbH\nTel. +49 351 555 7431')?.fullName).toBe('Lorenz Wittkamp');
    expect(extractSignature('Basile Favre\nIng. dipl. EPF\nChef de projet, Ouvrages d\'art\nFavre & Jaquier Ingénieurs SA\nT. +41 21 555 42 18')?.company).toBe('Favre & Jaquier Ingénieurs SA');
  });
});

describe('what a first reading of blind dev batch 13 found', () => {
  it('reads a signature under a closing in two languages and above an Impressum', () => {
    const email = [
      'Please send us an offer and information about GDPR.',
      '',
      'With kind regards / Mit freundlichen Grüßen',
      '',
      'i.A. Malte Osterhaus',
      'Head of Purchasing / Leiter Einkauf',
      '',
      'Kranich Antriebstechnik GmbH',
      'Tel.: +49 7433 55 41-212',
      '',
      'Geschäftsführer: Dr. Imke Sandhaus, Lothar Brems',
      'Sitz der Gesellschaft: Balingen, Amtsgericht Stuttgart HRB 412877',
    ].join('\n');
    expect(extractSignature(email, null, { name: 'Malte Osterhaus', email: 'm.osterhaus@kranich-antriebe.example' })).toMatchObject({
      title: 'Head of Purchasing / Leiter Einkauf',
      company: 'Kranich Antriebstechnik GmbH',
    });
  });

  it('reads a Notes header in columns whose recipients wrap before "cc"', () => {
    const email = [
      'Ferdinand,',
      '',
      'We need the revised SOW before Friday.',
      '',
      'Ruthanne Kowal',
      'Manager, Commercial Systems',
      'Bayou Ridge Energy Corp.',
      '(713) 555-0138 (phone)',
      '',
      '             Ferdinand Oyelade',
      '             <ferdinand@clipwi',
      '             se-sales.example>                                       To',
      '                                       Ruthanne',
      '             11/30/2026 05:47          Kowal/HOU/BREC@BREC',
      '             PM                                                      cc',
      '                                       Wilhelmina',
      '                                       Agbaje/HOU/BREC@BREC',
      '                                                                Subject',
      '                                       Re: SOW draft v2',
      '',
      'Ruthanne, attached is v2.',
      '',
      'Ferdinand Oyelade',
      'Solutions Consultant, Clipwise',
      '650-555-0176',
    ].join('\n');
    expect(extractSignature(email, null, { name: 'Ruthanne Kowal', email: 'ruthanne.kowal@bayouridge.example' })).toMatchObject({ fullName: 'Ruthanne Kowal', company: 'Bayou Ridge Energy Corp.' });
  });

  it("leaves the co-signer's block and line, and keeps the sender's organisation paragraph", () => {
    const sender = { name: 'Marguerite Sallow', email: 'marguerite@hearthstone.example' };
    const shared = ['Best,', 'Marguerite & Tobias', '', '--', 'Marguerite Sallow, Co-Founder', 'marguerite@hearthstone.example | 540-555-0161', '', 'Tobias Ingram, Co-Founder', 'tobias@hearthstone.example | 540-555-0174', '', 'Hearthstone Event Rentals', 'Charlottesville, VA'];
    const lead = extractSignature(['Is there a free trial?', '', ...shared].join('\n'), null, sender)!;
    expect(lead.phones.map((phone) => phone.number)).toStrictEqual(['540-555-0161']);
    expect(lead.emails).toStrictEqual(['marguerite@hearthstone.example']);
    const line = ['Thank you,', 'Lorcan', '', 'Lorcan Beaumont, AIA | Principal', 'Yusra Halden | Office Manager, yusra@ferncroft.example, 401-555-0121', 'Ferncroft Studio Architecture', '401-555-0136'].join('\n');
    expect(extractSignature(line, null, { name: 'Lorcan Beaumont', email: 'lorcan@ferncroft.example' })?.phones.map((phone) => phone.number)).toStrictEqual(['401-555-0136']);
    const practice = ['Kind regards,', '', 'Fenella Dacre', 'Practice Manager', '', 'Oakmoor Veterinary Surgery', 'T: 01632 960418', 'E: fenella@oakmoorvets.example'].join('\n');
    expect(extractSignature(practice, null, { name: 'Fenella Dacre', email: 'fenella@oakmoorvets.example' })).toMatchObject({ company: 'Oakmoor Veterinary Surgery' });
  });
});
