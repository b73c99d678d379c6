// Plain email text → the sender's signature and the contact details in it (DESIGN.md §3).
// The newest message is what the sender wrote above any quoted reply or forwarded header; the
// signature is the last block of it. Labels are recognised in EN, FR, DE, ES, IT and PT.
import type { LeadDraft, Phone } from '../schema';
import { canonicalLinkedInUrl, findEmails, findPhones, findUrls, isSocialUrl, mergePhones, toHttpUrl } from './contact-text';
import { clip, makeDraft } from './dom';

/** Lines that start the quoted part of a reply; everything from them on is older mail. */
const QUOTE_HEADERS: readonly RegExp[] = [
  /^On\b.{0,200}\bwrote:?$/i, // Gmail, Apple Mail (EN)
  /^Le\b.{0,200}\ba [ée]crit\s?:?$/i, // FR
  /^Am\b.{0,200}\bschrieb.{0,60}:?$/i, // DE
  /^El\b.{0,200}\bescribi[óo]:?$/i, // ES
  /^Il\b.{0,200}\bha scritto:?$/i, // IT
  /^(?:Em|No dia)\b.{0,200}\bescreveu:?$/i, // PT
  /^.{0,120}\bwrites:$/i, // Usenet and old clients
  /^-{2,}\s*(?:Original Message|Message d'origine|Urspr[üu]ngliche Nachricht|Mensaje original|Messaggio originale|Mensagem original)\s*-{2,}$/i,
  /^_{10,}$/, // Outlook draws a rule above its header block
];

/** Outlook-style header block: "From:" followed by "Sent:"/"Date:"/"To:" within a few lines. */
const HEADER_FROM = /^\*?(?:From|De|Von|Da|Van)\s?:\s?\*?\s*\S/i;
const HEADER_NEXT = /^\*?(?:Sent|Date|To|Subject|Envoy[ée]|[ÀA]|Objet|Gesendet|Datum|An|Betreff|Enviado|Fecha|Para|Asunto|Inviato|Data|A|Oggetto|Assunto)\s?:/i;

const FORWARD_HEADERS = /^(?:-{2,}\s*(?:Forwarded message|Message transf[ée]r[ée]|Weitergeleitete Nachricht|Mensaje reenviado|Messaggio inoltrato|Mensagem encaminhada)\s*-{2,}|Begin forwarded message:|D[ée]but du message r[ée]exp[ée]di[ée]\s?:|Anfang der weitergeleiteten Nachricht:?)$/i;

const SENT_FROM_DEVICE =
  /^(?:Sent from my \S.*|Sent from (?:Mail|Outlook|Yahoo Mail).*|Get Outlook for \S+|Envoy[ée] de mon \S.*|Von meinem \S.* gesendet|Gesendet von meinem \S.*|Enviado desde mi \S.*|Inviato da(?:l mio)? \S.*|Enviado do meu \S.*|Enviado de meu \S.*)$/i;

const DISCLAIMER =
  /^(?:\*{0,2}\s*)?(?:CONFIDENTIAL(?:ITY)?(?: NOTICE)?|DISCLAIMER|This (?:e-?mail|message|communication)(?: and any (?:files|attachments))?.{0,40}(?:confidential|intended|privileged)|The information (?:contained )?in this (?:e-?mail|message)|If you (?:are not|have received) (?:the intended|this)|Ce (?:message|courriel|courrier [ée]lectronique).{0,40}(?:confidentiel|destin)|Diese (?:E-?Mail|Nachricht).{0,60}(?:vertraulich|bestimmt)|Este (?:mensaje|correo|e-?mail).{0,60}(?:confidencial|destinad)|Questo (?:messaggio|e-?mail).{0,60}(?:riservat|destinat)|Esta mensagem.{0,60}(?:confidencia|destinad)|Please consider the environment)/i;

/** Closing lines: the signature starts at them ("Best regards," / "Cordialement," / "Grüße"). */
const VALEDICTION =
  /^(?:(?:best|kind|warm|warmest|many|with)?\s*(?:regards|wishes|thanks|thank you|cheers|sincerely|best|respectfully|yours(?: truly| sincerely)?)|thx|thanks(?: again| so much| a lot)?|thank you(?: very much| so much)?|cordialement|bien (?:à vous|cordialement)|salutations(?: distinguées)?|merci(?: beaucoup| d'avance)?|bonne journée|(?:mit )?(?:freundlichen|besten|herzlichen|vielen|liebe) (?:gr[üu](?:ß|ss)en|dank)|(?:viele |beste |liebe )?gr[üu](?:ß|ss)e|mfg|vg|lg|saludos(?: cordiales)?|un saludo|atentamente|gracias|cordiali saluti|distinti saluti|saluti|grazie(?: mille)?|cordiais saudações|atenciosamente|abraços?|obrigad[oa]|att\.?)[\s,.!]*$/i;

const DELIMITER = /^(?:--\s?|-{3,}|_{3,}|={3,}|\*{3,}|~{3,}|—)$/;

/** Title words: when a line has one, it says what the person does (EN, FR, DE, ES, IT, PT). */
const TITLE_WORDS =
  /\b(?:CEO|CTO|CFO|COO|CMO|CIO|CRO|VP|SVP|EVP|Chief|President|Vice|Director|Head|Manager|Lead|Leader|Founder|Co-?founder|Owner|Partner|Principal|Engineer|Developer|Architect|Consultant|Advisor|Analyst|Specialist|Coordinator|Officer|Executive|Representative|Associate|Assistant|Administrator|Designer|Scientist|Researcher|Professor|Teacher|Attorney|Lawyer|Counsel|Accountant|Recruiter|Buyer|Sales|Marketing|Account|Operations|Procurement|Purchasing|Directeur|Directrice|Responsable|G[ée]rant|Ing[ée]nieur|Chef|Charg[ée]|Gesch[äa]ftsf[üu]hrer(?:in)?|Leiter(?:in)?|Vorstand|Inhaber(?:in)?|Berater(?:in)?|Vertrieb|Einkauf|Director[a]?|Gerente|Jefe|Jefa|Responsable|Direttore|Direttrice|Amministratore|Responsabile|Diretor[a]?|S[óo]ci[oa]|Coordenador[a]?|Comercial)\b/i;

const COMPANY_SUFFIX =
  /\b(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|Co|Company|GmbH|AG|KG|SE|SA|SAS|SARL|S\.A|S\.L|SL|S\.p\.A|SpA|S\.r\.l|Srl|Ltda|LLP|PLC|BV|B\.V|NV|Oy|AB|AS|ApS|Group|Holdings|Partners|Associates|Solutions|Technologies|Systems|Labs|Consulting|Industries|International)\b\.?/;

const ADDRESS_HINT =
  /\b\d{1,5}\s+[\p{L}.'-]+(?:\s+[\p{L}.'-]+)*\s+(?:St(?:reet)?|Ave(?:nue)?|Rd|Road|Blvd|Boulevard|Dr(?:ive)?|Ln|Lane|Way|Ct|Court|Pl(?:ace)?|Sq(?:uare)?|Pkwy|Parkway|Hwy|Suite|Ste)\b|(?=.*\d)(?:\bul\.|\b(?:rue|avenue|boulevard|chemin|place|stra(?:ß|ss)e|str\.|weg|platz|allee|calle|avenida|plaza|via|viale|piazza|corso|rua|travessa|largo)\b)|\b(?:\d{2}-\d{3}\s+\p{Lu}[\p{L}-]+|[A-Z]{2}\s+\d{5}(?:-\d{4})?|\d{5}\s+[\p{Lu}][\p{L}-]+|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b/iu;

const LABEL_PREFIX = /^(?:e-?mail|courriel|mail|correo|posta|web(?:site)?|site|internet|url|www|skype|twitter|linkedin|adresse|address|anschrift|direcci[óo]n|indirizzo|endere[çc]o)\s*[:.]\s*/i;

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

export interface ParsedEmail {
  /** What the sender wrote in this message, without quoted or forwarded older mail. */
  body: string[];
  /** The signature block's lines, as written (blank lines kept); null when there is none. */
  signature: string[] | null;
  fields: SignatureFields;
  /** Who sent it, from the caller's hints or the message's own (forwarded) "From:" header. */
  sender: SenderHints;
}

export interface SenderHints {
  name?: string | null;
  email?: string | null;
}

function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n').map((line) => line.replace(/\s+$/, ''));
}

/**
 * Cuts quoted replies and forwarded history. A `>`-quoted run (with the "wrote:" line above it)
 * is skipped and reading goes on, so bottom-posted and inline replies keep the sender's text; an
 * unquoted original below a header is cut. A message that is only a forward yields the forwarded mail.
 */
export function newestMessage(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.trim();
    const forwarded = FORWARD_HEADERS.test(line);
    if (!forwarded && !isQuoteStart(lines, index) && !/^>/.test(line)) {
      kept.push(lines[index]!);
      continue;
    }
    const quotedRun = quotedRunAfter(lines, /^>/.test(line) ? index : index + 1);
    if (!forwarded && quotedRun > 0) {
      index = (/^>/.test(line) ? index : index + 1) + quotedRun - 1;
      continue;
    }
    if (forwarded && !kept.some((text) => text.trim() && !SENT_FROM_DEVICE.test(text.trim()))) {
      return forwardedBody(lines.slice(index + 1));
    }
    return kept;
  }
  return kept;
}

/** How many lines from `from` belong to a `>`-quoted run (blank lines inside it included). */
function quotedRunAfter(lines: readonly string[], from: number): number {
  let end = from;
  let last = -1;
  while (end < lines.length && (!lines[end]!.trim() || /^>/.test(lines[end]!.trim()))) {
    if (lines[end]!.trim()) last = end;
    end += 1;
  }
  return last < 0 ? 0 : last - from + 1;
}

function isQuoteStart(lines: readonly string[], index: number): boolean {
  const line = lines[index]!.trim();
  if (QUOTE_HEADERS.some((header) => header.test(line))) return true;
  // "On Tue, 3 Mar 2026 at 10:02, Ada <ada@x.com>" wraps onto the next line before "wrote:".
  const joined = `${line} ${lines[index + 1]?.trim() ?? ''}`;
  if (/^(?:On|Le|Am|El|Il|Em)\b/.test(line) && QUOTE_HEADERS.slice(0, 6).some((header) => header.test(joined))) return true;
  if (HEADER_FROM.test(line)) {
    const next = lines.slice(index + 1, index + 5).map((rest) => rest.trim());
    return next.filter((rest) => HEADER_NEXT.test(rest)).length >= 2;
  }
  return false;
}

/** Skips the forwarded header fields ("From:", "Date:", ...) down to the forwarded text. */
function forwardedBody(lines: readonly string[]): string[] {
  let index = 0;
  while (index < lines.length && (!lines[index]!.trim() || HEADER_FROM.test(lines[index]!.trim()) || HEADER_NEXT.test(lines[index]!.trim()))) {
    index += 1;
  }
  return newestMessage(lines.slice(index));
}

/** Drops "Sent from my iPhone", legal disclaimers and trailing `>` quotes from the end of a message. */
function withoutBoilerplate(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    const text = line.trim();
    if (DISCLAIMER.test(text) && kept.some((earlier) => earlier.trim())) break;
    if (SENT_FROM_DEVICE.test(text)) continue;
    if (/^>/.test(text)) continue;
    kept.push(line);
  }
  while (kept.length && !kept.at(-1)!.trim()) kept.pop();
  return kept;
}

