// Reads the fields of a signature block (DESIGN.md §3): name, title, company, phones with their
// type, emails, website, LinkedIn URL and postal address. Contact details are recognised by their
// own shape; the remaining lines are weighed against each other, not read by position alone: the
// name is the name-like line that best matches the sender and the block's addresses, the company
// the line with the strongest organisation signals (a legal form, an organisation word, the
// block's email domain), the title the line with a role word and the lines that continue it.
import type { Phone } from '../schema';
import { EXTENSION_LABEL, canonicalLinkedInUrl, findEmails, findPhones, findUrls, holdsEmailOrPhone, isSocialUrl, mergePhones, toHttpUrl, type FoundPhone } from './contact-text';
import { clip } from './dom';
import {
  COMPANY_SUFFIX,
  DELIMITER,
  DEPARTMENT,
  FUNCTION_WORDS,
  GREETING,
  HONORIFIC,
  NAME_PARTICLES,
  NAME_SUFFIX,
  ROLE_WORDS,
  VALEDICTION,
  isShortFor,
} from './signature-words';

export interface SignatureFields {
  fullName: string | null;
  title: string | null;
  company: string | null;
  emails: string[];
  phones: Phone[];
  website: string | null;
  linkedinUrl: string | null;
  social: string[];
  address: string | null;
}

export interface SenderHints {
  name?: string | null;
  email?: string | null;
  /** The message's subject: "Fwd:" says the message is a forward. */
  subject?: string | null;
}

/** Map coordinates: "42° 29' 7\" N". */
export const COORDINATES = /\d°\s?\d+['′]/;

const ADDRESS_HINT =
  /\b\d{1,5}\s+[\p{L}.'-]+(?:\s+[\p{L}.'-]+){0,5}\s+(?:St(?:reet)?|Ave(?:nue)?|Rd|Road|Blvd|Boulevard|Dr(?:ive)?|Ln|Lane|Way|Ct|Court|Pl(?:ace)?|Sq(?:uare)?|Pkwy|Parkway|Hwy|Highway|Suite|Ste|Floor|Fl)\b|\b(?:CEP|C\.P\.|PLZ|CAP)\s?:?\s?\d{4}|\b(?:Suite|Ste\.?|Room|Rm\.|Unit|Bldg\.?|P\.?\s?O\.?\s?Box|Postfach|Apartado|Casella postale|Caixa postal|BP|CS)\s+\d|\b\d{5}-\d{3}\b|\b(?:\d{2}-\d{3}\s+\p{Lu}[\p{L}-]+|[A-Z]{2}\s+\d{5}(?:-\d{4})?|\d{4,5}\s+[\p{Lu}][\p{L}-]+|\d{4,5}-\d{3}\s+\p{Lu}[\p{L}-]+|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b/u;

/**
 * Street words of the six languages, written in any case, before or after the house number ("Rua Augusta
 * 100", "12 rue de la Paix", "Hauptstraße 5", "C/ Mayor 3"); with a digit on the line they make it an address.
 */
const STREET =
  /(?:^|[\s,(])(?:ul\.|(?:rue|avenue|boulevard|bd|chemin|place|quai|all[ée]e|impasse|stra(?:ß|ss)e|str\.|weg|platz|allee|ring|gasse|damm|calle|c\/|avenida|avda\.?|plaza|paseo|carrera|via|viale|piazza|piazzale|corso|largo|rua|travessa|alameda|pra[çc]a|rodovia)(?=[\s,.]))|\p{Ll}(?:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|damm)(?=[\s,])/iu;

/** A line of a postal address: a street with its number, a postcode with its town, a box or a suite. */
export function isAddress(line: string): boolean {
  return ADDRESS_HINT.test(line) || (STREET.test(line) && /\d/.test(line));
}

const LABEL_PREFIX = /^(?:e-?mail|courriel|mail|correo|posta|web(?:site)?|site|internet|url|www|skype|twitter|linkedin|adresse|address|anschrift|direcci[óo]n|indirizzo|endere[çc]o|sitio)\s*[:.]\s*/i;

/** Free mail providers: their domain says nothing about the sender's organisation. */
const FREE_MAIL = /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|gmx|web|t-online|freenet|orange|wanadoo|free|laposte|sfr|libero|virgilio|alice|tiscali|terra|uol|bol|sapo|telefonica|movistar|proton|protonmail|mail|yandex|zoho)$/i;

/** The words of a text, lower-cased and without accents. */
export const words = (text: string): string[] => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];

/** A sentence rather than a signature line: long, or ending like one with several lower-case words. */
export function isProse(line: string): boolean {
  const count = words(line).length;
  return count > 10 || (/[.!?]$/.test(line) && count > 5 && (line.match(/(?:^|\s)\p{Ll}{3,}/gu) ?? []).length >= 3);
}

const SEGMENT_BREAK = /\s+[|·•–—~]\s+|\s+-\s+(?=\D)|\t+/;

/** Splits "Head of Sales | Acme Corp" and "Ada Lovelace – CTO" into the parts a reader sees. */
function segmentsOf(line: string): string[] {
  return line
    .split(SEGMENT_BREAK)
    .map((part) => part.trim().replace(/^[-–—~*•|>\s]+/, '').replace(/[*|_\s]+$/, ''))
    .filter(Boolean);
}

