import { extractSignature, parseEmailText } from '@/lib/extract/signature';
import { fixtureText } from '../../helpers/dom';

const base = { website: null, linkedinUrl: null, location: null, channel: 'email', sourceUrl: null, sourceTitle: null, inquiryAt: null, interest: null } as const;

describe('extractSignature', () => {
  it('reads a French signature under a quoted reply (Tél., Port., Fax)', () => {
    expect(extractSignature(fixtureText('signatures/fr-reply.txt'))).toStrictEqual({
      ...base,
      fullName: 'Élodie MARCHAND',
      title: 'Directrice des achats',
      company: 'Groupe Alizé SAS',
      emails: [],
      phones: [
        { number: '+33 1 42 68 53 00', type: 'office' },
        { number: '06 12 34 56 78', type: 'mobile' },
        { number: '01 42 68 53 01', type: 'fax' },
      ],
      website: 'https://www.groupe-alize.example/',
    });
  });

  it('reads a German signature and drops "Von meinem iPhone gesendet" and the disclaimer (Telefon, Handy, Telefax)', () => {
    expect(extractSignature(fixtureText('signatures/de-mobile.txt'))).toStrictEqual({
      ...base,
      fullName: 'Jonas Weber',
      title: 'Leiter Vertrieb',
      company: 'Nordlicht Logistik GmbH',
      emails: ['jonas.weber@nordlicht-logistik.example'],
      phones: [
        { number: '+49 40 1234567-0', type: 'office' },
        { number: '+49 171 2345678', type: 'mobile' },
        { number: '+49 40 1234567-99', type: 'fax' },
      ],
    });
  });

  it('reads the forwarded message of a forward, with its sender from the forwarded header (Tel, Móvil)', () => {
    expect(extractSignature(fixtureText('signatures/es-forwarded.txt'))).toStrictEqual({
      ...base,
      fullName: 'Lucía Fernández',
      title: 'Gerente de Operaciones',
      company: 'Solaris Energía S.L.',
      emails: ['lucia.fernandez@solaris-energia.example'],
      phones: [
        { number: '+34 91 123 45 67', type: 'office' },
        { number: '+34 612 345 678', type: 'mobile' },
      ],
      linkedinUrl: 'https://www.linkedin.com/in/lucia-fernandez-solaris/',
    });
  });

  it('reads an Italian signature above "Inviato da iPhone" (Tel., Cell.)', () => {
    expect(extractSignature(fixtureText('signatures/it-pt-sent-from.txt'))).toStrictEqual({
      ...base,
      fullName: 'Marco Bianchi',
      title: 'Responsabile Acquisti',
      company: null,
      emails: [],
      phones: [
        { number: '02 1234 5678', type: 'office' },
        { number: '333 123 4567', type: 'mobile' },
      ],
    });
  });

  it('reads Portuguese labels and an Outlook header block', () => {
    const text = [
      'Olá, gostaria de uma proposta.',
      '',
      'Atenciosamente,',
      'Beatriz Costa',
      'Diretora Comercial | Atlântico Portos Ltda',
      'Telefone: +55 11 3456-7890',
      'Celular: +55 11 98765-4321',
      '',
      'From: Sam Rep <rep@leadclip.test>',
      'Sent: Monday, November 16, 2026 10:00 AM',
      'To: Beatriz Costa <beatriz@atlantico.example>',
      'Subject: Proposta',
      '',
      'Beatriz, segue a proposta.',
      'Sam Rep',
      'Account Executive',
    ].join('\n');
    expect(extractSignature(text)).toStrictEqual({
      ...base,
      fullName: 'Beatriz Costa',
      title: 'Diretora Comercial',
      company: 'Atlântico Portos Ltda',
      emails: [],
      phones: [
        { number: '+55 11 3456-7890', type: 'office' },
        { number: '+55 11 98765-4321', type: 'mobile' },
      ],
    });
  });

  it('returns null for text with nobody in it', () => {
    expect(extractSignature('Thanks, sounds good!')).toBeNull();
    expect(extractSignature('')).toBeNull();
  });
});

describe('parseEmailText', () => {
  it('finds the block after "-- " and leaves the body above it', () => {
    const parsed = parseEmailText('Hi Sam,\n\nCan we talk Tuesday?\n\n-- \nAda Lovelace\nCTO, Analytical Engines\n+44 20 7946 0958');
    expect(parsed.body.filter(Boolean)).toStrictEqual(['Hi Sam,', 'Can we talk Tuesday?']);
    expect(parsed.signature).toStrictEqual(['--', 'Ada Lovelace', 'CTO, Analytical Engines', '+44 20 7946 0958']);
    expect(parsed.fields).toMatchObject({ fullName: 'Ada Lovelace', title: 'CTO', company: 'Analytical Engines' });
  });

  it('keeps the sender’s text of a bottom-posted reply and skips the > quotes', () => {
    const parsed = parseEmailText('ada@example.com wrote:\n> Are you free?\n> A.\n\nYes, Tuesday works.\n\nBob Stone\nbob@stone.example');
    expect(parsed.signature).toStrictEqual(['Bob Stone', 'bob@stone.example']);
  });
});
