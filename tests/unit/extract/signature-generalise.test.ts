// Failure classes found on the second round of dev blocks (issue 16), each on a block written for
// this test: a signature below its closing with an address line the address patterns do not know,
// a selection that starts at its closing, columns split by dashes, lower-case and Belgian
// honorifics, feminine and prefixed roles, "Title, X" when another line names the organisation,
// a rule above a page of forwarded prose, numbers wrapped after their area code, and "Name, Role"
// lines.
import { extractSignature, parseEmailText } from '@/lib/extract/signature';
import { extractSelection } from '@/lib/extract/selection';

describe('where the signature starts', () => {
  it('keeps short lines under the closing even when no address pattern knows them', () => {
    const email = [
      'Estimado Sr. Vidal:',
      '',
      'Le envío la cotización revisada con los nuevos plazos.',
      '',
      'Saludos cordiales,',
      '',
      'Ing. Ana Lucía Torres Medina',
      'Gerente de Abastecimiento',
      'Envases del Pacífico, S.A. de C.V.',
      'Blvd. Costero 118, Col. Centro',
      'Cel. +52 1 646 555 2231',
      'atorres@envasespacifico.mx',
    ].join('\n');
    expect(extractSignature(email)).toMatchObject({
      fullName: 'Ana Lucía Torres Medina',
      title: 'Gerente de Abastecimiento',
      company: 'Envases del Pacífico, S.A. de C.V.',
    });
  });

  it('reads a selection that starts at its closing line the same on every path', () => {
    const block = ['Cordiali saluti,', '', 'dott.ssa Elisa Conti', 'Responsabile Acquisti', 'Ceramiche Toscane S.p.A.', 'Via Aretina 12/B, Firenze', 'Cell. +39 333 410 2288'].join('\n');
    const fields = { fullName: 'Elisa Conti', title: 'Responsabile Acquisti', company: 'Ceramiche Toscane S.p.A.' };
    expect(extractSignature(block)).toMatchObject(fields);
    expect(extractSelection(block, new URL('https://mail.google.com/mail/u/0/'))).toMatchObject(fields);
  });

  it('does not read a page of forwarded prose under a wrapped forward marker as a signature', () => {
    const email = [
      'See below.',
      '----- Forwarded by Ada King/HOU on 03/08/01 08:12 AM',
      '-----',
      '',
      'The Harbour Foundation is preparing the yearly report that every member needs to read.',
      'It covers the budget, the new members and the schedule of the three regional meetings.',
      'Please send your comments before the end of the month so that we can include them.',
      'The board will discuss the remaining questions at its next meeting in the spring.',
      'Contact the office at 555-0100 if you need a printed copy of the document.',
    ].join('\n');
    expect(parseEmailText(email).fields.company).toBeNull();
  });

  it('reads a signature whose closing is followed by an environmental note after the contact lines', () => {
    const email = [
      'Prezado Marcos,',
      '',
      'Segue a confirmação do pedido.',
      '',
      'Atenciosamente,',
      '',
      'Beatriz Nogueira Lopes',
      'Coordenadora de Compras',
      'Cerâmica Vale do Itajaí Ltda.',
      '+55 (47) 3025-1100',
      'beatriz.lopes@ceramicavale.com.br',
      '',
      'Antes de imprimir, pense em sua responsabilidade e compromisso com o meio ambiente e com o futuro.',
    ].join('\n');
    expect(extractSignature(email)).toMatchObject({ fullName: 'Beatriz Nogueira Lopes', title: 'Coordenadora de Compras', company: 'Cerâmica Vale do Itajaí Ltda.' });
  });

  it('starts the signature at a dash sign-off, but not at the last item of a dashed list', () => {
    const email = ['Thanks, that fixed it.', '', '-Frank', '', 'Frank Kelly', 'Principal Software Engineer', '', 'HERE', '5 Wayside Rd, Burlington, MA 01803, USA', '42° 29\' 7" N 71° 11\' 32" W', '', '<http://360.here.com/>'].join('\n');
    expect(parseEmailText(email).signature?.map((line) => line.trim()).filter(Boolean)[0]).toBe('-Frank');
    expect(extractSignature(email)).toMatchObject({ fullName: 'Frank Kelly', title: 'Principal Software Engineer' });
    const list = ['Hi Ada,', '', 'Before Friday we need:', '- Pricing', '- Timeline'].join('\n');
    expect(parseEmailText(list).signature).toBeNull();
  });

  it('reads no phone in a log line\'s date and hour', () => {
    const email = ['Here is the log:', '', '2017-08-31 10:01:56 INFO  ZooKeeper:438 - Initiating client connection', '04/11/2001 11:09 AM', '', 'Ada'].join('\n');
    expect(extractSignature(email)?.phones ?? []).toStrictEqual([]);
  });

  it('keeps a lone contact label and a number wrapped after its area code', () => {
    const block = ['Omar Haddad                     Email:', 'omar.haddad@gulfline.com', 'Director                        Tel:    (713)', '555-0142', 'Gulfline Shipping'].join('\n');
    const lead = extractSignature(block);
    expect(lead).toMatchObject({ fullName: 'Omar Haddad', title: 'Director', company: 'Gulfline Shipping' });
    expect(lead?.phones.map((phone) => phone.number.replace(/\D/g, ''))).toEqual(['7135550142']);
  });
});

