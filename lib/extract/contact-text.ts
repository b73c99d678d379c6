// Recognizers for contact details in plain text, shared by the signature parser, the generic page
// extractor and selection capture. Pure string functions: no DOM, no Zod, no phone metadata (the
// background normalizes numbers to E.164 with libphonenumber-js; content scripts stay small).
import type { Phone, PhoneType } from '../schema';

const EMAIL_SOURCE = String.raw`[a-z0-9][a-z0-9._%+'-]{0,63}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}`;
// Not a fediverse handle ("@halvard@hachyderm.io"), which reaches nobody by email.
const EMAIL_IN_TEXT = new RegExp(`(?<![a-z0-9._%+'@-])${EMAIL_SOURCE}(?![a-z0-9-])`, 'gi');
const EMAIL_ONLY = new RegExp(`^${EMAIL_SOURCE}$`, 'i');

/** Image names such as `logo@2x.png` look like addresses; they are not. */
const NOT_A_MAILBOX_TLD = /\.(png|jpe?g|gif|svg|webp|css|js)$/i;

export function isEmailLike(value: string): boolean {
  return value.length <= 254 && EMAIL_ONLY.test(value) && !NOT_A_MAILBOX_TLD.test(value);
}

/** "ada (at) acme (dot) com" and "ada[at]acme.com": the spam-shy spellings people still read as addresses. */
function deobfuscated(text: string): string {
  return text.replace(/\s*[[(]\s*at\s*[\])]\s*/gi, '@').replace(/\s*[[(]\s*dot\s*[\])]\s*/gi, '.');
}

const SPELLED_AT = /[[(]\s*at\s*[\])]/i;

export function findEmails(text: string): string[] {
  // Cheap test first: the address pattern tries every letter as a start, which adds up on big pages.
  if (!text.includes('@') && !SPELLED_AT.test(text)) return [];
  const found = (deobfuscated(text).match(EMAIL_IN_TEXT) ?? []).map((email) => email.replace(/\.$/, ''));
  return found.filter(isEmailLike);
}

