// Normalization shared by every capture path: the capture command, the CLI and CSV import.
// Extractors return what the page says; the background makes it canonical here (DESIGN.md §3).
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { canonicalLinkedInUrl as canonicalLinkedInHref } from './extract/contact-text';
import { Email, type LeadDraft, type Phone } from './schema';

export function normalizeEmail(raw: string): string | null {
  const email = raw.trim().replace(/^mailto:/i, '').split('?')[0]!.toLowerCase();
  return Email.safeParse(email).success ? email : null;
}

/** E.164 when libphonenumber-js can read the number (in `region` unless it carries +CC); the raw text otherwise. */
export function normalizePhone(raw: string, region: string): string {
  const text = raw.trim().replace(/^tel:/i, '');
  const parsed = parsePhoneNumberFromString(text, region as CountryCode);
  return parsed?.isPossible() ? parsed.number : text.replace(/\s+/g, ' ').slice(0, 40);
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
  for (const phone of draft.phones) {
    const number = normalizePhone(phone.number, region);
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