describe('field reading', () => {
  it('reads each column of a line split by dashes', () => {
    const block = ['Saluti,', 'Chiara BELLINI - Responsabile Amministrazione - Frantoio Umbro Soc. Coop. Agricola', 'Tel. 075 555 1020 - chiara@frantoioumbro.it'].join('\n');
    expect(extractSignature(block)).toMatchObject({ fullName: 'Chiara BELLINI', title: 'Responsabile Amministrazione', company: 'Frantoio Umbro Soc. Coop. Agricola' });
  });

  it.each([
    ['Ir. Pieter Claes', 'Pieter Claes'],
    ['ing. Paolo Sartori', 'Paolo Sartori'],
    ['i. A. Jonas Vogt', 'Jonas Vogt'],
    ['Rafael Ortiz, P.E.', 'Rafael Ortiz'],
    ['Mtra. Sofía Rangel', 'Sofía Rangel'],
    ['Sam Rivera (she/her)', 'Sam Rivera'],
  ])('drops the honorific or degree in %s', (line, name) => {
    expect(extractSignature([line, 'Technical Director', 'Tel. +32 2 555 10 20'].join('\n'))?.fullName).toBe(name);
  });

  it.each(['Key Account Managerin', 'Subdirector General de Compras', 'Vicepresidente Comercial', 'Co-Founder'])('reads "%s" as a role', (title) => {
    expect(extractSignature(['Lena Graf', title, 'Nordholz Handels GmbH', 'Tel. +49 40 555 0190'].join('\n'))?.title).toBe(title);
  });

  it('keeps "Title, Function" whole when another line names the organisation', () => {
    const block = ['Nadia Osei', 'Vice President, Strategic Sourcing', 'and Vendor Management', 'Lakeside Freight Group', 'M: +1 (312) 555-0177'].join('\n');
    expect(extractSignature(block)).toMatchObject({ title: 'Vice President, Strategic Sourcing and Vendor Management', company: 'Lakeside Freight Group' });
    expect(extractSignature(['Nadia Osei', 'Geologist, Lakeside Freight Group', 'M: +1 (312) 555-0177'].join('\n'))).toMatchObject({ title: 'Geologist', company: 'Lakeside Freight Group' });
  });

  it('reads organisations ending in a short abbreviation and names that hold a role word', () => {
    expect(extractSignature(['Merci,', '', 'Sylvie Gagnon', 'Directrice des ventes', 'Érablière du Lac inc.', '819 555-0142'].join('\n'))).toMatchObject({ fullName: 'Sylvie Gagnon', company: 'Érablière du Lac inc.' });
    expect(extractSignature(['Distinti saluti', '', 'Marco Neri', 'Titolare', 'Neri S.a.s. di Marco Neri & C.', 'Tel. 055 555 1200'].join('\n'))).toMatchObject({ fullName: 'Marco Neri', company: 'Neri S.a.s. di Marco Neri & C.' });
    expect(extractSignature(['Urs Keller', 'Projektleiter Hochbau', 'Keller + Partner AG', 'Tel. +41 44 555 30 20'].join('\n'))).toMatchObject({ title: 'Projektleiter Hochbau', company: 'Keller + Partner AG' });
  });

  it('takes no booking link for the company', () => {
    const block = ['Jordan Blake', 'Head of Partnerships', 'Quillstone Analytics', 'Book a meeting: https://calendly.com/quillstone-jordan/30min'].join('\n');
    expect(extractSignature(block)?.company).toBe('Quillstone Analytics');
  });

  it('takes no labelled phone line for a company when the number drops its trunk "(0)"', () => {
    const block = ['Harriet Okonjo', 'Senior Director', '', 'Tel: +44 (0)20 7946 0311', 'Cell: +44 (0)7700 900412'].join('\n');
    expect(extractSignature(block)).toMatchObject({ title: 'Senior Director', company: null, phones: [{ number: '+44 20 7946 0311', type: 'office' }, { number: '+44 7700 900412', type: 'mobile' }] });
  });

  it('takes no room code for a company', () => {
    expect(extractSignature(['Carla Mendes', 'EB 3812', 'Houston, TX 77002', '713-555-0188 (phone)'].join('\n'))?.company).toBeNull();
  });

  it('splits "Name, Role" on one line, and keeps a long line led by a role word for the organisation', () => {
    expect(extractSignature(['Élodie Garnier, Cheffe de projet SI', 'Mairie de Villeurbanne', '04 78 03 67 00'].join('\n'))).toMatchObject({ fullName: 'Élodie Garnier', title: 'Cheffe de projet SI' });
    const block = ['Renata Alves Moura', 'Assessora de Comunicação', 'Secretaria Municipal de Saúde de Curitiba', '(41) 3350-9000'].join('\n');
    expect(extractSignature(block)).toMatchObject({ title: 'Assessora de Comunicação', company: 'Secretaria Municipal de Saúde de Curitiba' });
  });
});

