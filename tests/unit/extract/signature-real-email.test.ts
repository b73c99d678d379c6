// The failure classes of issue 16, each on an email or block written for this test.
import { extractSignature, parseEmailText, senderFromHeader } from '@/lib/extract/signature';
import { extractSelection } from '@/lib/extract/selection';

const base = { channel: 'email', sourceUrl: null, sourceTitle: null, inquiryAt: null, interest: null, website: null, linkedinUrl: null } as const;

describe('a whole email read as plain text', () => {
  it('finds the signature below a p.s. and an attachment list, past the first-name sign-off', () => {
    const email = [
      'Good afternoon,',
      '',
      'Thanks for the call today. I am attaching the site survey so you can prepare the quote for the',
      'three warehouses.',
      '',
      'Best,',
      'Maria',
      '',
      'p.s. The loading dock plans are in the second file.',
      '',
      ' - Survey_Fresno.pdf',
      ' - Dock_plans.pdf',
      '',
      'Maria L. Castellanos',
      'Director of Facilities Planning',
      'Operations Division',
      'Valley Grocers Cooperative',
      '1200 Industrial Way',
      'Fresno, CA 93721',
      '559-555-0143 (Office)',
      '559-555-0199 (Fax)',
      'mcastellanos@valleygrocers.coop',
    ].join('\n');
    expect(extractSignature(email)).toStrictEqual({
      ...base,
      fullName: 'Maria L. Castellanos',
      title: 'Director of Facilities Planning',
      company: 'Valley Grocers Cooperative',
      emails: ['mcastellanos@valleygrocers.coop'],
      phones: [
        { number: '559-555-0143', type: 'office' },
        { number: '559-555-0199', type: 'fax' },
      ],
      location: '1200 Industrial Way, Fresno, CA 93721',
    });
  });

  it('reads a title written over two lines and leaves the company line to the company', () => {
    const email = [
      'Hello,',
      '',
      'Could your team send pricing for 400 units before Friday? We are comparing two vendors.',
      '',
      'Kind regards,',
      '',
      'Patricia O’Neill-Ramirez',
      'Senior Vice President,',
      'Global Procurement and Supplier Quality',
      'Harborview Medical Devices, Inc.',
      'Direct: +1 (617) 555-0182 ext. 204 | Fax: +1 (617) 555-0100',
      '',
      'Sent from my iPhone',
    ].join('\n');
    expect(extractSignature(email)).toMatchObject({
      fullName: 'Patricia O’Neill-Ramirez',
      title: 'Senior Vice President, Global Procurement and Supplier Quality',
      company: 'Harborview Medical Devices, Inc.',
      phones: [
        { number: '+1 617 555-0182 ext. 204', type: 'office' },
        { number: '+1 617 555-0100', type: 'fax' },
      ],
    });
  });

  it('never takes a fax for a contact phone, however it is labelled', () => {
    const { fields } = parseEmailText(
      ['Ben Okoro', 'Okoro Freight Brokers LLC', '(713) 555-0120 Ph.', '(713) 555-0121 Fax', 'Facsimile Transmission No.: (713) 555-0122', 'Telefax: +49 40 555 0123'].join('\n'),
    );
    expect(fields.phones).toStrictEqual([
      { number: '(713) 555-0120', type: 'office' },
      { number: '(713) 555-0121', type: 'fax' },
      { number: '(713) 555-0122', type: 'fax' },
      { number: '+49 40 555 0123', type: 'fax' },
    ]);
  });

  it('reads a forward as the forwarded mail: the lead is its original sender, not the colleague', () => {
    const email = [
      'Sam, this one came in through the website, can you take it?',
      '',
      'Ravi Menon',
      'Account Manager, LeadClip Demo Co.',
      '+1 415 555 0101',
      '',
      '---------- Forwarded message ---------',
      'From: Ingrid Solberg <ingrid.solberg@fjordkraft-energi.example>',
      'Date: Tue, Nov 24, 2026 at 9:12 AM',
      'Subject: Quote for 12 charging stations',
      'To: <info@leadclip-demo.example>',
      '',
      'Hi, we are planning 12 charging stations for our depot in Bergen.',
      '',
      'Med vennlig hilsen / Best regards',
      'Ingrid Solberg',
      'Head of Fleet Operations',
      'Fjordkraft Energi AS',
      'Mobile: +47 912 34 567',
    ].join('\n');
    expect(extractSignature(email, null, { name: 'Ravi Menon', email: 'ravi.menon@leadclip-demo.example', subject: 'Fwd: Quote for 12 charging stations' })).toStrictEqual({
      ...base,
      fullName: 'Ingrid Solberg',
      title: 'Head of Fleet Operations',
      company: 'Fjordkraft Energi AS',
      emails: ['ingrid.solberg@fjordkraft-energi.example'],
      phones: [{ number: '+47 912 34 567', type: 'mobile' }],
      location: null,
    });
  });

  it('reads a colleague\'s memo passed on inside one mail system as the forwarder\'s own message', () => {
    // The forwarded header carries no internet address: a Notes user of the forwarder's own organisation.
    const email = [
      'Heads up on the Harbor lease, I will call you once I hear from legal.',
      '',
      'Priya Raman',
      'Contracts Manager',
      'Northwind Terminals Inc.',
      '(504) 555-0142 (phone)',
      '(504) 555-0190 (fax)',
      '----- Forwarded by Priya Raman/NOL/NWT on 03/02/2001 10:14 AM -----',
      '',
      '\tOwen Bratt/NWT@NWT',
      '\t03/02/2001 09:58 AM',
      '\t\t To: Priya Raman/NOL/NWT@NWT',
      '\t\t cc: ',
      '\t\t Subject: Harbor lease',
      '',
      'The landlord wants the renewal signed by Friday.',
      '',
      'Owen',
    ].join('\n');
    expect(extractSignature(email, null, { name: 'Priya Raman', email: 'priya.raman@northwind-terminals.example' })).toMatchObject({
      fullName: 'Priya Raman',
      title: 'Contracts Manager',
      company: 'Northwind Terminals Inc.',
      emails: ['priya.raman@northwind-terminals.example'],
      phones: [{ number: '(504) 555-0142', type: 'office' }, { number: '(504) 555-0190', type: 'fax' }],
    });
    // Mail from outside names its address: passed on by the same colleague, its sender is the lead.
    const outside = email.replace('Owen Bratt/NWT@NWT', 'owen.bratt@harbor-estates.example');
    expect(extractSignature(outside, null, { name: 'Priya Raman', email: 'priya.raman@northwind-terminals.example' })?.emails[0]).toBe('owen.bratt@harbor-estates.example');
  });

  it('reads an Outlook forward whose body opens with the forwarded header, in English and in Finnish', () => {
    const outlook = [
      'From: Ingrid Solberg [mailto:ingrid.solberg@fjordkraft-energi.example]',
      'Sent: 24 November 2026 09:12',
      'To: info@leadclip-demo.example',
      'Subject: Quote for 12 charging stations',
      '',
      'Hi, we are planning 12 charging stations for our depot in Bergen.',
      '',
      'Ingrid Solberg',
      'Head of Fleet Operations',
      'Fjordkraft Energi AS',
    ].join('\n');
    const finnish = outlook
      .replace('From:', 'Lähettäjä:')
      .replace('Sent:', 'Lähetetty:')
      .replace('To:', 'Vastaanottaja:')
      .replace('Subject:', 'Aihe:')
      .replace('\n\nHi', '\nHi');
    for (const [text, subject] of [[outlook, 'FW: Quote for 12 charging stations'], [finnish, 'VL: Quote for 12 charging stations']] as const) {
      const lead = extractSignature(text, null, { name: 'Ravi Menon', email: 'ravi.menon@leadclip-demo.example', subject });
      expect(lead).toMatchObject({ fullName: 'Ingrid Solberg', title: 'Head of Fleet Operations', company: 'Fjordkraft Energi AS', emails: ['ingrid.solberg@fjordkraft-energi.example'] });
    }
  });

  it('reads a Lotus Notes forward whose unlabelled header holds the original sender\'s address', () => {
    const email = [
      'Mike -- see below, can you give him a call?',
      '',
      'Karen Whitlow',
      'Land Administration',
      'Meridex Energy Corp.',
      '----- Forwarded by Karen Whitlow/HOU/Meridex on 03/14/2001 09:12 AM -----',
      '',
      '\t"Owen Tarrant" <otarrant@pecosland.example>',
      '\t03/13/2001 04:47 PM',
      '\t\t To: <kwhitlow@meridex.example>',
      '\t\t cc: ',
      '\t\t Subject: Reeves County tracts',
      '',
      'Karen, could someone from your group call me tomorrow?',
      '',
      'Owen Tarrant',
      'Senior Landman',
      'Pecos Land Partners, L.P.',
      'Cell (281) 555-0192',
    ].join('\n');
    expect(extractSignature(email, null, { name: 'Karen Whitlow', email: 'kwhitlow@meridex.example' })).toMatchObject({
      fullName: 'Owen Tarrant',
      title: 'Senior Landman',
      company: 'Pecos Land Partners, L.P.',
      emails: ['otarrant@pecosland.example'],
      phones: [{ number: '(281) 555-0192', type: 'mobile' }],
    });
  });

  it('cuts a Notes quote header set in columns, the address wrapped beside "To:"', () => {
    const email = [
      'Jim - yes, go ahead and ship the 200 units.',
      '',
      'Gary',
      '',
      '                    "Jim Tolliver"',
      '                    <jtolliver@braswel          To:     <gary@norgaard.example>',
      '                    lcontrols.example>          cc:',
      '                                                Subject:     Lot 2 schedule',
      '                    08/21/2002 02:15 PM',
      '',
      'Gary, we can release the first 200 units this week.',
      '',
      'Jim Tolliver',
      'Inside Sales',
      'Braswell Controls, Inc.',
      '(216) 555-0147  x231',
    ].join('\n');
    const lead = extractSignature(email, null, { name: 'Gary Lindqvist', email: 'gary@norgaard.example' });
    expect(lead).toMatchObject({ fullName: 'Gary Lindqvist', title: null, company: null, phones: [], emails: ['gary@norgaard.example'] });
  });

  it('stops at a legal footer below the contact lines whatever its opening, and reads ", poste 2231" as an extension', () => {
    const english = [
      'Very truly yours,',
      '',
      'Helena Marsh',
      'Senior Paralegal',
      'Ashcombe & Pryor LLP',
      'T 303.555.0163 | F 303.555.0160',
      '',
      '=======================================',
      'NOTICE: This communication is intended only for the use of the individual or entity to which it is addressed. If you have received it in error, please notify us immediately by telephone at (303) 555-0100.',
    ].join('\n');
    expect(extractSignature(english)).toMatchObject({ fullName: 'Helena Marsh', title: 'Senior Paralegal', company: 'Ashcombe & Pryor LLP', phones: [{ number: '303.555.0163', type: 'office' }, { number: '303.555.0160', type: 'fax' }] });
    const italian = [
      'Distinti saluti,',
      '',
      'Chiara Fontanesi',
      'Responsabile Acquisti',
      'Officine Barbieri S.r.l.',
      'Tel. +39 0521 555123',
      '',
      'Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Ai sensi del GDPR La informiamo che i Suoi dati sono trattati per finalità commerciali, tel. 0521 555100.',
    ].join('\n');
    expect(extractSignature(italian)?.phones).toStrictEqual([{ number: '+39 0521 555123', type: 'office' }]);
    expect(extractSignature('Isabelle Gagnon\nDirectrice des achats, Fromagerie Belle-Rive inc.\nTél. : 450 555-0187, poste 2231')?.phones).toStrictEqual([{ number: '450 555-0187 ext. 2231', type: 'office' }]);
  });

  it('reads an Outlook forward without marker or subject when the note says it forwards, and keeps a reply a reply', () => {
    const forward = [
      'Dana,',
      '',
      'Passing this one to you - Hollis Agri is in your region.',
      '',
      'Victor Amundsen',
      'Inside Sales Representative',
      'Prairieline Equipment Finance',
      'Direct: 605-555-0124',
      '',
      'From: Carl Hollis <carl@hollisagri.example>',
      'Sent: Friday, December 4, 2026 1:17 PM',
      'To: Victor Amundsen <vamundsen@prairieline.example>',
      'Subject: financing on 2 combines',
      '',
      'Victor, can you call me today about financing two combines? 605-555-0177',
      '',
      'Carl Hollis',
      'Hollis Agri Partners',
    ].join('\n');
    const hints = { name: 'Victor Amundsen', email: 'vamundsen@prairieline.example' };
    expect(extractSignature(forward, null, hints)).toMatchObject({ fullName: 'Carl Hollis', company: 'Hollis Agri Partners', emails: ['carl@hollisagri.example'] });
    const reply = forward.replace('Passing this one to you - Hollis Agri is in your region.', 'Yes, Thursday works for the call.');
    expect(extractSignature(reply, null, hints)).toMatchObject({ fullName: 'Victor Amundsen', company: 'Prairieline Equipment Finance' });
    expect(senderFromHeader('"Acme, Inc." <hello@acme.example>').name).toBe('Acme, Inc.');
    expect(senderFromHeader('"Okonkwo, Chidi" <chidi@lagoon.example>').name).toBe('Chidi Okonkwo');
  });

  it('cuts Lotus Notes history, whose header has no "From:" label', () => {
    const email = [
      'Fine with me, go ahead.',
      '',
      'Dana Whitcomb',
      'Senior Counsel',
      'Whitcomb & Hale LLP',
      '(312) 555-0150',
      '',
      '\tGeorge Ferris@PIERSIDE',
      '\t03/14/2001 10:02 AM',
      '\t\t To: Dana Whitcomb/CHI/WH@WH',
      '\t\t cc: ',
      '\t\t Subject: Lease draft',
      '',
      'Dana, attached is the lease draft.',
      '',
      'George Ferris',
      'Pierside Properties Inc.',
      '(312) 555-0199',
    ].join('\n');
    expect(extractSignature(email)).toMatchObject({ fullName: 'Dana Whitcomb', title: 'Senior Counsel', company: 'Whitcomb & Hale LLP', phones: [{ number: '(312) 555-0150', type: 'other' }] });
  });
});