function isContactLine(line: string): boolean {
  return findEmails(line).length > 0 || findPhones(line).length > 0 || findUrls(line).length > 0 || /^(?:skype|twitter|linkedin)\s*:/i.test(line);
}

/** 1–5 capitalised words (or one all-caps/all-lower run), no digits: how a name is typed. */
export function isNameLike(line: string): boolean {
  const text = line.replace(/^[-–—~*\s]+/, '').replace(/,?\s+(?:Ph\.?D\.?|M\.?D\.?|MBA|Jr\.?|Sr\.?|III?|CPA|Esq\.?)$/i, '').trim();
  if (!text || text.length > 50 || /[\d@:/|!?;]/.test(text)) return false;
  if (VALEDICTION.test(text) || TITLE_WORDS.test(text) || COMPANY_SUFFIX.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 5) return false;
  const upper = words.filter((word) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(word) || /^(?:de|da|van|von|der|del|di|du|la|le|dos|das|y|e|bin|al)$/.test(word));
  return upper.length === words.length;
}

/** Short lines without sentence punctuation: the texture of a signature rather than of prose. */
function looksLikeSignatureLine(line: string): boolean {
  const text = line.trim();
  if (!text) return true;
  if (text.length > 70) return false;
  if (isContactLine(text) || isNameLike(text) || TITLE_WORDS.test(text) || COMPANY_SUFFIX.test(text) || ADDRESS_HINT.test(text)) return true;
  return !/[.!?]$/.test(text) && text.split(/\s+/).length <= 6;
}