describe('failure classes of the blind dev emails (third round)', () => {
  it('drops a dental or legal credential after the name', () => {
    const block = ['Dr. Nadia Ferreira, DMD', 'Owner', 'Brookside Dental Studio', '(617) 555-0131'].join('\n');
    expect(extractSignature(block)).toMatchObject({ fullName: 'Nadia Ferreira', title: 'Owner', company: 'Brookside Dental Studio' });
    expect(extractSignature(['Samuel Ortiz, J.D.', 'Contracts Counsel', 'Ridgeline Partners LLP'].join('\n'))?.fullName).toBe('Samuel Ortiz');
  });

  it('knows "L.P." as a legal form and an oil-field "Landman" as a title', () => {
    const block = ['Walter Briggs', 'Senior Landman', 'Land Department', 'Redbank Energy Marketing, L.P.', 'Direct: (713) 555-0177', 'walter.briggs@redbankenergy.com'].join('\n');
    expect(extractSignature(block)).toMatchObject({ title: 'Senior Landman', company: 'Redbank Energy Marketing, L.P.' });
  });

  it('reads a letterhead line above the name as the company, and never a phone line with its extension', () => {
    const block = ['DALEWOOD HOME SERVICES', 'Carmen Ibarra | Service Manager', 'Main 602-555-0140 ext. 31 | Fax 602-555-0149', 'cibarra@dalewoodhs.com'].join('\n');
    expect(extractSignature(block)).toMatchObject({ fullName: 'Carmen Ibarra', title: 'Service Manager', company: 'DALEWOOD HOME SERVICES' });
  });

  it('keeps a signature whose contact lines are followed by a banner and social links', () => {
    const email = ['Hello,', '', 'Do you ship lidding film to Norway?', '', 'Warmly,', 'Sigrid', '', 'Sigrid Aune', 'Co-Founder & CEO', 'Fjordbrygg', 'sigrid@fjordbrygg.no | +47 912 55 047', '', '[Banner] Meet us at Nordic Coffee Expo, Stand B14 - 12-14 March', "We're hiring! -> fjordbrygg.no/careers", 'Facebook | Instagram | LinkedIn'].join('\n');
    expect(extractSignature(email, null, { name: 'Sigrid Aune', email: 'sigrid@fjordbrygg.no' })).toMatchObject({ fullName: 'Sigrid Aune', title: 'Co-Founder & CEO', company: 'Fjordbrygg', phones: [{ number: '+47 912 55 047', type: 'other' }] });
  });

  it('turns a forwarded "Last, First" sender round', () => {
    const email = ['Begin forwarded message:', '', 'From: "Adeyemi, Tunde" <tunde.adeyemi@lagoonfreight.example>', 'Subject: Rates for Q3', 'Date: 3 March 2026 at 10:02', '', 'Could you quote 12 containers a month?'].join('\n');
    expect(extractSignature(email, null, { name: 'Sam Colleague', email: 'sam@leadclip-demo.example', subject: 'Fwd: Rates for Q3' })?.fullName).toBe('Tunde Adeyemi');
  });

  it('does not take "Clinical" for a clinic, and carries a title on over a line starting with "and"', () => {
    const block = ['Renata Vogel', 'Senior Director, Clinical Operations', 'and Regulatory Affairs', 'Ostrander Clinical Research Institute', 'P: 860-555-0171'].join('\n');
    expect(extractSignature(block)).toMatchObject({ title: 'Senior Director, Clinical Operations and Regulatory Affairs', company: 'Ostrander Clinical Research Institute' });
  });

  it('gives the header\'s full name when the message is signed with its first name only', () => {
    const email = ['Hi,', '', 'Could you send a quote for 40 chairs?', '', 'Thanks!', 'Maria'].join('\n');
    expect(extractSignature(email, null, { name: 'Maria Delgado', email: 'maria.delgado@gmail.com' })?.fullName).toBe('Maria Delgado');
    // A different signed name, or a header that is no name, keeps the signature's.
    expect(extractSignature(email, null, { name: 'Sales Team', email: 'sales@example.com' })?.fullName).toBe('Maria');
    expect(extractSignature(email.replace('Maria', 'Marisol Vega'), null, { name: 'Maria Delgado', email: 'maria.delgado@gmail.com' })?.fullName).toBe('Marisol Vega');
  });

  it('completes a reply signed "Sent from my iPhone" from the sender\'s own signature quoted below, never another person\'s', () => {
    const email = [
      'Sounds good, see you then',
      '',
      'Sent from my iPhone',
      '',
      '> On Dec 3, 2026, at 5:12 PM, Dana Whitfield <dana@vendorco.example> wrote:',
      '>',
      '> Confirming our call Monday at 10am.',
      '>',
      '> Dana Whitfield',
      '> Customer Success Manager, VendorCo',
      '> 206-555-0102',
      '>',
      '>> On Dec 2, 2026, at 9:48 AM, Tomas Lind <tomas@lindbakery.example> wrote:',
      '>>',
      '>> Can we add two more stores to our account?',
      '>>',
      '>> Tomas Lind',
      '>> Director of Operations',
      '>> Lind Family Bakery',
      '>> 360-555-0181',
    ].join('\n');
    expect(extractSignature(email, null, { name: 'Tomas Lind', email: 'tomas@lindbakery.example' })).toMatchObject({
      fullName: 'Tomas Lind',
      title: 'Director of Operations',
      company: 'Lind Family Bakery',
      phones: [{ number: '360-555-0181', type: 'other' }],
    });
  });

  it('takes no sentence, room or signed first name for the company when nothing names one', () => {
    const email = ['Thanks,', '', 'Nora', '', '', 'Nora Quist', 'nora@quistpr.example', '619-555-0134 ext. 238', '', 'You can reach me at 5-7735', 'Enron Building 3886'].join('\n');
    expect(extractSignature(email, null, { name: 'Nora Quist', email: 'nora@quistpr.example' })?.company).toBeNull();
    expect(extractSignature(['Matthias Keller', 'Kaufmännische Leitung', 'Schwarzwald Bio-Molkerei eG'].join('\n'))?.company).toBe('Schwarzwald Bio-Molkerei eG');
  });
});