describe('a signature block on its own is a signature, in every language', () => {
  it.each([
    [
      'FR',
      'Lucien Marchetti\nResponsable des Achats\nSociété Horlogère du Jura\nTél : +33 3 81 55 01 22\nlucien.marchetti@shj-horlogerie.fr\nwww.shj-horlogerie.fr',
      { fullName: 'Lucien Marchetti', title: 'Responsable des Achats', company: 'Société Horlogère du Jura', phones: [{ number: '+33 3 81 55 01 22', type: 'office' }] },
    ],
    [
      'DE',
      'Dr. Katharina Müller-Lüdenscheidt\nLeiterin Einkauf und Logistik\nBrenner Maschinenbau GmbH & Co. KG\nTelefon: +49 711 340 88 120\nTelefax: +49 711 340 88 199',
      {
        fullName: 'Katharina Müller-Lüdenscheidt',
        title: 'Leiterin Einkauf und Logistik',
        company: 'Brenner Maschinenbau GmbH & Co. KG',
        phones: [
          { number: '+49 711 340 88 120', type: 'office' },
          { number: '+49 711 340 88 199', type: 'fax' },
        ],
      },
    ],
    [
      'ES',
      'María José Fernández de Castro\nDirectora de Compras\nGrupo Alimentario del Ebro, S.L.\nMóvil: +34 654 32 10 98',
      { fullName: 'María José Fernández de Castro', title: 'Directora de Compras', company: 'Grupo Alimentario del Ebro, S.L.', phones: [{ number: '+34 654 32 10 98', type: 'mobile' }] },
    ],
    [
      'IT',
      'Ing. Paolo DE LUCA\nDirettore Tecnico\nOfficine Meccaniche Adriatiche S.p.A.\nT: +39 071 280 4411',
      { fullName: 'Paolo DE LUCA', title: 'Direttore Tecnico', company: 'Officine Meccaniche Adriatiche S.p.A.', phones: [{ number: '+39 071 280 4411', type: 'office' }] },
    ],
    [
      'PT',
      'Inês Carvalho\nDiretora Comercial\nVinhos do Douro Superior, Lda.\nTelemóvel: +351 912 345 678',
      { fullName: 'Inês Carvalho', title: 'Diretora Comercial', company: 'Vinhos do Douro Superior, Lda.', phones: [{ number: '+351 912 345 678', type: 'mobile' }] },
    ],
    [
      'EN',
      '--\nKwame Asante | Head of Partnerships | Brightline Analytics\nkwame@brightline-analytics.io | +44 20 7946 0321',
      { fullName: 'Kwame Asante', title: 'Head of Partnerships', company: 'Brightline Analytics', phones: [{ number: '+44 20 7946 0321', type: 'other' }] },
    ],
  ])('%s', (_, block, expected) => {
    expect(extractSignature(block)).toMatchObject(expected);
    expect(extractSelection(block, null)).toMatchObject(expected);
  });

  it('keeps names with initials, particles, hyphens and all-caps surnames whole', () => {
    const names = ['Jean-Luc DUPONT', 'Anne-Sophie de La Roche', 'Thomas R. Becker', 'João Pedro Albuquerque', 'J. K. van der Berg'];
    for (const name of names) expect(parseEmailText(`${name}\nAccount Executive\n+1 415 555 0123`).fields.fullName).toBe(name);
  });
});