function paragraphs(lines: readonly string[]): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let start = -1;
  lines.forEach((line, index) => {
    if (line.trim() && start < 0) start = index;
    if (!line.trim() && start >= 0) {
      found.push({ start, end: index });
      start = -1;
    }
  });
  if (start >= 0) found.push({ start, end: lines.length });
  return found;
}

const MAX_SIGNATURE_LINES = 16;

/** Where the signature starts in the message, or -1 when the message has none. */
export function signatureStart(lines: readonly string[], hints: SenderHints = {}): number {
  const nonEmpty = lines.map((line, index) => ({ line: line.trim(), index })).filter(({ line }) => line);
  if (nonEmpty.length < 2) return -1;
  const tail = nonEmpty.slice(-MAX_SIGNATURE_LINES);
  const firstLine = nonEmpty[0]!.index;

  for (let i = tail.length - 1; i >= 0; i -= 1) {
    const { line, index } = tail[i]!;
    if (DELIMITER.test(line) && index > firstLine) return index;
  }
  for (let i = tail.length - 1; i >= Math.max(0, tail.length - 10); i -= 1) {
    const { line, index } = tail[i]!;
    if (VALEDICTION.test(line) && index > firstLine) return index;
  }
  const blocks = paragraphs(lines);
  if (blocks.length < 2) return trailingNameLine(lines, hints);
  let chosen = -1;
  for (let b = blocks.length - 1; b >= 1; b -= 1) {
    const { start, end } = blocks[b]!;
    const block = lines.slice(start, end);
    const signatureLike = block.length <= 8 && block.every(looksLikeSignatureLine);
    const identifies = block.some((line) => isContactLine(line) || isNameLike(line.trim()) || matchesSender(line, hints));
    if (!signatureLike || !identifies) break;
    if (chosen >= 0 && !(block.length <= 2 && block.every((line) => isNameLike(line.trim()) || isContactLine(line)))) break;
    chosen = start;
    if (end - start > 2 && isNameLike(block[0]!.trim())) break;
  }
  return chosen;
}