describe('who the lead is: names of the third blind dev batch', () => {
  const ask = ['Hi,', '', 'Can you send pricing for 12 seats?', ''];

  it('prefers the signature\'s full name to a signed short form that the header shares', () => {
    const email = [...ask, '- Pat', '', 'Patricia Nwosu-Lindqvist | Head of Growth | Ferncastle'].join('\n');
    expect(extractSignature(email, null, { name: 'Pat Nwosu-Lindqvist', email: 'pat@ferncastle.example' })?.fullName).toBe('Patricia Nwosu-Lindqvist');
    const tom = [...ask, 'Thanks,', 'Tom B.'].join('\n');
    expect(extractSignature(tom, null, { name: 'Tom Brannigan', email: 'tom@beanery.example' })?.fullName).toBe('Tom Brannigan');
  });

  it('keeps "Jr." and "III", drops a quoted nickname and honours such as "FRSA"', () => {
    const read = (name: string) => extractSignature([...ask, 'Thanks', '', name, 'General Sales Manager', 'Whitfield Auto Group', 'Cell 601-555-0121'].join('\n'), null, { name: 'Dwayne Whitfield', email: 'dwayne@whitfieldauto.example' })?.fullName;
    expect(read('Dwayne T. Whitfield Jr.')).toBe('Dwayne T. Whitfield Jr.');
    expect(read('Dwayne "Dee" Whitfield III')).toBe('Dwayne Whitfield III');
    expect(read('Prof. Dwayne Whitfield FRSA')).toBe('Dwayne Whitfield');
  });

  it('reads the person out of a display name that also names the business, and a possessive business name as a company', () => {
    const email = [...ask, 'xo', 'Lena', '', 'Lena Marchetti-Ruiz', 'Coach & Founder · Keystone Realty Coaching', '(702) 555-0145'].join('\n');
    expect(extractSignature(email, null, { name: 'Lena | Keystone Realty Coaching', email: 'lena@keystonerc.example' })).toMatchObject({ fullName: 'Lena Marchetti-Ruiz', company: 'Keystone Realty Coaching' });
    const bakery = [...ask, 'Blessings,', 'Bernadette', '', '~~~~~~~~~~~~', "Bernie's Bread Box", '118 Depot St. • Canton, GA 30114', 'Call or text: 770-555-0151'].join('\n');
    expect(extractSignature(bakery, null, { name: 'Bernadette Okafor', email: 'bernie@breadbox.example' })).toMatchObject({ fullName: 'Bernadette Okafor', company: "Bernie's Bread Box" });
  });

  it('takes the number and address the writer gives as their own in the message, never someone else\'s', () => {
    const email = [
      'Can someone call me? Best number is my cell, 503-555-0134.',
      'I am told that Justin Boyd (011-44-20-7946-0321) already has the contract, and her assistant is on 503-555-0188.',
      'You can also write to me directly at pat.lind@ferncastle.example.',
      '',
      '- Pat',
    ].join('\n');
    const lead = extractSignature(email, null, { name: 'Pat Lind', email: 'pat@ferncastle.example' });
    expect(lead?.phones).toStrictEqual([{ number: '503-555-0134', type: 'mobile' }]);
    expect(lead?.emails).toStrictEqual(['pat@ferncastle.example', 'pat.lind@ferncastle.example']);
    expect(extractSignature('Bernie\n\nCall or text: 770-555-0151\nFax orders: 770-555-0152')?.phones.map((phone) => phone.type)).toStrictEqual(['other', 'fax']);
  });

  it('credits an assistant\'s line in the signature to the assistant, not to the lead', () => {
    const block = ['Gregory Lindqvist', 'Chief Financial Officer', 'Pinemarsh Foods', 'Direct: 414-555-0120', 'Assistant: Lucia Ortega, 414-555-0121', 'lucia.ortega@pinemarsh.example'].join('\n');
    expect(extractSignature(block)).toMatchObject({ fullName: 'Gregory Lindqvist', phones: [{ number: '414-555-0120', type: 'office' }], emails: [] });
    const labelled = ['Gregory Lindqvist', 'CFO, Pinemarsh Foods', '414-555-0120', 'Executive Assistant: Lucia Ortega', '414-555-0121'].join('\n');
    expect(extractSignature(labelled)?.phones).toStrictEqual([{ number: '414-555-0120', type: 'other' }]);
  });

  it('reads the formal name behind a signed short form, and credentials written as initials', () => {
    const email = [...ask, 'thanks', 'Gus'].join('\n');
    expect(extractSignature(email, null, { name: 'Augustin Beaulieu', email: 'gus.beaulieu@gmail.com' })?.fullName).toBe('Augustin Beaulieu');
    expect(extractSignature([...ask, 'Chris Vance'].join('\n'), null, { name: 'Christopher Vance', email: 'cvance@vance.example' })?.fullName).toBe('Christopher Vance');
    expect(extractSignature([...ask, 'Bob Haskins'].join('\n'), null, { name: 'Robert Haskins', email: 'rh@haskins.example' })?.fullName).toBe('Robert Haskins');
    expect(extractSignature([...ask, 'Bob Haskins'].join('\n'), null, { name: 'Roberta Haskins', email: 'rh@haskins.example' })?.fullName).toBe('Bob Haskins');
    const block = (name: string) => extractSignature([name, 'Senior Geologist', 'Northstar Basin Resources, Inc.', 'Tel   303-555-0151', 'Fax   303-555-0150'].join('\n'));
    expect(block('Ingrid S. Halvorsrud, P.G.')).toMatchObject({ fullName: 'Ingrid S. Halvorsrud', phones: [{ number: '303-555-0151', type: 'office' }, { number: '303-555-0150', type: 'fax' }] });
    expect(block('C.P.C. Rosa Quispe Huamán')?.fullName).toBe('Rosa Quispe Huamán');
    expect(block('A.J. Patel')?.fullName).toBe('A.J. Patel');
    expect(extractSignature(['Dana Whitcomb', 'Senior Paralegal', 'Litigation Support Services', 'Whitcomb, Harrow & Lindqvist, P.C.'].join('\n'))?.company).toBe('Whitcomb, Harrow & Lindqvist, P.C.');
  });

  it('reads nothing of a "cc:" line under the signature', () => {
    const email = [...ask, 'Best regards,', 'Tom', '', 'Thomas A. Reinholt', 'Economist', 'Meridian Gas Transmission Co.', 'Phone: 402.555.0118', '', '-----', 'cc: Walter Brzezinski, Director, Market Fundamentals, 402.555.0105, wbrzezinski@meridiangas.example'].join('\n');
    expect(extractSignature(email, null, { name: 'Tom Reinholt', email: 'treinholt@meridiangas.example' })).toMatchObject({
      fullName: 'Thomas A. Reinholt',
      title: 'Economist',
      company: 'Meridian Gas Transmission Co.',
      phones: [{ number: '402.555.0118', type: 'office' }],
      emails: ['treinholt@meridiangas.example'],
    });
  });
});