// Phone labels in English, French, German, Spanish, Italian and Portuguese, checked on the label
// nearest the number. Order matters: the first that matches wins, so "Tel/Fax" is a phone before
// "fax" can claim it.
const LABELS: readonly [PhoneType, RegExp][] = [
  // "tel/fax:", "Tél. & Fax :": a line that takes calls too is a phone to call.
  ['office', /\b(?:t[ée]l[ée]?(?:phone|efon[oe]?|éfono)?|phone|ph)\.?(?:\s*[/&+]|\s+(?:and|et|und|y|e))\s*fax\b[^\p{L}\d]*$/iu],
  ['fax', /(?:^|[^\p{L}])(?:fax|fx|telefax|facsimile|t[ée]l[ée]copie|t[ée]l[ée]c\.?|f)\s*\.?\s*(?:transmission|line|number|orders)?\s*(?:no\.?|nr\.?|n°|#)?\s*[:.\-–,]?\s*$/iu],
  [
    'mobile',
    /(?:^|[^\p{L}])(?:mobile|mobil|mob|wireless|cell(?:ular)?|cel|handy|portable|port|gsm|m[óo]vil|cellulare|cell\.|celular|telem[óo]vel|tlm|hp|h\/p|m|c)\s*\.?\s*(?:phone|no\.?|nr\.?|n°|#)?\s*[:.\-–,]?\s*$/iu,
  ],
  [
    'office',
    /(?:^|[^\p{L}])(?:tel(?:ephone|efon|efono|efone|éfono|éfone)?|t[ée]l|phone|ph|office|direct|dir|did|dl|work|main|b[üu]ro|fon|tlf|fixe|fijo|ufficio|escrit[óo]rio|switchboard|standard|zentrale|call|toll[- ]?free|t|p|o|d|w)\s*\.?\s*(?:no\.?|nr\.?|n°|#)?\s*[:.\-–,]?\s*$/iu,
  ],
];

/** How an extension is announced after a number: "x231", "ext. 204", ", poste 2231", "ext./poste 212", "Durchwahl 12", "#231". */
export const EXTENSION_LABEL = String.raw`(?:x|ext\.?(?:\s?\/\s?poste)?|extension|poste|durchwahl|int\.|interno|ramal|#)`;

/**
 * A number: optional + (typed with a space after it now and then: "+ 358 9 …"), then 7–15 digits with
 * the usual separators, optional extension. Not glued to letters before it ("HF-PL-2026-004471" is a reference).
 */
const PHONE_IN_TEXT = new RegExp(String.raw`(?<![\w+]|[a-z]-)(?:\+\s?|00)?\(?\d[\d\s().\-/\u00a0]{5,22}\d(?:,?\s*\(?${EXTENSION_LABEL}\s*\d{1,6}\)?)?(?![\w])`, 'gi');

const SEVEN_DIGITS = /\d(?:\D{0,4}\d){6}/;

export interface FoundPhone extends Phone {
  /** Where the number starts in the text, so callers can tell what precedes it. */
  index: number;
}

export function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/** Dates, years, ZIP+4 codes and ids look numeric too; a phone needs phone-like grouping. */
const TRAILING_EXTENSION = new RegExp(String.raw`\(?${EXTENSION_LABEL}\s*\d+\)?$`, 'i');
const WRITTEN_EXTENSION = new RegExp(String.raw`,?\s*\(?${EXTENSION_LABEL}\s*(\d{1,6})\)?$`, 'i');

function looksLikePhone(raw: string): boolean {
  const text = raw.trim();
  const digits = digitsOf(text.replace(TRAILING_EXTENSION, ''));
  if (digits.length < 7 || digits.length > 15) return false;
  if (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(text)) return false; // 2024-05-01
  // 05/01/2024, and a date range "12/21/00-12/31/00".
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|\b[0-3]?\d\/[0-3]?\d\/\d\d\b/.test(text)) return false;
  // A date and the hour after it: "2017-08-31 10" of a log line, "04/11/2001 11" of a mail header.
  if (/^(?:(?:19|20)\d{2}-[01]\d-[0-3]\d|[0-3]?\d\/[0-3]?\d\/(?:19|20)\d{2})\s+[0-2]?\d$/.test(text)) return false;
  if (/^(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)?\d{2}$/.test(text)) return false; // 2009-2012
  if (/^\d{5}-\d{4}$/.test(text)) return false; // ZIP+4
  if (/\d\.\d\d\s+[-+]\d/.test(text)) return false; // a price and its change: "190.22 -5.56"
  if (/^\d+$/.test(text) && digits.length < 10) return false; // an id
  const groups = text.split(/[\s().\-/\u00a0]+/).filter(Boolean);
  if (text.startsWith('+') || text.startsWith('00')) return true;
  // 10+ digits written without separators are typical of some countries; shorter ones need groups.
  return groups.length >= 2 || digits.length >= 10;
}

/** Numbers that a label says are not phones: registration, tax and order numbers, postcodes, boxes, sums of money ("Cap. Soc. € 2.500.000,00"). */
const NOT_A_PHONE = /(?<![a-z])(?:reg(?:istration)?\.?\s*(?:no|nr|number)|company\s*(?:no|number)|vat(?:\s+reg)?|entreprise|ruc|tax|ein|siret|siren|ust-?id\w*|iva|nif|cif|p\.?\s*o\.?\s*box|postfach|zip|postcode|order|invoice|account|acct|isbn|license|licence|lic|id|ref|internal|tie[- ]?line|abn|acn|uen|cuit|nit|rut|rfc|bce|steuernummer|st\.-nr|gstin|gst|cin|crn|tva|mwst|nipc|cnpj|cpf|rcs(?:\s+[a-zà-ÿ-]+(?:\s+[ab])?)?|registro imprese(?:\s+di\s+[a-zà-ÿ]+)?(?:\s+n)?|capital[a-z\s]*€?|[€$£]|eur|usd|gbp|chf|hrb|hra|kvk|routing|swift|iban|bic)\.?\s*(?:no\.?|nr\.?|number|#|:)?\s*[:#.]?\s*(?:[a-z]{2}\s?)?$/i; // "USt-IdNr.: DE 812 …"

// A type written after the number only counts as a note on it: "(fax)", "- mobile", "( Main Fax Line )",
// or a bare word that ends the line: "646-2551 Fax", "423.5360 Telephone".
const NOTE_TYPES = String.raw`(fax|facsimile|t[ée]l[ée]copie|mobile|wireless|cell|handy|m[óo]vil|cellulare|celular|office|direct|main|work|ph|phone|tel|telephone)`;
const NOTE_AFTER = new RegExp(String.raw`^\s*(?:[([]\s*(?:[\p{L}-]+\s+){0,3}|[-–]\s*)${NOTE_TYPES}\b`, 'iu');
const WORD_AFTER = new RegExp(String.raw`^\s+${NOTE_TYPES}\.?\s*$`, 'iu');

export function typeFromLabel(before: string, after = ''): PhoneType | null {
  const tail = before.slice(-32);
  for (const [type, label] of LABELS) {
    if (label.test(tail)) return type;
  }
  const note = NOTE_AFTER.exec(after)?.[1] ?? WORD_AFTER.exec(after)?.[1];
  if (!note) return null;
  if (/fax|facsimile|t[ée]l[ée]copie/i.test(note)) return 'fax';
  if (/mobile|wireless|cell|handy|m[óo]vil|cellulare|celular/i.test(note)) return 'mobile';
  return 'office';
}

/** A short heading line above a list of numbers ("Fax Numbers", "Mobile") types the numbers under it. */
export function typeFromHeading(line: string): PhoneType | null {
  if (line.length > 30 || /\d/.test(line)) return null;
  if (/\b(?:fax|facsimile|t[ée]l[ée]copie)/i.test(line)) return 'fax';
  if (/\b(?:mobile|cell|handy|m[óo]vil|cellulare|celular)/i.test(line)) return 'mobile';
  return typeFromLabel(`${line} `);
}

/**
 * Numbers in one line of text with the type their label gives ("Tel.", "Tél.", "Mob.", "Handy",
 * "Fax", "F:"). Unlabelled numbers are `other` (still a contact phone); a fax never is one.
 */
export function findPhones(line: string, defaultType: PhoneType = 'other'): FoundPhone[] {
  const found: FoundPhone[] = [];
  if (!SEVEN_DIGITS.test(line)) return found;
  // "210 555 0115 / 210 555 0184": two whole numbers a spaced slash sets apart are read one by one
  // ("0621 / 45 67 89-0" is one German number, its area code and its line).
  const whole = (text: string | undefined) => digitsOf(text ?? '').length >= 7;
  const parts: string[] = [];
  for (const part of line.split(/(?<=\s)\/(?=\s)/)) {
    if (parts.length && whole(/[+\d\s().-]*$/.exec(parts.at(-1)!)?.[0]) && whole(/^[+\d\s().-]*/.exec(part)?.[0])) parts.push(part);
    else if (parts.length) parts[parts.length - 1] += `/${part}`;
    else parts.push(part);
  }
  let at = 0;
  const candidates = parts.flatMap((part) => {
    const offset = at;
    at += part.length + 1;
    return [...part.matchAll(PHONE_IN_TEXT)].map((match) => ({ text: match[0], start: offset + match.index }));
  });
  for (const candidate of candidates) {
    let raw = candidate.text.replace(/[\s(\-./]+$/, '').replace(/^[\s)\-./]+/, '').trim();
    // "(713) 555-0150 (24-hr line)": a bracket opened after a whole number and never closed is a note, not digits.
    const open = raw.lastIndexOf('(');
    if (open > 0 && !raw.slice(open).includes(')') && digitsOf(raw.slice(0, open)).length >= 7) raw = raw.slice(0, open).trim();
    const start = candidate.start + candidate.text.indexOf(raw);
    // "-5.56%", "1 200 000 €": a number a percent or a currency sign follows is a figure.
    if (!raw || !looksLikePhone(raw) || /^\s?[%€]/.test(line.slice(start + raw.length)) || NOT_A_PHONE.test(line.slice(Math.max(0, start - 30), start))) continue;
    // "+44 (0) 20 …": the bracketed trunk zero is dropped when dialling from abroad.
    const trunkless = raw.replace(/^\+\s/, '+').replace(/^(\+\d{1,3})\s*\(0\)\s*/, '$1 ');
    const balanced = trunkless.startsWith('(') || !trunkless.includes('(') ? trunkless : trunkless.replace(/[()]/g, ' ').trim();
    const type = typeFromLabel(line.slice(0, start), line.slice(start + raw.length)) ?? defaultType;
    // An extension in any spelling ("x231", ", poste 2231", "Durchwahl 12") is written the way libphonenumber reads it.
    const number = balanced.replace(WRITTEN_EXTENSION, ' ext. $1');
    found.push({ number: number.replace(/\s+/g, ' ').slice(0, 40), type, index: start });
  }
  return pairedLabels(line, found);
}

/**
 * "Tel/Fax +49 2739 555 214 / +49 2739 555 299", "T/F: 555-0100 / 555-0101": one label for each of two
 * numbers a slash sets apart, in the same order. One number under "Tel/Fax" keeps the fax label nearest it.
 */
function pairedLabels(line: string, found: FoundPhone[]): FoundPhone[] {
  if (found.length !== 2) return found;
  const [first, second] = found as [FoundPhone, FoundPhone];
  const label = /(?:^|[^\p{L}])(\p{L}{1,10})\.?\s*\/\s*(\p{L}{1,10})\.?\s*[:.\-–]?\s*$/u.exec(line.slice(0, first.index));
  const between = line.slice(first.index + first.number.length, second.index);
  if (!label || !/^[^\d\p{L}]*\/[^\d\p{L}]*$/u.test(between.replace(/\s*(?:x|ext\.?)\s*\d+/i, ''))) return found;
  const types = [typeFromLabel(`${label[1]} `), typeFromLabel(`${label[2]} `)];
  if (!types[0] || !types[1] || types[0] === types[1]) return found;
  return [{ ...first, type: types[0] }, { ...second, type: types[1] }];
}

/** An address or a number someone can be reached at. */
export function holdsEmailOrPhone(line: string): boolean {
  return findEmails(line).length > 0 || findPhones(line).length > 0;
}

/** False when neither findEmails nor findPhones can find anything in the line: the cheap tests they start with. */
export function mayHoldContact(line: string): boolean {
  return line.includes('@') || SPELLED_AT.test(line) || SEVEN_DIGITS.test(line);
}

export function samePhone(a: string, b: string): boolean {
  const da = digitsOf(a);
  const db = digitsOf(b);
  return da === db || (da.length >= 10 && db.length >= 10 && (da.endsWith(db) || db.endsWith(da)));
}

/** Adds phones not yet present (by digits); a typed entry beats an `other` one for the same number. */
export function mergePhones(into: Phone[], more: readonly Phone[]): Phone[] {
  for (const phone of more) {
    const existing = into.find((known) => samePhone(known.number, phone.number));
    if (!existing) into.push({ number: phone.number, type: phone.type });
    else if (existing.type === 'other' && phone.type !== 'other') existing.type = phone.type;
  }
  return into;
}

const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|biz|info|de|fr|es|it|pt|uk|ca|eu|ch|at|be|nl|br|mx|ar|se|no|dk|fi|ie|us|ai|app|dev|jp|in|au|sg|hk|za|pl|edu|me)(?:\/[^\s<>"')\]]*)?\b/gi;

export function findUrls(text: string): string[] {
  return (text.match(URL_IN_TEXT) ?? [])
    .filter((candidate) => !candidate.includes('@'))
    .map((candidate) => candidate.replace(/[.,;:]+$/, ''));
}

const SOCIAL_HOSTS = /(^|\.)(linkedin\.com|twitter\.com|x\.com|facebook\.com|instagram\.com|github\.com|xing\.com|youtube\.com|tiktok\.com|mastodon\.social|bsky\.app)$/i;

/** `www.acme.com/x` → `https://www.acme.com/x`; null for anything that is not an http(s) link. */
export function toHttpUrl(raw: string, base?: string): string | null {
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > 2048) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || base ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(candidate, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname.includes('.')) return null;
    return url.href.length <= 2048 ? url.href : null;
  } catch {
    return null;
  }
}

export function isSocialUrl(href: string): boolean {
  try {
    return SOCIAL_HOSTS.test(new URL(href).hostname);
  } catch {
    return false;
  }
}

/** `https://de.linkedin.com/in/Ada-L?trk=x` → `https://www.linkedin.com/in/ada-l/`. */
export function canonicalLinkedInUrl(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
  const slug = /^\/(?:in|pub)\/([^/?#]+)/i.exec(url.pathname)?.[1];
  if (!slug) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    decoded = slug;
  }
  if (!/^[\p{L}\p{N}_-]{2,100}$/u.test(decoded)) return null;
  return `https://www.linkedin.com/in/${encodeURIComponent(decoded.toLowerCase())}/`;
}
