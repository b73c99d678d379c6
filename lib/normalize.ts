// Normalization shared by every capture path: the capture command, the CLI and CSV import.
// Extractors return what the page says; the background makes it canonical here (DESIGN.md §3).
import { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { canonicalLinkedInUrl as canonicalLinkedInHref } from './extract/contact-text';
import { Email, type LeadDraft, type Phone } from './schema';

export function normalizeEmail(raw: string): string | null {
  const email = raw.trim().replace(/^mailto:/i, '').split('?')[0]!.toLowerCase();
  return Email.safeParse(email).success ? email : null;
}

/**
 * E.164 when libphonenumber-js can read the number (in `region` unless it carries +CC); the raw text
 * otherwise. A number that is not valid in `region` but valid in one of the `hinted` regions (the
 * countries of the lead's own domains) is read there: "04 78 12 34 56" from lyon-verres.fr is French
 * even for a rep whose phone region is the US.
 */
export function normalizePhone(raw: string, region: string, hinted: readonly string[] = []): string {
  const text = raw.trim().replace(/^tel:/i, '');
  const parsed = parsePhoneNumberFromString(text, region as CountryCode);
  if (parsed && !parsed.isValid() && !text.startsWith('+')) {
    for (const other of hinted) {
      const there = other === region ? undefined : parsePhoneNumberFromString(text, other as CountryCode);
      if (there?.isValid()) return withExtension(there);
    }
  }
  return parsed?.isPossible() ? withExtension(parsed) : text.replace(/\s+/g, ' ').slice(0, 40);
}

/** E.164, and the extension as RFC 3966 writes it ("+12125550100;ext=4512"), so a `tel:` link dials it. */
const withExtension = (parsed: { number: string; ext?: string }) => (parsed.ext ? `${parsed.number};ext=${parsed.ext}` : parsed.number);

/** A stored number as another program reads it (a CRM, a CSV import): the extension written out, "+12125550100 ext. 4512". */
export const phoneForPeople = (stored: string) => stored.replace(/;ext=(\d+)$/, ' ext. $1');

/** A number LeadClip read: E.164, with its extension when it has one. Anything else is kept as captured. */
export const isCheckedPhone = (stored: string) => /^\+[1-9]\d{6,14}(?:;ext=\d{1,6})?$/.test(stored);

/** A stored number without its extension: the E.164 the CLI prints and the number's own digits. */
export const withoutExtension = (stored: string) => stored.replace(/;ext=\d+$/, '');

/** Country-code domains sold as generic names (.io, .co, .ai, .me…): they say nothing about where a phone is. */
const VANITY_TLDS = new Set(['io', 'co', 'ai', 'me', 'tv', 'ly', 'fm', 'gg', 'to', 'ws', 'cc', 'am', 'is', 'so', 'sh', 'la', 'vc', 'gl', 'im', 'st', 'nu', 'tk', 'ml', 'ga', 'cf']);
let countryCodes: Set<string> | undefined;

/**
 * The phone regions the domains of the lead's own email addresses name: "l.marchetti@lyon-verres.fr"
 * → FR, "ana@shj.co.uk" → GB. Generic and vanity domains name none.
 */
export function regionsOfEmails(emails: readonly string[]): string[] {
  countryCodes ??= new Set(getCountries());
  const regions = new Set<string>();
  for (const email of emails) {
    const tld = /\.([a-z]{2})$/i.exec(email.trim())?.[1]?.toLowerCase();
    if (!tld || VANITY_TLDS.has(tld)) continue;
    const code = tld === 'uk' ? 'GB' : tld.toUpperCase();
    if (countryCodes.has(code as CountryCode)) regions.add(code);
  }
  return [...regions];
}

/** A stored number as a rep reads it: "+1 415 555 0123"; `checked` is false for text kept as captured. */
export function displayPhone(stored: string): { text: string; checked: boolean } {
  const parsed = /^\+\d{4,15}(?:;ext=\d{1,6})?$/.test(stored) ? parsePhoneNumberFromString(stored) : undefined;
  return parsed?.isPossible() ? { text: parsed.formatInternational(), checked: true } : { text: stored, checked: false };
}

let callingCodes: Set<string> | undefined;

/** The country calling code an E.164 number's digits start with ("1", "44", "353"); codes are prefix-free. */
function callingCodeOf(digits: string): string | null {
  callingCodes ??= new Set(getCountries().map((country) => getCountryCallingCode(country)));
  for (let length = 1; length <= 3; length += 1) if (callingCodes.has(digits.slice(0, length))) return digits.slice(0, length);
  return null;
}

/** The digits a typed search is matched with: trunk and international prefixes ("0", "00") dropped. */
export const phoneSearchDigits = (typed: string) => typed.replace(/;ext=.*$/, '').replace(/\D/g, '').replace(/^0+/, '');

/**
 * Keys a search for any spelling of the lead's numbers finds by prefix (the `*phoneDigits` index):
 * the E.164 digits ("+1 415…", "1415…") and the national number ("(415) 555-0123", "020 7946…"
 * once its trunk 0 is dropped); a number kept as captured gives its own digits. No phone parse:
 * the calling code is looked up, so keeping the keys costs an import almost nothing.
 */
export function phoneSearchKeys(phones: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const phone of phones) {
    const digits = phoneSearchDigits(phone);
    if (digits.length < 3) continue;
    keys.add(digits);
    const code = phone.startsWith('+') ? callingCodeOf(digits) : null;
    if (code) keys.add(digits.slice(code.length).replace(/^0+/, ''));
  }
  return [...keys];
}