/** What narrows a role to a field or a territory: "Treasury Services Sales", "Eastern Region", "Gulf Coast Capital Projects", "Cloud Infrastructure Services". */
const ROLE_SCOPE = /\b(?:Region|Territory|Eastern|Western|Northern|Southern|North|South|East|West|Central|Americas|EMEA|APAC|LATAM|Projects?|Programs?|Accounts?|Markets?|Services)\b/;

/**
 * "Vice President | Treasury Services Sales", "Origination - Eastern Region": a role and the field or
 * territory it covers, set apart on one line, are one title when the organisation has a line of its own.
 */
function roleSegments(line: string, organisationElsewhere: boolean): string[] {
  const parts = segmentsOf(line);
  if (parts.length !== 2) return parts;
  const [role, scope] = parts as [string, string];
  // "Director, Partnerships | Ledgerwick Financial Inc.": a scope with a legal form is the organisation.
  const firm = /\b(?:Inc|Ltd|LLC|GmbH|AG|SA|SAS|SARL|SL|SpA|Srl|Ltda|Lda|BV|plc|LLP|Corp|S\.A|S\.L|S\.p\.A|S\.r\.l)\.?$/i.test(scope);
  // "LUSOCARGA – Transportes e Logística, S.A.": a brand, then the registered name it stands for, is one organisation.
  if (firm && !/\s/.test(role) && !ROLE_WORDS.test(role) && !holdsEmailOrPhone(line)) return [line.replace(/\s+/g, ' ').trim()];
  if (!organisationElsewhere) return parts;
  // "Human Capital Advisory Services" narrows a role though "Capital" may end a firm's name: the organisation has its own line.
  const narrows = !ROLE_WORDS.test(scope) && (ROLE_SCOPE.test(scope) || ((FUNCTION_WORDS.test(scope) || DEPARTMENT.test(scope)) && !isNameLike(scope)));
  const isRole = ROLE_WORDS.test(role) || role.split(/\s+/).every((word) => FUNCTION_WORDS.test(word));
  return isRole && narrows && !firm && !holdsEmailOrPhone(line) ? [line.replace(/\s+/g, ' ').trim()] : parts;
}

function withoutNameExtras(line: string): string {
  // "C.P.C. Rosa Quispe": three or more letters with full stops before a name are a credential ("A.J. Patel" keeps his initials).
  // "Fdo.: Inmaculada Barroso": a Spanish "signed" before the name.
  let text = line.replace(/^(?:[-–—~*\s]+|Fdo\.?:\s*)/, '').replace(/^(?:[A-Z]\.){3,4}\s+(?=\p{Lu}\p{Ll})/u, '');
  // "Prof. R. Venkatesh (Venkatesh Raghunathan)": a full name in brackets after a short one is the name written out.
  const written = /^[^()]*\(([^()]+)\)\s*$/.exec(text)?.[1]?.trim();
  if (written && written.split(/\s+/).length >= 2 && /^(?:\S+\s+)?(?:\p{Lu}\.\s*)+\S+$|^\S+$/u.test(text.replace(/\([^)]*\)/, '').replace(HONORIFIC, '').trim()) && isNameLike(written)) text = written;
  for (let before = ''; before !== text; ) [before, text] = [text, text.replace(HONORIFIC, '')];
  // "Alex Morgan (they/them)", "Robert (Bob) King": a bracketed note is not part of the name.
  // 'Harold "Hal" Pennington': a quoted nickname is not part of the name either.
  // ", P.G.", ", R.N.": letters with full stops after a comma are a credential, whatever they stand for.
  // "Saoirse Delahunt MVB MRCVS": capitals without a vowel after a name are letters after it, whatever they stand for;
  // so are capitals after a comma ("Sunniva Castellanos, PT, DPT"), unless the name before it is one word ("SMITH, JOHN").
  return text
    .replace(NAME_SUFFIX, '')
    .replace(/^(\S+\s+\S.*?)(?:,\s*(?!(?:JR|SR|II|III|IV)\b)[A-Z]{2,5}\.?)+$/, '$1')
    .replace(/(?:\s+[B-DF-HJ-NP-TV-XZ]{3,6})+$/, '')
    .replace(/,\s*(?:[A-Z]\.\s?){2,4}$|,\s*$|\s*\([^)]*\)|\s+["“„][\p{L}.'’-]{1,20}["”“](?=\s)/gu, '')
    .trim();
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 3 && letters === letters.toUpperCase();
}

/** A legal form or organisation word; an all-caps line is read in title case for it ("ACME INC"). */
export function hasCompanyWord(line: string): boolean {
  if (COMPANY_SUFFIX.test(line)) return true;
  return isAllCaps(line) && COMPANY_SUFFIX.test(line.toLowerCase().replace(/(^|[^\p{L}])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()));
}

const GENERATION = /,?\s+(?:Jr|Sr|II|III|IV)\.?$/;

/** "Lena | Keystone Realty Coaching", "Ada King - Acme": the person a display name names, before what follows them. */
export function personOf(displayName: string | null | undefined): string | null {
  const first = displayName?.split(/\s+[|·•–—-]\s+|\s+(?:at|@)\s+/)[0]?.trim();
  return inReadingOrder(first || null);
}

