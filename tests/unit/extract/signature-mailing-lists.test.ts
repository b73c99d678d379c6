// Failure classes found on real mailing-list signatures (the ASF tuning part, issue 16), each on a
// block written for this test: UTF-8 read as single bytes, a name and its organisation on one line
// under "--", map coordinates in an office block, a handle after a one-letter label, a "~" between an
// organisation and its team, a nickname line that is the address's local part, and zero-width
// characters inside numbers.
import { extractSignature } from '@/lib/extract/signature';
import { extractSelection } from '@/lib/extract/selection';
import { decodedEmailText } from '@/lib/extract/raw-email';
import { findPhones } from '@/lib/extract/contact-text';

const ask = ['Hi all,', '', 'Has anyone seen the indexer stall after a restart? We see it on two nodes since the upgrade.', ''];

describe('text saved with the wrong encoding', () => {
  it('reads UTF-8 that was read as Latin-1 or Windows-1252 back as UTF-8', () => {
    expect(decodedEmailText('>>SÃ¸ren MÃ¼ller-Ã‰tienne\n> ACMEÂ\u00a0 \nPhone: 040 555â€‹ 0198')).toBe('>>Søren Müller-Étienne\n> ACME\u00a0 \nPhone: 040 555\u200b 0198');
  });

  it('leaves text that is already right alone, line by line', () => {
    const text = 'José García\nPrice: 20 € net\nÃ\u00a0 la carte';
    expect(decodedEmailText(text)).toBe('José García\nPrice: 20 € net\nà la carte');
    expect(decodedEmailText('Grüße aus Köln — Jürgen')).toBe('Grüße aus Köln — Jürgen');
  });

  it('gives the name as it was written when a saved mail shows it garbled', () => {
    const saved = [...ask, 'Regards,', 'JÃ¶rg', '', 'JÃ¶rg HÃ¤fner', 'Platform Engineering', 'Nordhafen Logistik GmbH', 'Telefon +49 40 555 0188'].join('\n');
    expect(extractSignature(decodedEmailText(saved))).toMatchObject({ fullName: 'Jörg Häfner', company: 'Nordhafen Logistik GmbH', phones: [{ number: '+49 40 555 0188', type: 'office' }] });
  });

  it('drops zero-width characters inside a number', () => {
    const block = ['Maren Holt', 'Search Consultant', 'Fjordlight Consulting', 'Mobile: +47 915\u200b 55\u200c 012'].join('\n');
    expect(extractSignature(block)?.phones).toStrictEqual([{ number: '+47 915 55 012', type: 'mobile' }]);
  });
});

describe('a name and its organisation on one line', () => {
  it('reads "Name, Organisation" under a rule as the signature', () => {
    const email = [...ask, '--', 'Ingrid Solberg, Bergen Public Library'].join('\n');
    expect(extractSignature(email)).toMatchObject({ fullName: 'Ingrid Solberg', company: 'Bergen Public Library' });
    expect(extractSelection('Ingrid Solberg, Bergen Public Library', null)).toMatchObject({ fullName: 'Ingrid Solberg', company: 'Bergen Public Library' });
  });

  it('keeps a firm whose legal name has a comma whole', () => {
    const block = ['Mirjam Ostrowski', 'IT Operations', '', 'Joh. Ostrowski, Brandt & Co. KG', 'Hafenstraße 20', '20457 Hamburg', 'Telefon +49 40 555 0142'].join('\n');
    expect(extractSignature(block)).toMatchObject({ fullName: 'Mirjam Ostrowski', company: 'Joh. Ostrowski, Brandt & Co. KG' });
    expect(extractSignature(['Tomás Ferreira', 'Diretor Técnico', 'Ferreira Metalomecânica do Norte, Lda.', '+351 22 555 0190'].join('\n'))?.company).toBe('Ferreira Metalomecânica do Norte, Lda.');
  });
});