/** A one-paragraph message may still end with the sender's name on its own line. */
function trailingNameLine(lines: readonly string[], hints: SenderHints): number {
  const nonEmpty = lines.map((line, index) => ({ line: line.trim(), index })).filter(({ line }) => line);
  const last = nonEmpty.at(-1);
  if (last && (matchesSender(last.line, hints) || (isNameLike(last.line) && last.line.split(/\s+/).length >= 2))) return last.index;
  return -1;
}

function matchesSender(line: string, hints: SenderHints): boolean {
  const name = hints.name?.trim().toLowerCase();
  return Boolean(name && line.trim().toLowerCase().replace(/^[-–—~\s]+/, '').startsWith(name.split(/\s+/)[0]!));
}

/** A saved message (.eml, or a paste that kept them) starts with "Name: value" header lines. */
function splitHeaders(lines: string[]): { headers: Record<string, string>; lines: string[] } {
  const blank = lines.findIndex((line) => !line.trim());
  const block = blank > 0 ? lines.slice(0, blank) : [];
  const isHeader = (line: string) => /^[A-Za-z][A-Za-z-]{1,30}:\s/.test(line) || /^\s+\S/.test(line);
  if (!block.length || !block.every(isHeader) || !block.some((line) => /^(?:From|Subject|Date|To):/i.test(line))) {
    return { headers: {}, lines };
  }
  const headers: Record<string, string> = {};
  for (const line of block) {
    const match = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (match) headers[match[1]!.toLowerCase()] = match[2]!;
  }
  return { headers, lines: lines.slice(blank + 1) };
}