const REGION_ALIASES: Record<string, string> = { uk: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', usa: 'US', 'united states of america': 'US', america: 'US', uae: 'AE' };
let regionsByName: Map<string, string> | undefined;

/** Every region libphonenumber-js reads numbers for, with its name in `locale`, sorted by name. */
export function phoneRegions(locale = 'en'): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  return getCountries()
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The phone region a country cell names, in English or as an ISO code: "United Kingdom", "UK", "gb" → "GB". */
export function regionOfCountry(country: string | null): string | null {
  if (!country) return null;
  const text = country.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!regionsByName) {
    regionsByName = new Map(phoneRegions().flatMap(({ code, name }) => [[code.toLowerCase(), code], [name.toLowerCase(), code]]));
    for (const [alias, code] of Object.entries(REGION_ALIASES)) regionsByName.set(alias, code);
  }
  return regionsByName.get(text) ?? null;
}

/** The http(s) URL a website value names (scheme optional), or null. */
function websiteUrl(raw: string | null): URL | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  // URL.parse reads the text once; canParse then new URL read it twice, and an import normalizes
  // every row's website several times.
  const url = URL.parse(candidate);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  if (!url.hostname.includes('.')) return null;
  return url;
}

/** `https://www.acme.com/about?x=1` → `https://www.acme.com`; null for anything not http(s). */
export function websiteOrigin(raw: string | null): string | null {
  return websiteUrl(raw)?.origin ?? null;
}

const hostDomain = (hostname: string) => hostname.replace(/^www\./, '');

/** Registrable-looking host without `www.`: `https://www.acme.co.uk` → `acme.co.uk`. */
export function domainOf(website: string | null): string | null {
  if (!website) return null;
  return hostDomain(new URL(website).hostname);
}

/** websiteOrigin and domainOf of that origin, from one parse of the text. */
export function websiteAndDomain(raw: string | null): { website: string | null; domain: string | null } {
  const url = websiteUrl(raw);
  return url ? { website: url.origin, domain: hostDomain(url.hostname) } : { website: null, domain: null };
}

/** `https://de.linkedin.com/in/Ada-L?trk=x` → `https://www.linkedin.com/in/ada-l/`; null when not a profile. */
export function canonicalLinkedInUrl(raw: string | null): string | null {
  return raw ? canonicalLinkedInHref(raw) : null;
}

