// Normalization shared by every capture path: extractors, the capture command and CSV import.
import { Email } from './schema';

export function normalizeEmail(raw: string): string | null {
  const email = raw.trim().replace(/^mailto:/i, '').split('?')[0]!.toLowerCase();
  return Email.safeParse(email).success ? email : null;
}

/** `https://www.acme.com/about?x=1` → `https://www.acme.com`; null for anything not http(s). */
export function websiteOrigin(raw: string | null): string | null {
  if (!raw) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(raw.trim()) ? raw.trim() : `https://${raw.trim()}`;
  if (!URL.canParse(candidate)) return null;
  const url = new URL(candidate);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname.includes('.')) return null;
  return url.origin;
}

/** Registrable-looking host without `www.`: `https://www.acme.co.uk` → `acme.co.uk`. */
export function domainOf(website: string | null): string | null {
  if (!website) return null;
  return new URL(website).hostname.replace(/^www\./, '');
}

/** Splits "Ada Lovelace" into first and last name; "Dr. Ada King Lovelace" keeps the tail together. */
export function splitName(fullName: string | null): { firstName: string | null; lastName: string | null } {
  const parts = (fullName ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { firstName: null, lastName: null };
  if (parts.length === 1) return { firstName: parts[0]!, lastName: null };
  return { firstName: parts[0]!, lastName: parts.slice(1).join(' ') };
}