/** `Ada Lovelace <ada@x.com>`, `"Lovelace, Ada" <ada@x.com>` or `ada@x.com (Ada Lovelace)`. */
export function senderFromHeader(value: string): SenderHints {
  const email = findEmails(value)[0] ?? null;
  const name = value
    .replace(/<[^>]*>/g, ' ')
    .replace(email ?? '\u0000', ' ')
    .replace(/[()"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const ordered = /^([^,]+),\s*([^,]+)$/.exec(name);
  return { email, name: ordered ? `${ordered[2]} ${ordered[1]}` : name || null };
}

/** In a message that is only a forward, the forwarded header's "From:" names the sender. */
function forwardedFrom(lines: readonly string[]): string | null {
  const start = lines.findIndex((line) => FORWARD_HEADERS.test(line.trim()));
  if (start < 0 || lines.slice(0, start).some((line) => line.trim() && !SENT_FROM_DEVICE.test(line.trim()))) return null;
  const from = lines.slice(start + 1, start + 8).find((line) => HEADER_FROM.test(line.trim()));
  return from ? from.trim().replace(/^\*?(?:From|De|Von|Da|Van)\s?:\s?\*?\s*/i, '') : null;
}

/** Parses a whole email body. */
export function parseEmailText(text: string, hints: SenderHints = {}): ParsedEmail {
  const { headers, lines } = splitHeaders(splitLines(text));
  const from = headers.from ?? forwardedFrom(lines);
  const sender = from ? senderFromHeader(from) : {};
  hints = { name: hints.name ?? sender.name, email: hints.email ?? sender.email };
  const message = withoutBoilerplate(newestMessage(lines));
  const start = signatureStart(message, hints);
  const signature = start >= 0 ? message.slice(start) : null;
  const body = start >= 0 ? message.slice(0, start) : message;
  return { body, signature, fields: parseSignatureLines(signature ?? [], hints), sender: hints };
}

/** Reads name, title, company, phones, emails, links and address out of signature-like lines. */
export function parseSignatureLines(lines: readonly string[], hints: SenderHints = {}): SignatureFields {
  const fields: SignatureFields = {
    fullName: null,
    title: null,
    company: null,
    emails: [],
    phones: [],
    website: null,
    linkedinUrl: null,
    social: [],
    address: null,
  };
  const rest: string[] = [];
  const addressParts: string[] = [];
  for (const raw of lines) {
    const line = raw.trim().replace(/^[-–—~*•|\s]+/, '').replace(/[*|\s]+$/, '');
    if (!line || DELIMITER.test(line) || VALEDICTION.test(line)) continue;
    const contact = readContacts(line, fields);
    if (contact) continue;
    if (ADDRESS_HINT.test(line) && !TITLE_WORDS.test(line)) {
      addressParts.push(line);
      continue;
    }
    rest.push(line);
  }
  assignIdentity(rest, fields, hints);
  fields.address = clip(addressParts.join(', '));
  return fields;
}

/** Takes emails, phones and links out of a line; true when the line held nothing else. */
function readContacts(line: string, fields: SignatureFields): boolean {
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
  const phones = findPhones(leftover);
  mergePhones(fields.phones, phones);
  for (const phone of phones) leftover = leftover.replace(phone.number, ' ');
  if (/^(?:skype|twitter|x|teams|wechat|whatsapp)\s*[:.]/i.test(leftover.trim())) return true;
  const remaining = leftover
    .replace(LABEL_PREFIX, '')
    .replace(/(?:^|[\s|·•,/])(?:t|p|m|f|o|d|w|c|e|tel|t[ée]l|ph|phone|mob|mobile|cell|fax|handy|fon|office|direct|email|e-mail|mail|web|www)\b\.?\s*:?/gi, ' ')
    .replace(/[|·•,:/()\s.\-–]+/g, ' ')
    .trim();
  return (phones.length > 0 || leftover !== line) && remaining.length < 3;
}

function assignIdentity(rest: readonly string[], fields: SignatureFields, hints: SenderHints): void {
  const lines = [...rest];
  const nameIndex = lines.findIndex((line) => matchesSender(line, hints) && isNameLike(line));
  const index = nameIndex >= 0 ? nameIndex : lines.findIndex((line) => isNameLike(line));
  if (index >= 0) {
    fields.fullName = cleanName(lines[index]!);
    lines.splice(0, index + 1);
  }
  for (const line of lines) {
    const [left, right] = splitTitleCompany(line);
    if (!fields.title && TITLE_WORDS.test(left) && !COMPANY_SUFFIX.test(left)) {
      fields.title = clip(left);
      if (right && !fields.company) fields.company = clip(right);
    } else if (!fields.company && /^[\p{Lu}\d]/u.test(line) && (COMPANY_SUFFIX.test(line) || fields.title || fields.fullName)) {
      fields.company = clip(line);
    }
    if (fields.title && fields.company) break;
  }
}

/** "Head of Sales | Acme Corp", "CEO, Acme", "CTO at Acme", "Directeur chez Acme". */
function splitTitleCompany(line: string): [string, string | null] {
  const match = /^(.+?)\s*(?:\s[|·•–—]\s|,\s|\s@\s|\s(?:at|chez|bei|en|presso|na|no|da)\s)\s*(.+)$/i.exec(line);
  if (match && TITLE_WORDS.test(match[1]!) && !TITLE_WORDS.test(match[2]!)) return [match[1]!.trim(), match[2]!.trim()];
  return [line, null];
}

function cleanName(line: string): string | null {
  return clip(line.replace(/^[-–—~*\s]+/, '').replace(/,?\s+(?:Ph\.?D\.?|M\.?D\.?|MBA|CPA|Esq\.?)$/i, '').replace(/,\s*$/, ''));
}

/** Plain email text (a pasted email, a .txt/.eml body) → lead draft, or null when nothing identifies anyone. */
export function extractSignature(text: string, url: URL | null = null, hints: SenderHints = {}): LeadDraft | null {
  const { fields, sender } = parseEmailText(text, hints);
  const draft = makeDraft('email', url, {
    fullName: fields.fullName ?? sender.name ?? null,
    title: fields.title,
    company: fields.company,
    emails: sender.email ? [sender.email, ...fields.emails] : fields.emails,
    phones: fields.phones,
    website: fields.website,
    linkedinUrl: fields.linkedinUrl,
    location: fields.address,
  });
  return draft.fullName || draft.emails.length || draft.phones.length || draft.linkedinUrl ? draft : null;
}