/** Splits "Ada Lovelace" into first and last name; "Dr. Ada King Lovelace" keeps the tail together. */
export function splitName(fullName: string | null): { firstName: string | null; lastName: string | null } {
  const parts = (fullName ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { firstName: null, lastName: null };
  if (parts.length === 1) return { firstName: parts[0]!, lastName: null };
  return { firstName: parts[0]!, lastName: parts.slice(1).join(' ') };
}

const LOWER_PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'y', 'e', 'bin', 'al']);

/**
 * "ADA LOVELACE" and "ada lovelace" → "Ada Lovelace"; a name typed in mixed case ("Ada McKay",
 * "danah boyd" aside) is left exactly as its owner wrote it.
 */
export function fixNameCase(name: string | null): string | null {
  // Only text made of name characters is re-cased; anything else is kept exactly as captured.
  if (!name || !/^[\p{L}\p{M}\s.'’-]+$/u.test(name)) return name;
  const letters = name.replace(/[^\p{L}]/gu, '');
  const allUpper = letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const allLower = letters.length > 1 && letters === letters.toLowerCase() && letters !== letters.toUpperCase();
  if (!allUpper && !allLower) return name;
  return name
    .toLowerCase()
    .split(/(\s+)/)
    .map((word, index) =>
      index > 0 && LOWER_PARTICLES.has(word)
        ? word
        : word.replace(/(^|[-'’])(\p{L})/gu, (_, separator: string, letter: string) => separator + letter.toUpperCase()),
    )
    .join('');
}

/** A draft made canonical: what the store keeps and dedups on. */
export function normalizeDraft(draft: LeadDraft, region: string): LeadDraft {
  const phones: Phone[] = [];
  // The lead's own addresses only: a page's website defaults to the page's origin, which may be a
  // directory or an event listing people from anywhere.
  const hinted = regionsOfEmails(draft.emails);
  for (const phone of draft.phones) {
    const number = normalizePhone(phone.number, region, hinted);
    if (number.length < 3) continue;
    const same = phones.find((known) => known.number === number);
    if (!same) phones.push({ number, type: phone.type });
    else if (same.type === 'other') same.type = phone.type;
  }
  return {
    ...draft,
    fullName: fixNameCase(draft.fullName),
    emails: [...new Set(draft.emails.map(normalizeEmail).filter((email): email is string => email !== null))],
    phones,
    website: websiteOrigin(draft.website),
    linkedinUrl: canonicalLinkedInUrl(draft.linkedinUrl),
  };
}

const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };

/** "48.000" grouped by "." → "48000"; null when the groups are not thousands ("1.2.3"). */
function ungroup(part: string, mark: string | null): string | null {
  if (/^\d+$/.test(part)) return part;
  if (mark === null) return null;
  const groups = part.split(mark);
  return /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((group) => /^\d{3}$/.test(group)) ? groups.join('') : null;
}

/**
 * An amount as a rep types it in any locale: "48,000", "48.000,50", "48 000 €", "$1,250.5",
 * "CHF 12'500". With both separators the last one is the decimal mark; a lone one followed by
 * exactly three digits groups thousands (no price is written to a tenth of a cent). Null when the
 * text is not an amount.
 */
export function parseMoney(raw: string): { amount: number; currency: string | null } | null {
  let currency: string | null = null;
  const number = raw
    .trim()
    .replace(/\b[A-Z]{3}\b|[$€£¥₹]/g, (sign) => {
      currency = CURRENCY_SIGNS[sign] ?? sign;
      return '';
    })
    .replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(number)) return null;
  const at = Math.max(number.lastIndexOf('.'), number.lastIndexOf(','));
  const mark = at === -1 ? null : number[at]!;
  const other = mark === '.' ? ',' : '.';
  const head = number.slice(0, at);
  const tail = number.slice(at + 1);
  const decimal = mark !== null && (head.includes(other) || (!head.includes(mark) && tail.length !== 3));
  const digits = decimal ? ungroup(head, head.includes(other) ? other : null) : ungroup(number, mark);
  if (digits === null || (decimal && !/^\d+$/.test(tail))) return null;
  return { amount: Number(decimal ? `${digits}.${tail}` : digits), currency };
}