/** "Okonkwo, Chidi" as a header writes it → "Chidi Okonkwo". */
export function inReadingOrder(name: string | null): string | null {
  // "Niles, Ray [EQRE]", "Yaish, Yair (OGC)": a bracketed department is no part of the name.
  const plain = name?.replace(/\s*[[(][^\])]*[\])]/g, '');
  // "Acme, Inc." and "Gallagher, Boland & Meiburger" are organisations, not a surname first.
  const ordered = plain && !hasCompanyWord(plain) && /^([^,]+),\s*([^,]+)$/.exec(plain);
  return ordered && isNameLike(ordered[2]!) ? `${ordered[2]} ${ordered[1]}` : (plain ?? null);
}

/** 1–5 capitalised words (particles and initials allowed), no digits or role words: how a name is typed. */
export function isNameLike(line: string): boolean {
  const text = withoutNameExtras(line);
  // "y Gestión Patrimonial": a title's second line, not a name.
  if (!text || text.length > 50 || /[\d@:/|!?;()[\]]/.test(text) || /^(?:y|e|i|and|und|et)\s/.test(text)) return false;
  // "Dwayne T. Whitfield Jr.": the generation after a name is no "Sr." of a role.
  const core = text.replace(GENERATION, '');
  if (VALEDICTION.test(core) || GREETING.test(core) || ROLE_WORDS.test(core) || FUNCTION_WORDS.test(core) || DEPARTMENT.test(core) || hasCompanyWord(core)) return false;
  const parts = text.split(/\s+/);
  // "José Luis FERNÁNDEZ DE LA TORRE": particles, whatever their case, do not make a name longer.
  if (parts.filter((word) => !NAME_PARTICLES.has(word.toLowerCase())).length > 5) return false;
  const capitalised = (word: string) => /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*|[\p{Lu}]\.|(?:[dt]'|[dt]’|O'|O’)[\p{Lu}][\p{L}'’-]*)$/u.test(word);
  if (!parts.every((word) => capitalised(word) || NAME_PARTICLES.has(word))) return false;
  return parts.some((word) => /^[\p{Lu}][\p{L}\p{M}'’-]+$/u.test(word));
}

/** The registrable labels of the block's own domains ("valleygrocers" for valleygrocers.coop). */
function domainLabels(emails: readonly string[], website: string | null): string[] {
  const hosts = [...emails.map((email) => email.split('@')[1] ?? ''), website ? new URL(website).hostname : ''];
  return hosts
    .map((host) => host.replace(/^www\./, '').split('.'))
    .map((labels) => (labels.length > 2 && labels.at(-2)!.length <= 3 ? labels.at(-3) : labels.at(-2)) ?? '')
    .filter((label) => label.length >= 2 && !FREE_MAIL.test(label))
    .map((label) => label.replace(/[^a-z0-9]/g, ''));
}

/**
 * The organisation the writer names in their message ("I own Quillfeather Print & Bindery", "Trabajo en el
 * departamento comercial de Grupo Zubieta Alimentación", "notre groupe (Meuseval Logistique, …)"), in any
 * language: a run of capitalised words inside a sentence (a capital at its start proves nothing) whose
 * first words spell the sender's domain (hello@quillfeatherprint.com, grupozubieta.es). A longer run is a
 * headline ("Enron Oral History Project Continues"): only the words that spell the domain are kept. The
 * writer's own name is no organisation, even on their own domain.
 */
export function organisationInText(lines: readonly string[], sender: SenderHints): string | null {
  const labels = domainLabels(sender.email ? [sender.email] : [], null).filter((label) => label.length >= 5);
  if (!labels.length) return null;
  const own = new Set(words(sender.name ?? ''));
  const text = lines.join(' ');
  const runs = /(?<=[\p{Ll},(]\s|\()\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:&|of|de|du|des|da|do|dos|das|del|della|di|von|van|der)\s+)?\p{Lu}[\p{L}'’-]*)*/gu;
  for (const [run] of text.matchAll(runs)) {
    // "Desenvolvimento Comercial da Tecelagem Vale do Ave": the department before the organisation is not its name.
    const all = run.replace(/['’]s$/, '').split(/\s+/);
    for (let from = 0; from < all.length; from += 1) {
      const parts = all.slice(from);
      for (let end = 1; end <= parts.length; end += 1) {
        const name = parts.slice(0, end).join(' ');
        const compact = words(name).join('');
        const spells = labels.some((label) => compact === label || (end === parts.length && label.startsWith(compact) && compact.length >= label.length * 0.7));
        if (spells && !words(name).every((word) => own.has(word))) return words(parts.join(' ')).length <= 4 ? parts.join(' ') : name;
      }
    }
  }
  return null;
}

/** True when the line spells the domain ("Valley Grocers Cooperative" ~ valleygrocers, "Société Horlogère du Jura" ~ shj). */
function matchesDomain(line: string, labels: readonly string[]): boolean {
  const parts = words(line).filter((word) => !NAME_PARTICLES.has(word));
  if (!parts.length) return false;
  const compact = parts.join('');
  const initials = parts.map((word) => word[0]).join('');
  return labels.some(
    (label) => (label.length >= 4 && compact.includes(label)) || (parts[0]!.length >= 4 && label.startsWith(parts[0]!)) || (label.length >= 2 && initials === label),
  );
}

function companyScore(line: string, labels: readonly string[]): number {
  let score = 0;
  if (hasCompanyWord(line)) score += 3;
  if (matchesDomain(line, labels)) score += 3;
  if (DEPARTMENT.test(line)) score -= 2;
  // "Research Group" beside "First Coastal Bank": a function word leading it makes it a department rather than the organisation.
  if (FUNCTION_WORDS.test(line.split(' ')[0]!)) score -= 2;
  // A role (unless a legal form follows: "Baumgartner + Partner AG"), or a link, is not the organisation's name.
  if ((ROLE_WORDS.test(line) && !hasCompanyWord(line)) || line.includes('://')) score -= 3;
  // "Ing. dipl. EPF", "Dr. rer. nat.": a degree written in abbreviations is no organisation.
  const tokens = line.split(/\s+/);
  if (tokens.length <= 4 && tokens.filter((token) => /^\p{L}{1,5}\.$/u.test(token)).length >= 2) score -= 6;
  // "Pronouns guide: rtalliance.org/pronouns": a labelled link spells the domain but names nothing.
  if (findUrls(line).length && /^[^:]{1,30}:\s/.test(line)) score -= 6;
  if (words(line).length > 8) score -= 2;
  // "Dave's # is 403-262-6400", '"King, Ada" <ada@acme.com>': a line with a number or an address in it is no
  // organisation's name ("3M", "7-Eleven" have short numbers).
  if (/\d{3}|[<@]/.test(line)) score -= 3;
  // "… is providing the ammunition that conservatives need": a sentence, not a name.
  if ((line.match(/(?:^|\s)\p{Ll}{4,}/gu) ?? []).length > 2) score -= 3;
  return score;
}

/** In a postal address, an unlabelled short number is a house number and a postcode ("Via Roma 42 - 24040", "4470-212 Maia"). */
function isAddressNumber(line: string, phone: FoundPhone): boolean {
  return phone.type === 'other' && !phone.number.startsWith('+') && phone.number.replace(/\D/g, '').length < 10 && isAddress(line);
}

const TYPED_NUMBER = new RegExp(String.raw`^[+\d\s().\-/]+(?:${EXTENSION_LABEL}\s*\d{1,6})?`, 'i');

/** Takes emails, phones and links out of a line: null when the line held nothing else, or what else it says. */
function readContacts(line: string, fields: SignatureFields): string | null {
  let leftover = line;
  for (const email of findEmails(line)) {
    if (!fields.emails.includes(email.toLowerCase())) fields.emails.push(email.toLowerCase());
    leftover = leftover.replace(email, ' ');
  }
  for (const raw of findUrls(leftover)) {
    const href = toHttpUrl(raw);
    leftover = leftover.replace(raw, ' ');
    if (!href) continue;
    const linkedin = canonicalLinkedInUrl(href);
    if (linkedin) fields.linkedinUrl ??= linkedin;
    else if (isSocialUrl(href)) fields.social.push(href);
    else fields.website ??= href;
  }
  const phones = findPhones(leftover).filter((phone) => !isAddressNumber(leftover, phone));
  mergePhones(fields.phones, phones);
  // The number as typed, which may differ from the one read ("+44 (0)20 …" is read without its "(0)").
  for (const phone of [...phones].reverse()) {
    leftover = leftover.slice(0, phone.index) + leftover.slice(phone.index).replace(TYPED_NUMBER, ' ');
  }
  if (/^(?:skype|twitter|x|teams|wechat|whatsapp)\s*[:.]/i.test(leftover.trim())) return null;
  // "t: @extravision": a handle, whatever its label.
  if (/^(?:\p{L}{1,2}\s*:\s*)?@\w+$/u.test(leftover.trim())) return null;
  const remaining = leftover
    .replace(LABEL_PREFIX, '')
    .replace(/(?:^|[\s|·•,/(])(?:t|p|m|f|o|d|w|c|e|h|tel|t[ée]l|ph|phone|telephone|mob|mobile|wireless|cell|fax|facsimile|handy|fon|office|direct|email|e-mail|mail|web|www|main|work|home|pager|voice|tlf|cel|telefone|telefono|tel[ée]fono|telefon|portable|celular|cellulare|m[óo]vil|ufficio|fixe|n°|no)\b\.?\s*:?/gi, ' ')
    .replace(/[|·•,:/()[\]\s.\-–]+/g, ' ')
    .trim();
  if (phones.length === 0 && leftover === line) return line;
  // "Gruß, Sven Dittmer-Kahle - 0171/8842 390 - sven.dk@posteo.de": the words beside the number and the address
  // (more than a label: "Mobil 0151 …" stays whole).
  const rest = leftover.replace(/(?:\s*[|·•,–—-])+\s*$/, '').trim();
  return remaining.length < 3 ? null : rest.includes(' ') ? rest : line;
}

/** "Head of Sales, Acme Corp", "CTO at Acme", "Directeur chez Acme": a role, then its organisation. */
function splitTitleCompany(line: string, labels: readonly string[]): [string, string] | null {
  const match = /^(.+?)(?:,\s+|\s+@\s+|\s+(?:at|with|chez|bei|en|presso|na|no|em|de la)\s+)(.+)$/i.exec(line);
  if (!match || !ROLE_WORDS.test(match[1]!) || ROLE_WORDS.test(match[2]!)) return null;
  const right = match[2]!;
  // "Senior Vice President, Global Procurement": the part after the comma continues the role.
  const organisation = companyScore(right, labels) > 0 || (!FUNCTION_WORDS.test(right) && !DEPARTMENT.test(right) && /^[\p{Lu}\d]/u.test(right));
  return organisation ? [match[1]!.trim(), right.trim()] : null;
}

/** A line that carries on the title above it: a dangling comma or "and", a lower-case start, or more role words. */
function continuesTitle(previous: string, line: string, labels: readonly string[]): boolean {
  // "and Regulatory Affairs" under "Senior Director, Clinical Operations": a lower-case start carries on.
  if (/^(?:and|of|for|et|und|y|e)\s/.test(line) && !hasCompanyWord(line)) return true;
  if (DEPARTMENT.test(line) || companyScore(line, labels) > 0 || isNameLike(line)) return false;
  if (/(?:[,&/+]|\b(?:and|of|for|et|de|und|für|y|e|di|del|des|du))$/i.test(previous)) return true;
  if (/^(?:\p{Ll}|&|and\b|of\b)/u.test(line)) return true;
  // A second role ("Responsabile Qualità") is short; a long line led by one is an organisation ("Secretaria Municipal de …").
  return ROLE_WORDS.test(line) && words(line).length < 5 && !/^[\p{Lu}\d]{2,}$/u.test(line);
}

interface Identity {
  lines: string[];
  labels: string[];
  hints: SenderHints;
  localParts: string[];
}

function nameScore(line: string, { hints, localParts, labels }: Identity): number {
  const mine = words(withoutNameExtras(line));
  const sender = new Set(words(hints.name ?? ''));
  const overlap = mine.filter((word) => sender.has(word)).length;
  // Each word shared with the sender counts: "Patricia Nwosu-Lindqvist" beats the signed "Pat" for "Pat Nwosu-Lindqvist".
  let score = overlap * 3;
  // "Bron" signed by Bronte Kilpatrick: a short form of the sender's name counts too.
  if (!overlap && mine.some((word) => [...sender].some((full) => isShortFor(word, full)))) score += 2;
  // "Saltbush Roasters" over saltbushroasters.com.au is the business, not a person, unless it is the sender's own name.
  if (!overlap && matchesDomain(line, labels)) score -= 3;
  if (mine.some((word) => word.length >= 3 && localParts.some((local) => local.includes(word)))) score += 2;
  if (mine.length >= 2) score += 2;
  return score;
}

function pickName(identity: Identity): number {
  let best = -1;
  let bestScore = -1;
  identity.lines.forEach((line, index) => {
    if (!isNameLike(line)) return;
    const score = nameScore(line, identity);
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return best;
}

/** "Geschäftsführer: Dr. Anselm Kessler, Ute Marr", "Managing Directors: …": a legal footer naming who holds a role. */
function namesHolders(line: string): boolean {
  const holders = /^[^:]{2,40}:\s*(.+)$/.exec(line)?.[1];
  // isNameLike reads past "Dr." and "Prof." before a name.
  return Boolean(holders?.split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/).every(isNameLike));
}

function pickTitle(lines: readonly string[], labels: readonly string[]): number {
  // "Office of General Counsel", "Department of Chemistry": a unit named after a role is no title.
  return lines.findIndex((line) => ROLE_WORDS.test(line) && !matchesDomain(line, labels) && !namesHolders(line) && !/^(?:the\s)?(?:Office|Department|Division|Bureau|School|Faculty) of\s/i.test(line));
}

/** Lower-case words an organisation's name may hold ("Bank of the West", "Caves du Roy"). */
const PLAIN_LOWER = new Set([...NAME_PARTICLES, 'of', 'and', 'the', 'for', 'on', 'in', 'et', 'und', 'für', '&', '+']);

function pickCompany(lines: readonly string[], labels: readonly string[], taken: ReadonlySet<number>, orPlain: boolean, name: readonly string[] = []): number {
  let best = -1;
  let bestScore = 0;
  lines.forEach((line, index) => {
    if (taken.has(index)) return;
    const score = companyScore(line, labels);
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  if (best >= 0 || !orPlain) return best;
  // No organisation signal: the first capitalised short line left, an organisation rather than a department when both are there.
  // Not a sentence ("You can reach me at 5-7735"), a room ("Enron Building 3886"), a handle ("IG: @ada"), a name written
  // surname first ("BRUCE, DANIEL", where a firm has its "&": "McDermott, Will & Emery"), a quoted header ('"King, Ada"
  // <ada@…>') or the name signed again ("Dana").
  const plain = lines
    .map((line, index) => ({ line, index }))
    .filter(({ line, index }) => !taken.has(index) && /^[\p{Lu}\d]/u.test(line) && words(line).length <= 8 && /\p{L}{3}/u.test(line))
    .filter(({ line }) => !/\d{3}|\d-\d|[@:;<>"#]|,(?!.*&)/.test(line) && !line.split(/\s+/).some((word) => /^\p{Ll}/u.test(word) && !PLAIN_LOWER.has(word)))
    .filter(({ line }) => !name.length || words(line).some((word) => !name.includes(word)));
  return (plain.find(({ line }) => !DEPARTMENT.test(line)) ?? plain[0])?.index ?? -1;
}

/** Name, title and company from the lines that are neither contact details nor an address. */
function readIdentity(identity: Identity, fields: SignatureFields): void {
  const { lines, labels } = identity;
  // "Malte Schwieterberg" over malteschwieterberg.de, and nobody else named: a freelancer's own domain spells their name.
  const picked = pickName(identity);
  const named = picked < 0 && lines[0]?.includes(' ') && isNameLike(lines[0]) && matchesDomain(lines[0], labels) ? 0 : picked;
  // "pablo ferreiro cuesta" with pferreiro.cuesta@…: a name typed in lower case, which the address spells.
  const typed = named < 0 ? lines.findIndex((line) => /^\p{Ll}+(?:[ '-]\p{Ll}+){1,3}$/u.test(line) && words(line).filter((word) => word.length > 2 && identity.localParts.some((local) => local.includes(word))).length > 1) : -1;
  const nameIndex = Math.max(named, typed);
  if (named >= 0) fields.fullName = clip(withoutNameExtras(lines[named]!));
  else if (typed >= 0) fields.fullName = lines[typed]!.replace(/(^|[ '-])\p{Ll}/gu, (letter) => letter.toUpperCase());
  const after = lines.slice(nameIndex + 1);
  const rest = after.length ? after : lines.slice(0, Math.max(0, nameIndex));
  for (const [index, line] of rest.entries()) {
    const pair = splitTitleCompany(line, labels);
    // "Vice President, Strategic Sourcing" above "Northwind Logistics Group", "Sr. Dir., Gas Trading" above any line:
    // the part after the comma is a department when the organisation is on a line of its own.
    // "Manager, Field Systems" above "Gantry Ridge Energy Corporation": a stronger organisation on another line wins too.
    const score = pair ? companyScore(pair[1], labels) : 0;
    const elsewhere =
      pair && (score <= 0 ? rest.some((other, at) => at > index || (at < index && companyScore(other, labels) > 0)) : rest.some((other, at) => at !== index && (companyScore(other, labels) > score || (at > index && companyScore(other, labels) >= score))));
    if (pair && !elsewhere) {
      [fields.title, fields.company] = [clip(pair[0]), clip(pair[1])];
      return;
    }
  }
  const titleIndex = pickTitle(rest, labels);
  const strongCompany = pickCompany(rest, labels, new Set([titleIndex]), false);
  const titleLines = titleIndex >= 0 ? [titleIndex] : [];
  for (let next = titleIndex + 1; titleIndex >= 0 && next < rest.length && next !== strongCompany && titleLines.length < 3; next += 1) {
    if (!continuesTitle(rest[next - 1]!, rest[next]!, labels)) break;
    titleLines.push(next);
  }
  if (titleLines.length) {
    fields.title = clip(titleLines.map((index) => rest[index]!).reduce((title, part) => (/[,&/+]$|\s(?:and|of|for)$/i.test(title) || /^\p{Ll}/u.test(part) ? `${title} ${part}` : `${title}, ${part}`)));
  }
  // "ASHGROVE PROPERTY GROUP" above "Lorraine Betancourt | Regional Property Manager": a letterhead over the name,
  // which a line below without an organisation's signal ("Rates & Tariffs Section") does not outweigh.
  const above = strongCompany < 0 && after.length ? pickCompany(lines.slice(0, nameIndex), labels, new Set(), false) : -1;
  const companyIndex = strongCompany >= 0 || above >= 0 ? strongCompany : pickCompany(rest, labels, new Set(titleLines), true, words(fields.fullName ?? ''));
  if (companyIndex >= 0) fields.company = clip(rest[companyIndex]);
  if (above >= 0) fields.company = clip(lines[above]);
  if (titleLines.length) return;
  // Without a role, the department someone works in ("Legal Dept.", "Trading Support") is what the block says they do.
  const functions = (line: string) => DEPARTMENT.test(line) || line.split(/\s+/).every((word) => FUNCTION_WORDS.test(word) || /^(?:&|and|of)$/i.test(word));
  const department = rest.findIndex((line, index) => index !== companyIndex && functions(line));
  // Else a line of its own right under the name that is not the organisation ("Gas Control", "Purchasing & Vendor Relations").
  // Not a tagline ("Resources for Solr users, new and experienced"): a unit's name has few lower-case words.
  const tagline = (rest[0]?.match(/(?:^|\s)(?!and\b|for\b|the\b)\p{Ll}{3,}/gu) ?? []).length > 2;
  const underName = after.length && !tagline && /^\p{Lu}[\p{L}&,.'’/ -]*\s[\p{L}&,.'’/ -]+$/u.test(rest[0] ?? '') && companyIndex !== 0 && companyScore(rest[0]!, labels) <= 0 ? 0 : -1;
  const fallback = underName >= 0 && !DEPARTMENT.test(rest[0]!) ? underName : department >= 0 ? department : underName;
  if (fallback >= 0) fields.title = clip(rest[fallback]);
}

const emptyFields = (): SignatureFields => ({ fullName: null, title: null, company: null, emails: [], phones: [], website: null, linkedinUrl: null, social: [], address: null });

/** "Assistant: Lucia Ortega, 414-555-0121": someone else's way to reach the lead's office. */
const SOMEONE_ELSE = /^[-*•\s]*(?:b?cc|(?:executive |personal )?assistante?|asst\.?|EA|PA|secret(?:ary|ari[ao]|[áa]ria)|Assistenz|Sekretariat|segreteria|c\/o)\b\s*(?:(?:to|of|del|de|di|des|der|für)\s+[\p{L} .]+)?\s*(?::|[-–](?=\s))/iu;

/**
 * "If I'm unavailable, please reach my colleague", "En mon absence :", "Ab 21.12. vertritt mich Frau …",
 * "contattare anche il collega", "contacte o meu colega", "per conto del Dott. …": a stand-in, a
 * colleague or a boss, in the six languages, whose details are theirs.
 */
export const STAND_IN =
  /\b(?:(?:my|our) colleague|in my absence|if I(?:'m| am) (?:unavailable|away|out)|while I(?:'m| am) (?:away|out)|covering for me|on behalf of|en mon absence|(?:mon|ma|notre) coll[èe]gue|pour le compte de|vertritt mich|meine Vertretung|(?:mein(?:e|en)?|unser(?:e|en)?) Kolleg(?:e|in|en)|im Auftrag von|in mia assenza|(?:il|la|alla|mio|mia) collega|per conto d|en mi ausencia|(?:mi|nuestro|nuestra) (?:compañer[oa]|colega)|en nombre de|(?:nas?|em) minhas? ausências?|na minha ausência|(?:o meu|[aà] minha) colega|em nome d|wenden Sie sich (?:bitte )?an|rivolger[sv]i a|falar com)/i;

/** The lines of a signature without those about another person, and a contact line right under such a label. */
function othersRemoved(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (STAND_IN.test(lines[index]!)) {
      // "… please reach my colleague" above "Annika Sørli, Customer Success Lead — +61 …": her line goes too.
      if (!holdsEmailOrPhone(lines[index]!) && holdsEmailOrPhone(lines[index + 1] ?? '')) index += 1;
      continue;
    }
    if (!SOMEONE_ELSE.test(lines[index]!)) {
      kept.push(lines[index]!);
      continue;
    }
    const next = lines[index + 1] ?? '';
    const theirs = words(lines[index]!.replace(SOMEONE_ELSE, '')).filter((word) => word.length >= 3);
    // "Assistant: Lucia Ortega" above "lucia.ortega@…": the line under the label is hers too.
    const bare = !holdsEmailOrPhone(lines[index]!);
    const named = findEmails(next).some((email) => theirs.some((word) => email.toLowerCase().split('@')[0]!.includes(word)));
    if ((bare || named) && readContacts(next, emptyFields()) === null) index += 1;
  }
  return kept;
}

/** A label alone on its line, its value on the next: a signature table whose cells were set one under another. */
const LABEL_CELL = /^(?:title|position|role|job title|organi[sz]ation|company|direct|main|mobile|cell|phone|tel|telephone|office|fax|e-?mail|web|website|address)\s?:?$/i;
/** "Title: Intake Lead", "Organisation: Lantern Point": fields the signature labels itself. */
const LABELLED_FIELD = /^(title|position|role|job title|organi[sz]ation|company)\s?:\s*(\S.*)$/i;

/** Label cells joined with the value under them: "Direct" above "(919) 555-0157" is one line. */
function withLabelCells(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.trim();
    const next = lines[index + 1]?.trim();
    if (LABEL_CELL.test(line) && next && !LABEL_CELL.test(next)) {
      joined.push(`${line.replace(/\s?:$/, '')}: ${next}`);
      index += 1;
    } else joined.push(lines[index]!);
  }
  return joined;
}

/**
 * "Development Director Second Harvest Commons" from ingrid@secondharvestcommons.org: a role, then
 * its organisation spelled as the domain, with nothing between them.
 */
function splitAtDomain(line: string, labels: readonly string[]): string[] {
  if (!labels.length || !ROLE_WORDS.test(line) || /[,|@]/.test(line)) return [line];
  const parts = line.split(/\s+/);
  for (let at = 1; at <= parts.length - 2; at += 1) {
    const [role, organisation] = [parts.slice(0, at).join(' '), parts.slice(at).join(' ')];
    const compact = words(organisation).join('');
    if (/^\p{Lu}/u.test(organisation) && ROLE_WORDS.test(role) && !ROLE_WORDS.test(organisation) && labels.some((label) => compact.length >= 6 && label.includes(compact))) return [role, organisation];
  }
  return [line];
}

const WITHDRAWN_NOTE = /^[^\p{L}]*(?:disconnected|no longer (?:in use|active|in service)|not in service|out of service)\b/iu;

/** "office (608) 555-0102 - disconnected": a number its own line withdraws goes, with its label and note. */
function withoutWithdrawn(line: string): string {
  for (const phone of findPhones(line).reverse()) {
    const after = line.slice(phone.index).replace(TYPED_NUMBER, '');
    const note = WITHDRAWN_NOTE.exec(after);
    if (note) line = `${line.slice(0, phone.index).replace(/[\p{L}.:]+\s*$/u, '')}${after.slice(note[0].length)}`.trim();
  }
  return line;
}

/** Reads name, title, company, phones, emails, links and address out of signature-like lines. */
export function parseSignatureLines(lines: readonly string[], hints: SenderHints = {}): SignatureFields {
  const fields: SignatureFields = emptyFields();
  let identityLines: string[] = [];
  const addressParts: string[] = [];
  const labelled: { title?: string; company?: string } = {};
  // A number wrapped after its area code ("Tel: (713)" / "853-3849") is read whole.
  const read = othersRemoved(withLabelCells(lines.join('\n').replace(/(\(\d{2,4}\))\s*\n\s*(?=\d{3})/g, '$1 ').split('\n'))).map(withoutWithdrawn);
  // "i.A. Svenja Brüggemeier / Assistenz der Geschäftsleitung" (and her number) above her boss's own name and role:
  // the boss is the one to call, and her lines go.
  const assisting = read.findIndex((line) => /(?:^|[(,]\s*)(?:executive |personal )?(?:assistan|Assistenz|secr[eé]t[aá]i?r|Sekretari|Segreteri)/i.test(line));
  const boss = assisting < 0 ? -1 : read.findIndex((line, index) => index > assisting && isNameLike(line) && ROLE_WORDS.test(read[index + 1] ?? ''));
  const kept = boss > 0 ? read.slice(boss) : read;
  // "Deloitte & Touche" with cvavrek@deloitte.com: a line the address's domain spells is an organisation too.
  const spelled = domainLabels([...kept.flatMap(findEmails), ...(hints.email ? [hints.email] : [])], null);
  const organisationElsewhere = kept.some((line) => (hasCompanyWord(line) || matchesDomain(line, spelled)) && !SEGMENT_BREAK.test(line));
  for (let line of kept.flatMap((line) => roleSegments(line, organisationElsewhere))) {
    // "Formerly Head of Business Development, Ashgrove Labs": a past role is not the one to call about.
    // "42° 29' 7" N 71° 11' 32" W": where the office is on a map, not who works there.
    if (DELIMITER.test(line) || VALEDICTION.test(line) || GREETING.test(line) || COORDINATES.test(line) || /^(?:formerly|previously|former\s+with|ex-)\b/i.test(line)) continue;
    const field = LABELLED_FIELD.exec(line);
    if (field) {
      labelled[/^(?:organi|company)/i.test(field[1]!) ? 'company' : 'title'] ??= field[2]!.trim();
      continue;
    }
    const rest = readContacts(line, fields);
    if (rest === null) continue;
    // "Cordialmente, Valentina Restrepo | …", "a+ -- Bastien Lhermitte": a closing before the name.
    const closing = /^(.+?)(?:,|\s--?)\s+/.exec(rest);
    // "MfG Kai-Uwe Brandstätter": a closing word right before a name.
    const word = /^(\S+)\s+(.+)$/.exec(rest);
    const named = closing && VALEDICTION.test(closing[1]!) ? rest.slice(closing[0].length) : word && VALEDICTION.test(word[1]!) && isNameLike(word[2]!) ? word[2]! : rest;
    // The words beside a line's number and address count when they name someone; "Dave's # is 403-…" stays whole.
    line = rest === line || isNameLike(named.split(',')[0]!) ? named : line;
    if (isAddress(line) && !ROLE_WORDS.test(line.replace(ADDRESS_HINT, '').replace(STREET, ''))) {
      addressParts.push(line);
      continue;
    }
    // Prose left in a block (a sentence of the message) is neither a name nor a title.
    if (isProse(line)) continue;
    // "Julien Marchand, Chef de projet", "Toke Eskildsen, Royal Danish Library": a name, then the role or the organisation.
    const [, name, role] = /^([^,]+),\s+(.+)$/.exec(line) ?? [];
    // Not the rest of a firm's name: "Envases del Pacífico, S.A. de C.V.", "Joh. Berenberg, Gossler & Co. KG".
    const organisation = name && name.includes(' ') && hasCompanyWord(role!) && !hasCompanyWord(role!.split(' ')[0]!) && !/[&+]/.test(role!);
    // "Dr. Lionel Ashgrove, MD": credentials after the comma leave a name line whole.
    identityLines.push(...(name && isNameLike(name) && !isNameLike(line) && (ROLE_WORDS.test(role!) || organisation) ? [name, role!] : [line]));
  }
  // "Mira" above "Mira Okafor-Lindemann (sie/ihr)", "Bia" above "Beatriz Loureiro": a signed first name above the full one.
  identityLines = identityLines.filter((line, index) => !(/^\p{Lu}\p{Ll}{1,9}$/u.test(line) && identityLines[index + 1]?.[0] === line[0] && isNameLike(identityLines[index + 1]!) && identityLines[index + 1]!.includes(' ')));
  // "wunder" above "Walter Underwood" and wunder@wunderwood.org: the handle the address is made of, not an organisation.
  const handles = fields.emails.map((email) => email.split('@')[0]);
  identityLines = identityLines.filter((line) => !handles.includes(line.toLowerCase()));
  const emails = [...fields.emails, ...(hints.email ? [hints.email.toLowerCase()] : [])];
  const localParts = emails.map((email) => email.split('@')[0]!.replace(/[^a-z]/g, ''));
  const labels = domainLabels(emails, fields.website);
  readIdentity({ lines: identityLines.flatMap((line) => splitAtDomain(line, labels)), labels, hints, localParts }, fields);
  if (labelled.title) fields.title = clip(labelled.title);
  if (labelled.company) fields.company = clip(labelled.company);
  fields.address = clip(addressParts.join(', '));
  return fields;
}