describe('lines in a block that are not who the person is', () => {
  it('reads a block with the office\'s map coordinates in it', () => {
    const block = ['Paul Okafor', 'Principal Software Engineer', '', 'TIDEMARK', '12 Harbor Rd, Portland, ME 04101, USA', '43° 39\' 22" N 70° 15\' 19" W', '', '<https://tidemark.example/>'].join('\n');
    expect(extractSignature(block)).toMatchObject({ fullName: 'Paul Okafor', title: 'Principal Software Engineer', company: 'TIDEMARK', location: '12 Harbor Rd, Portland, ME 04101, USA' });
  });

  it('does not add a handle after "t:" to the title', () => {
    const block = ['--', '*Rhys Pemberton*', 'Lead Developer', 'e:  rhys@brightwire.example', 'p:  0161 555 0133', 't:  @brightwire <http://www.twitter.com/brightwire>'].join('\n');
    expect(extractSignature(block)).toMatchObject({ fullName: 'Rhys Pemberton', title: 'Lead Developer', emails: ['rhys@brightwire.example'] });
  });

  it('splits an organisation from its team at a "~"', () => {
    const block = ['Dale Whitcombe, Systems Analyst II', 'Pine & Anchor Outfitters, Inc. ~ Direct Channel Technology Team', 'Office: 207.555.0154', 'Cell:    207.555.0187'].join('\n');
    expect(extractSignature(block)).toMatchObject({ fullName: 'Dale Whitcombe', title: 'Systems Analyst II', company: 'Pine & Anchor Outfitters, Inc.' });
  });

  it('does not take the nickname an address is made of for the organisation', () => {
    const block = ['marlo', 'Marlowe Quist', 'marlo@marloquist.example', 'http://notes.marloquist.example/  (my blog)'].join('\n');
    expect(extractSignature(block)).toMatchObject({ fullName: 'Marlowe Quist', company: null, emails: ['marlo@marloquist.example'] });
  });

  it('reads "HTH," as a closing, not as the name', () => {
    const email = [...ask, 'You can boost the exact field:', '', 'title_exact:report^100 OR title:report', '', 'HTH,', 'Oskar'].join('\n');
    expect(extractSignature(email)).toMatchObject({ fullName: 'Oskar', title: null, company: null });
  });

  it('takes no title from the tagline beside a link under the name', () => {
    const email = [...ask, 'Regards,', '  Mira', '----', 'http://www.indexwright.example/ - Guides for search people, new and experienced'].join('\n');
    expect(extractSignature(email)).toMatchObject({ fullName: 'Mira', title: null, company: null });
  });

  it('keeps a LinkedIn profile written as an icon\'s link target in text, and drops other link targets', () => {
    const block = ['Rosalind Achterberg', 'VP, Customer Success | Brightfield Analytics', 'm: +1 (312) 555-0187', '[image: LinkedIn] <https://www.linkedin.com/in/rachterberg> [image: Twitter] <https://twitter.com/brightfield>'].join('\n');
    expect(extractSignature(block)).toMatchObject({ fullName: 'Rosalind Achterberg', linkedinUrl: 'https://www.linkedin.com/in/rachterberg/', website: null });
  });
});

describe('a role and the field it covers', () => {
  it('keeps "Role - Field" whole when the organisation, spelled by the address, has its own line', () => {
    const block = ['Priya N. Ostrander', 'Senior Associate - Risk & Capital Advisory', 'Harrowgate & Lyle', '210 Bay Street', 'Toronto, ON  M5J 2T3', '', 'phone: 416-555-0131', 'fax: 416-555-0139', 'e-mail: postrander@harrowgate.example'].join('\n');
    expect(extractSignature(block)).toMatchObject({ fullName: 'Priya N. Ostrander', title: 'Senior Associate - Risk & Capital Advisory', company: 'Harrowgate & Lyle' });
  });
});

// Found on dev batch 14 (blind: tech, start-ups, labs and universities worldwide), each on a block written here.
describe('modern signatures from around the world', () => {
  it('reads a block whose long campus address line starts with a room number', () => {
    const email = [...ask, 'With regards,', '', 'Dr. Lakshmi Raghavachari | Kaveri Institute of Technology', 'Associate Professor, Department of Polymer Science', 'Room 118, Block D, Kaveri Campus, Tiruchirappalli Dt. - 620 015, Tamil Nadu', 'Ph: +91 431 555 0193 (O)', 'Email: lraghav@kit.ac.in'].join('\n');
    expect(extractSignature(email, null, { name: 'Lakshmi Raghavachari', email: 'lraghav@kit.ac.in' })).toMatchObject({ title: 'Associate Professor, Department of Polymer Science', company: 'Kaveri Institute of Technology', phones: [{ number: '+91 431 555 0193', type: 'office' }] });
  });

  it('reads a bare domain under a country\'s own top-level domain as the website, not the company', () => {
    const block = ['Emi Tanabe-Kirsch (she/her)', 'Co-Founder & COO, Kumiwaza Labs', 'Advisor, Nagoya Makers Network', '+81 52-555-0144', 'kumiwaza-labs.jp <https://kumiwaza-labs.jp>'].join('\n');
    expect(extractSignature(block)).toMatchObject({ title: 'Co-Founder & COO', company: 'Kumiwaza Labs', website: 'https://kumiwaza-labs.jp/' });
  });

  it('keeps the services a role covers in the title', () => {
    const block = ['Arvind Kesavan Menon', 'Practice Head – Data Platform Services', 'Nilgiri Softech Limited', '+91 80 5555 0178'].join('\n');
    expect(extractSignature(block)).toMatchObject({ title: 'Practice Head – Data Platform Services', company: 'Nilgiri Softech Limited' });
  });

  it('reads a signature that is one picture from what the picture says', () => {
    const email = [...ask, 'Cheers,', 'Lieve @ Quillbyte', '', '[image: Lieve Ostyn | Community Lead | Quillbyte Studios | +32 471 55 02 19 | quillbyte.example]'].join('\n');
    expect(extractSignature(email, null, { name: 'Lieve Ostyn', email: 'lieve@quillbyte.example' })).toMatchObject({ title: 'Community Lead', company: 'Quillbyte Studios', phones: [{ number: '+32 471 55 02 19', type: 'other' }] });
  });

  it('takes no phone from a Brazilian postcode and no email from a fediverse handle', () => {
    const block = ['Beatriz Amaral Tenório', 'Gerente de Compras | Procurement Manager', 'Av. Brig. Faria Lima, 2210 - 9º andar - São Paulo/SP - 01452-000', 'Tel.: +55 11 5555-0162', 'beatriz@cafelume.example · @beatriz@mastodon.example'].join('\n');
    expect(extractSignature(block)).toMatchObject({ phones: [{ number: '+55 11 5555-0162', type: 'office' }], emails: ['beatriz@cafelume.example'] });
  });
});

