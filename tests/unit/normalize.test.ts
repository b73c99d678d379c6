import {
  canonicalLinkedInUrl,
  displayPhone,
  fixNameCase,
  normalizeDraft,
  normalizeEmail,
  normalizePhone,
  regionsOfEmails,
  parseMoney,
  phoneSearchDigits,
  phoneForPeople,
  phoneSearchKeys,
  regionOfCountry,
  websiteOrigin,
} from '@/lib/normalize';
import { gmailDraft } from '../helpers/fixtures';

describe('normalization', () => {
  it.each([
    ['(415) 555-0123', 'US', '+14155550123'],
    ['+44 (0)20 7946 0958', 'US', '+442079460958'],
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['030 1234567', 'DE', '+49301234567'],
    ['tel:+1-212-555-0147', 'US', '+12125550147'],
    ['ext. 207', 'US', 'ext. 207'],
    ['call me maybe', 'US', 'call me maybe'],
  ])('phone %j in region %s → %j (raw kept when it does not parse)', (raw, region, expected) => {
    expect(normalizePhone(raw, region)).toBe(expected);
  });

  it('lower-cases valid emails and refuses invalid ones', () => {
    expect(normalizeEmail(' Mailto:Ada.Lovelace@Example.COM?subject=hi ')).toBe('ada.lovelace@example.com');
    expect(normalizeEmail('not an email')).toBeNull();
    expect(normalizeEmail('a@b')).toBeNull();
  });

  it('makes LinkedIn URLs canonical and websites their origin', () => {
    expect(canonicalLinkedInUrl('https://de.linkedin.com/in/Ada-Lovelace-42?trk=x')).toBe('https://www.linkedin.com/in/ada-lovelace-42/');
    expect(canonicalLinkedInUrl('https://www.linkedin.com/company/acme/')).toBeNull();
    expect(canonicalLinkedInUrl('javascript:alert(1)')).toBeNull();
    expect(websiteOrigin('www.acme.example/about?x=1')).toBe('https://www.acme.example');
    expect(websiteOrigin('javascript:alert(1)')).toBeNull();
  });

  it('fixes name casing only for all-caps or all-lower names', () => {
    expect(fixNameCase('ADA LOVELACE')).toBe('Ada Lovelace');
    expect(fixNameCase('jean-luc de la tour')).toBe('Jean-Luc de la Tour');
    expect(fixNameCase("SEÁN O'BRIEN")).toBe("Seán O'Brien");
    expect(fixNameCase('Ada McKay')).toBe('Ada McKay');
    expect(fixNameCase('Élodie MARCHAND')).toBe('Élodie MARCHAND');
    expect(fixNameCase('<b>bold</b>')).toBe('<b>bold</b>');
  });

  it('keeps an extension: stored as RFC 3966 writes it, shown and handed to other programs written out, never searched by', () => {
    expect(normalizePhone('(212) 555-0100 x4512', 'US')).toBe('+12125550100;ext=4512');
    expect(normalizePhone('480-555-0127 ext. 204', 'US')).toBe('+14805550127;ext=204');
    expect(displayPhone('+12125550100;ext=4512')).toStrictEqual({ text: '+1 212 555 0100 ext. 4512', checked: true });
    expect(phoneForPeople('+12125550100;ext=4512')).toBe('+12125550100 ext. 4512');
    expect(phoneForPeople('+12125550100')).toBe('+12125550100');
    expect(phoneSearchKeys(['+12125550100;ext=4512'])).toStrictEqual(['12125550100', '2125550100']);
  });

  it('reads a number that is not valid in the rep’s region in the country of the lead’s own domains', () => {
    expect(regionsOfEmails(['lucien@shj-horlogerie.fr', 'ana@shj.co.uk', 'ana@startup.io', 'x@mail.com.br', 'ops@northwind.example'])).toStrictEqual(['FR', 'GB', 'BR']);
    expect(normalizePhone('04 78 12 34 56', 'US', ['FR'])).toBe('+33478123456');
    expect(normalizePhone('04 78 12 34 56', 'US')).not.toBe('+33478123456');
    // Valid where the rep is: the rep's region wins over the domain's.
    expect(normalizePhone('(415) 555-0123', 'US', ['FR'])).toBe('+14155550123');
    const french = gmailDraft({ emails: ['l.marchetti@lyon-verres.fr'], phones: [{ number: '04 78 12 34 56', type: 'office' }], website: null });
    expect(normalizeDraft(french, 'US').phones).toStrictEqual([{ number: '+33478123456', type: 'office' }]);
  });

  it('normalizes a whole draft in the rep’s region, merging duplicate numbers', () => {
    const draft = gmailDraft({
      fullName: 'PRIYA RAMAN',
      emails: ['Priya@Northwind.example', 'nope'],
      phones: [
        { number: '(415) 555-0123', type: 'other' },
        { number: '+1 415 555 0123', type: 'mobile' },
        { number: '415.555.0199', type: 'fax' },
      ],
      linkedinUrl: 'https://uk.linkedin.com/in/Priya-Raman',
    });
    expect(normalizeDraft(draft, 'US')).toStrictEqual({
      ...draft,
      fullName: 'Priya Raman',
      emails: ['priya@northwind.example'],
      phones: [
        { number: '+14155550123', type: 'mobile' },
        { number: '+14155550199', type: 'fax' },
      ],
      website: 'https://www.northwind-logistics.example',
      linkedinUrl: 'https://www.linkedin.com/in/priya-raman/',
    });
  });
});

describe('phones as reps read and type them', () => {
  it('shows a stored number in international format and marks text it could not read', () => {
    expect(['+14155550123', '+442079460018', 'ext. 4411 (reception)'].map(displayPhone)).toStrictEqual([
      { text: '+1 415 555 0123', checked: true },
      { text: '+44 20 7946 0018', checked: true },
      { text: 'ext. 4411 (reception)', checked: false },
    ]);
  });

  it('keys a number by its E.164 and national digits, a raw one by its digits without the trunk 0', () => {
    expect(phoneSearchKeys(['+14155550123', '+442079460018', '020 7946 0019'])).toStrictEqual([
      '14155550123',
      '4155550123',
      '442079460018',
      '2079460018',
      '2079460019',
    ]);
    expect(['(415) 555-0123', '0044 20 7946', '+1 415'].map(phoneSearchDigits)).toStrictEqual(['4155550123', '44207946', '1415']);
  });

  it('reads the region from a country cell as exports write it', () => {
    expect(['United Kingdom', 'UK', 'gb', ' germany ', 'United States', 'USA', 'Atlantis', ''].map(regionOfCountry)).toStrictEqual([
      'GB', 'GB', 'GB', 'DE', 'US', 'US', null, null,
    ]);
  });
});

describe('parseMoney', () => {
  it('reads amounts the way reps write them in their locale', () => {
    expect(['48,000', '48.000,50', '48 000 €', '$1,250.5', "CHF 12'500", '12,5', '1,234,567.89', '0.75'].map(parseMoney)).toStrictEqual([
      { amount: 48000, currency: null },
      { amount: 48000.5, currency: null },
      { amount: 48000, currency: 'EUR' },
      { amount: 1250.5, currency: 'USD' },
      { amount: 12500, currency: 'CHF' },
      { amount: 12.5, currency: null },
      { amount: 1234567.89, currency: null },
      { amount: 0.75, currency: null },
    ]);
  });

  it('refuses text that is not an amount', () => {
    expect(['', 'about fifty', '-5', '1,2,3', '1.234,5.6'].map(parseMoney)).toStrictEqual([null, null, null, null, null]);
  });
});