// Found on blocks batch 3 (blind, six languages): closings and honorifics the reader did not know.
describe('closings and honorifics in the six languages', () => {
  it('opens the signature at "Com os melhores cumprimentos," though a sentence follows the block', () => {
    const block = ['Com os melhores cumprimentos,', '', 'Rui Carvalhal Mendonça', 'Chefe de Divisão de Obras Municipais', 'Município de Penedo Alto', 'T. 258 940 117 · Tlm. 963 018 552', 'rui.mendonca@cm-penedoalto.example', 'Antes de imprimir este e-mail, pense bem se é mesmo necessário.'].join('\n');
    expect(extractSignature(block)).toMatchObject({ fullName: 'Rui Carvalhal Mendonça', title: 'Chefe de Divisão de Obras Municipais', emails: ['rui.mendonca@cm-penedoalto.example'] });
  });

  it('reads "Un abrazo," and "Grazie e a presto," as closings', () => {
    // A sentence after the block leaves the closing as the only sign of where the signature starts.
    const below = (closing: string, name: string, role: string, phone: string, note: string) => extractSignature([closing, name, role, phone, note].join('\n'));
    expect(below('Un abrazo,', 'Ainhoa Beristain Olano', 'Directora de Compras', 'Móvil: +34 688 41 20 17', 'Por favor, confirme la recepción de este correo cuando pueda.')).toMatchObject({ fullName: 'Ainhoa Beristain Olano', title: 'Directora de Compras' });
    expect(below('Grazie e a presto,', 'Ottavio Lanzillotta', 'Responsabile Acquisti', 'Cellulare: 347 218 5530', 'Si prega di non stampare questa email se non è davvero necessario.')).toMatchObject({ fullName: 'Ottavio Lanzillotta', title: 'Responsabile Acquisti' });
  });

  it('drops "PD", "Sig.", "Doutora" and a German "Ihre" before a name', () => {
    const name = (line: string) => extractSignature([line, 'Leitung Einkauf', 'Tel. +49 89 5550 1742'].join('\n'))?.fullName;
    expect(name('PD Dr. med. Almut Kerschbaumer')).toBe('Almut Kerschbaumer');
    expect(name('Sig. Ettore BRAMBILLA')).toBe('Ettore BRAMBILLA');
    expect(name('Sig.ra Ornella Pucci')).toBe('Ornella Pucci');
    expect(name('Doutora Graça Figueiral')).toBe('Graça Figueiral');
    expect(name('Ihre Henrike Mewes')).toBe('Henrike Mewes');
  });
});

describe('numbers in legal lines that are no phones', () => {
  it('takes no phone from tax and company numbers or share capital, in any of the six languages', () => {
    const phones = (line: string) => findPhones(line).map((phone) => phone.number);
    expect(phones('CUIT 27-30517749-2')).toStrictEqual([]);
    expect(phones('NIT 900.517.842-1')).toStrictEqual([]);
    expect(phones('Rue des Tanneurs 4, 5000 Namur – BCE 0642.118.907')).toStrictEqual([]);
    expect(phones('Steuernummer 45/210/11842 · Kleinunternehmer')).toStrictEqual([]);
    expect(phones('SAS au capital de 250 000 € – RCS Annecy B 512 874 093')).toStrictEqual([]);
    expect(phones('Capitale sociale € 1.200.000 i.v. – REA TO-1187420')).toStrictEqual([]);
    expect(phones('Tél. : +33 4 50 55 01 42 – SIRET 512 874 093 00018')).toStrictEqual(['+33 4 50 55 01 42']);
  });
});

