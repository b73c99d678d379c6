// Plain email text → the sender's signature and the contact details in it (DESIGN.md §3). One
// reader serves every path: the Gmail message view, a pasted or saved email (the CLI), a selected
// block and a forward. The newest message is what the sender wrote above any quoted reply; in a
// forward it is the forwarded mail, whose sender is the lead. Where the signature starts is decided
// from the whole message: a "--" line, a closing line, the sender's name, or the texture of the
// lines at its end; a text that is only a signature is all signature.
import type { Channel, LeadDraft } from '../schema';
import { digitsOf, findEmails, findPhones, findUrls, holdsEmailOrPhone, mergePhones, type FoundPhone } from './contact-text';
import { makeDraft } from './dom';
import { COORDINATES, isAddress, STAND_IN, hasCompanyWord, inReadingOrder, isNameLike, isProse, organisationInText, parseSignatureLines, personOf, words, type SenderHints, type SignatureFields } from './signature-fields';
import { MACHINE_ONLY_SENDER } from './notification-lexicon';
import { DELIMITER, DEPARTMENT, GREETING, ROLE_WORDS, VALEDICTION, isShortFor } from './signature-words';

// The field reader's entry points stay importable from here, where other extractors found them before.
export { isNameLike, parseSignatureLines, type SenderHints, type SignatureFields };

/** Lines that start the quoted part of a reply; everything from them on is older mail. */
const QUOTE_HEADERS: readonly RegExp[] = [
  // Gmail, Apple Mail in the six languages: "On … wrote:", "Le … a écrit :", "Am … schrieb …:", "El … escribió:", "Il … ha scritto:", "Em … escreveu:".
  /^(?:On|Le|Am|El|Il|Em|No dia)\b.{0,200}\b(?:wrote|a [ée]crit\s?|schrieb.{0,60}|escribi[óo]|ha scritto|escreveu):?$/i,
  /^.{0,200}\b(?:wrote|writes|a [ée]crit|schrieb|escribi[óo]|ha scritto|escreveu)\s?:$/i, // any opening, old clients
  // Any client, any language: "… John Doe <john@acme.com> … :" ("heeft … geschreven:", "skrev:", "ezt írta:").
  /^.{0,200}[<([]\s*(?:mailto:)?[^\s@<>()]+@[^\s<>()]+\s*[>)\]].{0,80}:$/,
  /^-{2,}\s*(?:Original Message|Message d'origine|Urspr[üu]ngliche Nachricht|Mensaje original|Messaggio originale|Mensagem original)\s*-{2,}$/i,
  /^_{3,}\s*Reply Separator\s*_{3,}$/i, // cc:Mail
];

/** Outlook-style header block: "From:" followed by "Sent:"/"Date:"/"To:" within a few lines. */
const HEADER_FROM = /^[>\s]*\*?(?:From|De|De la|Von|Da|Van|Od|Fra|Från|От|Від|Lähettäjä|Kimden|Feladó|Afzender|Remitente)\s?:\s?\*?\s*\S/i;
const HEADER_NEXT =
  /^[>\s]*\*?(?:Sent|Date|To|Cc|Subject|Envoy[ée]|[ÀA]|Objet|Gesendet|Datum|An|Betreff|Kopie \(CC\)|Enviado|Fecha|Para|Asunto|Inviato|Data|Oggetto|Assunto|Verzonden|Aan|Onderwerp|Komu|Temat|Wysłano|Dato|Til|Emne|Skickat|Till|Ämne|Tárgy|Címzett|Kime|Konu|Tarih|Lähetetty|Päivämäärä|Vastaanottaja|Aihe|Sendt|Předmět|Predmet|Do|Trimis|Subiect|Кому|Тема|Дата)\s?:/i;

/** Markers a mail client writes above a forwarded message, in any language ("----- Message transmis -----"). */
const FORWARD_MARKERS: readonly RegExp[] = [
  /^[>\s]*-{2,}\s*(?!Original Message|Message d'origine|Urspr[üu]ngliche Nachricht|Mensaje original|Messaggio originale|Mensagem original)[^-\s][^-]{2,80}?\s*-{2,}/i,
  /^[>\s]*-{3,}\s*Forwarded by\b/i, // Lotus Notes, whose closing dashes may wrap onto the next line
  /^[>\s]*(?:Begin forwarded message|Forwarded message|D[ée]but du message r[ée]exp[ée]di[ée]|Anfang der weitergeleiteten Nachricht|Inicio del mensaje reenviado|Inizio messaggio inoltrato|In[íi]cio da mensagem (?:reencaminhada|encaminhada))\s?:?$/i,
];

/** "Fwd:", "TR:", "WG:", "RV:", "I:", "Enc:": subjects of forwarded mail in the six languages and beyond. */
const FORWARD_SUBJECT = /^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|tr|wg|rv|i|enc|doorst|vs|vb|pd|fs|továbbítás|İlt)\s*:/i;

/** A note that passes the mail below on, in the six languages ("Forwarding this to you", "FYI below from Quenby", "je te transfère"); "forwarding round internally now" only says what comes next. */
const FORWARD_NOTE = /\b(?:forwarding (?:this|it|the|below|from|as (?:discussed|promised|requested|agreed))|passing (?:this|it)|see (?:(?:[\p{L}-]+ ){0,2}[\p{L}-]+['’]s )?(?:note|e-?mail|message|mail|request|enquiry|inquiry) (?:at the bottom|below)|sending (?:this|it) (?:over|your way)|below from|fyi below|je (?:te|vous) transf[èe]re|ich leite|te reenv[íi]o|ti inoltro|encaminhando)\b/iu;

const SENT_FROM_DEVICE =
  /^(?:Sent from (?:my \S|Mail|Outlook|Yahoo Mail|Gmail).*|Sent from(?: the \S.* (?:mailing list|archive)|:).*|View this message in context:.*|Sent via \S.*|Get Outlook for \S+|Envoy[ée] (?:de mon|depuis) \S.*|Von meinem \S.* gesendet|Gesendet von meinem \S.*|Enviado (?:desde mi|d[oe] meu) \S.*|Inviato da(?:l mio)? \S.*)$/i;

const DISCLAIMER =
  /^(?:\*{0,2}\s*)?(?:CONFIDENTIAL(?:ITY)?(?: NOTICE)?|DISCLAIMER|This (?:e-?mail|message|communication)(?: and any (?:files|attachments))?.{0,40}(?:confidential|intended|privileged)|The information (?:contained )?in this (?:e-?mail|message)|If you (?:are not|have received) (?:the intended|this)|Ce (?:message|courriel|courrier [ée]lectronique).{0,40}(?:confidentiel|destin)|Diese (?:E-?Mail|Nachricht).{0,60}(?:vertraulich|bestimmt)|Este (?:mensaje|correo|e-?mail).{0,60}(?:confidencial|destinad)|Questo (?:messaggio|e-?mail).{0,60}(?:riservat|destinat)|Esta mensagem.{0,60}(?:confidencia|destinad)|Please consider the environment)/i;

/** The footer a mailing list or a Google Group adds under every message: the list's address is nobody's. */
const LIST_FOOTER = /^[\w.-]+ mailing list$|\/mailman\/listinfo\b|^You received this (?:message|e-?mail) because you are subscribed to\b/i;

/** The dial-in block a calendar invitation appends (Teams, Zoom, Meet, Webex): numbers that reach a meeting, not a person. */
const MEETING_INVITE = /^(?:Microsoft Teams (?:meeting|Need help\?)|Join (?:Zoom Meeting|on your computer|with Google Meet|Microsoft Teams Meeting|the meeting now|Webex meeting)|Click here to join the meeting|Meeting ID\s?:|Meeting number\s?(?:\(access code\))?\s?:)/i;

/** What legal footers speak of, in the six languages. */
const LEGAL_WORDS = /\b(?:confiden|privileg|intended (?:only|solely)|recipient|riservat|destinata|vertraulich|Empf[äa]nger|sigilo|GDPR|RGPD|DSGVO|export control|ITAR\b|prohibited without)/i;

/** "p.s. …" and "PS:" paragraphs come after the sign-off but are part of the message. */
const POSTSCRIPT = /^(?:p\.?\s?p\.?\s?s|p\.\s?s|ps)\b\.?\s*[:.,-]?\s/i;

/** An attachment list: file names alone on a line, or the heading above them. */
const ATTACHMENT =
  /^(?:[-*•>\s]*(?:<<\s*)?[^\s<>/\\:][^<>/\\:]{0,120}\.(?:pdf|docx?|xlsx?|xlsm|pptx?|csv|txt|html?|zip|rar|7z|jpe?g|png|gif|heic|tiff?|msg|eml|rtf|odt|ods|odp|key|numbers|pages|dwg|vsdx?|ics|vcf|mp4|mov)(?:\s*>>)?(?:\s*\(\s*[\d.,]+\s*[KMG]?B\s*\))?|(?:attachments?|attached|pi[èe]ces? jointes?|anh[äa]nge?|anexos?|adjuntos?|allegati|allegato)\s*:?)$/i;

/** Tabs and wide gaps separate columns (Lotus Notes headers, a selection flattened onto one line). */
function columnsOf(line: string): string[] {
  // "Tel   303-555-0151": a label set apart from its number by spaces stays with it.
  const parts = line
    .replace(/:\s{3,}/g, ': ')
    // "(513) 555-0100   Ext. 4471": an extension set apart from its number stays with it.
    .replace(/(?<=\d)\s{3,}(?=(?:x|ext\.?|extension|#)\s*\d)/gi, ' ')
    .replace(/^(\s*\p{L}[\p{L}.]{0,11})\s{3,}(?=[+(]?\d)/u, '$1 ')
    .split(/\t+|\s{3,}/)
    .filter((part) => part.trim());
  return parts.length ? parts : [''];
}

/** "[image: Company logo]", "[cid:image001.png@01DA…]": where an HTML signature had a picture. */
const IMAGE_PLACEHOLDER = /\[(?:image|cid)\s?:[^\]]*\]/gi;

/**
 * An HTML mail turned into text writes each link's target after its text: "x.com <https://x.com/>",
 * "ada@x.com <mailto:ada@x.com>", and pictures as placeholders. Those say nothing more; an address
 * given only in brackets ("From: Ada <mailto:ada@x.com>") stays.
 */
function withoutHtmlMarkup(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    // Lotus Notes wraps a long address in its column: "<wszczepanik@heartlandagco" above "op.com>".
    if (/<[^<>\s]+@[^<>\s]*$/.test(kept.at(-1) ?? '') && /^\s*[^<>\s]+>/.test(line)) {
      kept[kept.length - 1] += line.trim();
      continue;
    }
    const mailto = /^[\s>]*<mailto:([^>\s]+)>$/i.exec(line);
    if (mailto && kept.at(-1)?.toLowerCase().includes(mailto[1]!.toLowerCase())) continue;
    // A picture between two numbers ("[image: mobile icon]") kept them apart: a separator takes its place.
    const text = line
      // A profile behind an icon ("[image: LinkedIn] <https://www.linkedin.com/in/…>") is kept: nothing else spells it.
      .replace(/(\S)\s*<(https?:\/\/[^>\s]*)>/gi, (_, before: string, href: string) => (/linkedin\.com\/in\//i.test(href) ? `${before} ${href}` : before))
      .replace(/\s*<mailto:([^>\s]+)>/gi, (whole, address: string, at: number) => (line.slice(0, at).toLowerCase().includes(address.toLowerCase()) ? '' : whole))
      // A signature set as one picture may say everything in its description: "[image: Ada King | CTO | +32 470 …]".
      .replace(IMAGE_PLACEHOLDER, (image) => (holdsEmailOrPhone(image) ? image.slice(image.indexOf(':') + 1, -1) : ' · '))
      .replace(/^[\s·]+|[\s·]+$/g, '');
    if (text !== line && !text.replace(/[\s>|•·]/g, '')) continue;
    kept.push(text);
  }
  return kept;
}

function splitLines(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\ufeff\u200b-\u200d]/g, (character) => (character === '\u00a0' ? ' ' : ''))
    .split('\n')
    .flatMap((line) => (/^\s*>/.test(line) ? [line] : columnsOf(line)));
  return withoutHtmlMarkup(lines).map((line) => line.replace(/\s+$/, ''));
}

/** A block copied out of a quoted reply ("> Ada King") is read as the block itself. */
function withoutQuoteMarks(lines: string[]): string[] {
  const filled = lines.filter((line) => line.trim());
  if (!filled.length || !filled.every((line) => /^\s*>/.test(line))) return lines;
  return withoutQuoteMarks(lines.map((line) => line.replace(/^\s*>\s?/, '')));
}

/**
 * A quoted line too long for the mail client, wrapped without its `>`: a short piece of a line between
 * a long quoted line that stops mid-sentence and the quoted line after it (">  cc: …, Mike", "Thack", "> …").
 */
function isWrappedQuote(lines: readonly string[], index: number): boolean {
  const [above = '', line = '', below = ''] = index > 0 ? lines.slice(index - 1, index + 2) : [];
  return /^\s*>/.test(above) && above.length >= 60 && !/[.!?]\s*$/.test(above) && line.trim().length <= 40 && /^\s*>/.test(below);
}

/** How many lines from `from` belong to a `>`-quoted run (blank lines inside it included). */
function quotedRunAfter(lines: readonly string[], from: number): number {
  let end = from;
  let last = -1;
  while (end < lines.length && (!lines[end]!.trim() || /^>/.test(lines[end]!.trim()) || isWrappedQuote(lines, end))) {
    if (lines[end]!.trim()) last = end;
    end += 1;
  }
  return last < 0 ? 0 : last - from + 1;
}

/** A line without its `>` quote marks. */
const bare = (line = '') => line.replace(/^[\s>]+/, '').trim();

function isForwardMarker(line: string): boolean {
  return FORWARD_MARKERS.some((marker) => marker.test(line));
}

/** A marker in a language we do not list: a short line ending in ":" right above a "From:" header line. */
function forwardAt(lines: readonly string[], index: number): boolean {
  const line = bare(lines[index]);
  if (isForwardMarker(line)) return true;
  if (!/^[^@\d]{4,60}:$/.test(line) || HEADER_NEXT.test(line) || HEADER_FROM.test(line)) return false;
  const next = lines.slice(index + 1, index + 4).map(bare).find(Boolean);
  return Boolean(next && (HEADER_FROM.test(next) || /^[\p{L} ]{1,15}:\s*[^@\s]*[^:]*@/u.test(next)));
}

// Lotus Notes set in columns writes its labels without colons, alone in their column ("To", "cc", "Subject").
const HEADER_TO = /^[>\s]*\*?(?:(?:To|An|[ÀA]|Para|Aan|Til|Till)\s?:|To$)/i;
const HEADER_AFTER_TO = /^[>\s]*\*?(?:(?:cc|Subject|Objet|Betreff|Asunto|Oggetto|Assunto)\s?:|(?:b?cc|Subject)$)/i;
/** A Notes address wrapped in its column: "Quintero/HOU/GRENNARD", "@GRENNARD". */
const NOTES_ADDRESS = /^(?:[\p{L}][\p{L} .'’-]*)?(?:\/[\p{L}\d&-]+)+(?:@[\p{L}\d&-]+)?$|^@[\p{L}\d&-]+$/u;
/** A date or time, or an address with no spaces ("Ada King@ACME"): what the lines above a "To:" header hold. */
const HEADER_STAMP = /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\S@\S/;

/**
 * Lotus Notes and other clients write no "From:" label: the sender's name and a date stand above
 * "To:", which "cc:" or "Subject:" follows. The quoted mail starts at the first of those lines.
 */
function isUnlabelledHeader(lines: readonly string[], index: number): boolean {
  const next = lines.slice(index, index + 14).filter((line) => line.trim()).slice(0, 10).map((line) => line.trim());
  // Notes set in columns puts the sender's wrapped address beside "To:", and a long "To:" wraps: "cc:" may come a few lines down.
  const to = next.findIndex((line, position) => HEADER_TO.test(line) && next.slice(position + 1, position + 7).some((after) => HEADER_AFTER_TO.test(after)));
  if (to < 0) return false;
  // "Jeff Dasko" above "Sent by: Jeff Dasko" when an assistant sent it.
  const stamp = (line: string) => HEADER_STAMP.test(line) || /^Sent by:/i.test(line) || NOTES_ADDRESS.test(line) || isNameLike(line.replace(/["“”]/g, ''));
  // Set in columns, the date stands in the sender's column beside "cc", below "To".
  const dated = HEADER_STAMP.test(next.slice(0, to).join(' ')) || (/^To$/i.test(next[to]!) && next.slice(to + 1, to + 4).some((line) => HEADER_STAMP.test(line) && !findEmails(line).length));
  return to === 0 || (next.slice(0, to).every((line) => line.length <= 90 && stamp(line) && !HEADER_TO.test(line) && !isForwardMarker(line)) && dated);
}

function isQuoteStart(lines: readonly string[], index: number): boolean {
  const line = lines[index]!.trim();
  if (QUOTE_HEADERS.some((header) => header.test(line))) return true;
  if (isUnlabelledHeader(lines, index)) return true;
  // Outlook draws a rule above its header block ("From:", "De :", "Von:"); above a name it underlines a signature.
  if (/^_{10,}$/.test(line)) return /^\*?[\p{L} ]{1,20}\s?:/u.test(lines.slice(index + 1).find((next) => next.trim())?.trim() ?? '');
  // "On Tue, 3 Mar 2026 at 10:02, Ada <ada@x.com>" wraps onto the next line before "wrote:".
  const joined = `${line} ${lines[index + 1]?.trim() ?? ''}`;
  if (/^(?:On|Le|Am|El|Il|Em)\b/.test(line) && QUOTE_HEADERS[0]!.test(joined)) return true;
  if (HEADER_FROM.test(line)) {
    const next = lines.slice(index + 1).filter((rest) => rest.trim()).slice(0, 6);
    return next.some((rest) => HEADER_NEXT.test(rest.trim()));
  }
  return false;
}

interface History {
  /** Where the older mail starts. */
  index: number;
  forward: boolean;
}

/** A time or a year: what a reply header holds. */
const DATED = /\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b/;

/**
 * How many of the writer's last lines are the header of the `>`-quoted mail below them: a header the
 * client wrapped ("On Wed, Dec 9, Ada King" / "<ada@x.com>" / "wrote:") or wrote in a language no
 * pattern lists ("Op 12 december 2016 19:05 schreef …:", "2013.02.08. 7:31 keltezéssel, … írta:").
 * It is the paragraph right above the quote, ending in ":" and holding an address, a time or a year.
 */
function quoteHeaderAbove(own: readonly string[], header: string): number {
  let end = own.length;
  // A header line of its own ("wrote:") continues the lines right above it; above `>` lines, a blank may come between.
  while (!header && end > 0 && !own[end - 1]!.trim()) end -= 1;
  let start = end;
  while (start > 0 && own[start - 1]!.trim()) start -= 1;
  const text = [...own.slice(start), header].join(' ').trim();
  // "On Tue, 3 Mar 2026 at 10:02, Ada <ada@x.com> wrote:" is whole: the lines above it are the writer's.
  const wrapped = !DATED.test(header) && end > start && end - start <= 3 && text.length <= 250 && /:$/.test(text) && (DATED.test(text) || text.includes('@'));
  return wrapped ? own.length - start : 0;
}

/**
 * The sender's own lines and where older mail starts. A `>`-quoted run (with the "wrote:" line
 * above it) is skipped and reading goes on, so bottom-posted and inline replies keep the sender's
 * text; an unquoted original below a header ends the sender's part.
 */
function ownPart(lines: readonly string[], forwardSubject = false): { own: string[]; history: History | null; answersFrom: number | null } {
  const own: string[] = [];
  // Where the writer's text goes on below a quoted run (inline answers), as an index into `own`.
  let answersFrom: number | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.trim();
    const forward = forwardAt(lines, index);
    if (!forward && !isQuoteStart(lines, index) && !/^>/.test(line)) {
      own.push(lines[index]!);
      continue;
    }
    const from = /^>/.test(line) ? index : index + 1;
    const quotedRun = quotedRunAfter(lines, from);
    if (quotedRun > 0 && !forward) own.length -= quoteHeaderAbove(own, from > index ? line : '');
    const quotedForward = quotedRun > 0 && [from, from + 1, from + 2].some((quoted) => quoted < lines.length && forwardAt(lines, quoted));
    if (!forward && quotedRun > 0 && !quotedForward && !forwardSubject) {
      index = from + quotedRun - 1;
      answersFrom ??= own.length;
      continue;
    }
    return { own, history: { index: quotedForward && !forward ? from : index, forward: forward || quotedForward }, answersFrom };
  }
  return { own, history: null, answersFrom };
}

/**
 * A reply's lines without the `>`-quoted mail it answers: a form's "Name:" or a signature's "Phone:"
 * quoted there is the older mail's, not the replier's. A quoted forward, or a paste that is all quote,
 * comes back whole.
 */
export function withoutQuotedReply(lines: string[]): string[] {
  const quoted = (line: string) => /^\s*>/.test(line);
  const first = lines.findIndex(quoted);
  if (first < 0 || !lines.slice(0, first).some((line) => /\p{L}/u.test(line))) return lines;
  return lines.some((line, index) => quoted(line) && forwardAt(lines, index)) ? lines : lines.filter((line) => !quoted(line));
}

/** The sender's own part of a message, without quoted or forwarded older mail. */
export function newestMessage(lines: readonly string[]): string[] {
  return ownPart(lines).own;
}

/** The forwarded mail under its header fields ("From:", "Date:", …), one level of `>` taken off. */
function forwardedBody(lines: readonly string[]): string[] {
  const rest = lines.slice(bodyStart(lines, 0));
  const quoted = rest.filter((line) => line.trim()).every((line) => /^\s*>/.test(line));
  return newestMessage(quoted ? rest.map((line) => line.replace(/^\s*>\s?/, '')) : rest);
}

/** Where a forwarded or quoted mail's own text starts, below its marker and header fields at `from`. */
function bodyStart(lines: readonly string[], from: number): number {
  const isHeader = (line: string) => {
    const text = bare(line);
    return !text || /^_{10,}$/.test(text) || isForwardMarker(text) || HEADER_FROM.test(text) || HEADER_NEXT.test(text) || QUOTE_HEADERS.some((header) => header.test(text));
  };
  let index = from;
  while (index < lines.length && isHeader(lines[index]!)) index += 1;
  // Lotus Notes sets the sender and date above "To:", "cc:" and "Subject:", without labels.
  if (isUnlabelledHeader(lines, index)) {
    const subject = lines.slice(index, index + 12).findIndex((line) => /^[>\s]*Subject\s?(?::|$)/i.test(line));
    // A bare "Subject" label has the subject on the line below it.
    if (subject >= 0) index += subject + (/:/.test(lines[index + subject]!) ? 1 : 2);
  }
  return index;
}

/**
 * The next forwarded or quoted mail inside the one whose header starts at `index`, and whether that
 * one only passes it on: it says so ("Forwarding from our partner"), or says nothing.
 */
function nextForward(lines: readonly string[], index: number): { history: History; passes: boolean } | null {
  const body = bodyStart(lines, index);
  const { own, history } = ownPart(lines.slice(body));
  const said = own.join(' ');
  // A header the skip above could not read is no nested mail: reading stops rather than going round.
  return history && body + history.index > index ? { history: { index: body + history.index, forward: true }, passes: FORWARD_NOTE.test(said) || !/\p{L}/u.test(said) } : null;
}

/** The name written just before an address: "From: Ada King <ada@x>", "… heeft Ada King <ada@x> geschreven:". */
function nameBefore(line: string, email: string): string | null {
  const before = line
    .slice(0, line.indexOf(email))
    .replace(/[\s"'“”«»„<([]+$|mailto:$/gi, '')
    .replace(/[\s"'“”«»„<([]+$/g, '');
  const labelled = /^[>\s]*\*?[\p{L} ]{1,12}\s?:\s*(.+)$/u.exec(before)?.[1];
  if (labelled && !/\d/.test(labelled)) return labelled.replace(/["“”«»„]/g, '').trim() || null;
  // '"Tang, David" <dtang@…> on 11/30/2000': a quoted display name is read whole.
  const quoted = /["“]'?([^"“”]+)$/.exec(before)?.[1];
  if (quoted) return quoted.replace(/'$/, '').trim();
  return /((?:[\p{Lu}][\p{L}\p{M}'’.-]*,?\s+){0,3}[\p{Lu}][\p{L}\p{M}'’.-]*)$/u.exec(before)?.[1]?.replace(/,/g, '') ?? null;
}

/** The sender named in the first lines of forwarded or quoted mail. */
function historySender(lines: readonly string[], history: History): SenderHints {
  const lead = lines.slice(history.index, history.index + 10);
  // The sender is named above "To:": the addresses and names from there on are the recipients'.
  const to = lead.findIndex((line, index) => index > 0 && HEADER_TO.test(line));
  const header = to > 0 ? lead.slice(0, to) : lead;
  const fromLine = header.find((line) => HEADER_FROM.test(line) && findEmails(line).length) ?? header.find((line) => findEmails(line).length);
  if (!fromLine) {
    const labelled = header.find((line) => HEADER_FROM.test(line))?.replace(/^[>\s]*\*?[\p{L} ]{1,12}\s?:\s?\*?\s*/u, '');
    // Lotus Notes names the sender above the date: "Ada King/HOU/ACME@ACME", "Ada King on 04/11/2001", "Ada King" alone.
    const stamped = header.map((line) => line.trim().replace(/\s*(?:[/@]|\son\s\d).*$/, '')).find((name) => /^\p{Lu}/u.test(name) && isNameLike(name));
    return { name: inReadingOrder(labelled?.trim() || stamped || null), email: null };
  }
  const email = findEmails(fromLine)[0]!;
  return { name: inReadingOrder(nameBefore(fromLine, email)), email: email.toLowerCase() };
}

/** The "P.S." paragraphs of a message: the writer's words, though below the signature. */
function postscripts(lines: readonly string[]): string[] {
  const found: string[] = [];
  let open = false;
  for (const line of lines) {
    const text = line.trim();
    open = POSTSCRIPT.test(text) || (open && text !== '');
    if (open) found.push(text);
    else if (found.length && found.at(-1) !== '') found.push('');
  }
  return found;
}

/** "P.S. ignore the number in my signature, it's dead": the signature's own numbers are withdrawn. */
const SIGNATURE_NUMBER_WITHDRAWN = /\b(?:number|line|landline|phone|cell|mobile)s? (?:in|on|from) my (?:signature|sig)\b[^.]{0,60}\b(?:dead|disconnected|no longer|not in use|out of service|wrong)\b|\bignore the (?:number|phone|line|cell|mobile) in my (?:signature|sig)\b/i;
/** "Please do NOT use the 555-0102 number": a number the writer tells the reader not to call. */
const DO_NOT_CALL = /\b(?:do not|don't|please don't|never) (?:use|call|dial)\b|\bignore\b/i;

/** Drops "Sent from my iPhone", "p.s." paragraphs, attachment lists, disclaimers and trailing `>` quotes. */
function withoutBoilerplate(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let postscript = false;
  for (const [index, line] of lines.entries()) {
    const text = line.trim();
    // A disclaimer's telling words may wrap onto its second line ("This message … is / intended solely …").
    const opening = `${text} ${lines[index + 1]?.trim() ?? ''}`;
    if ((DISCLAIMER.test(opening) || MEETING_INVITE.test(text) || LIST_FOOTER.test(text)) && kept.some((earlier) => earlier.trim())) break;
    // Below the contact lines, a long paragraph about confidentiality or its recipients is a legal footer in any
    // wording, on one line or wrapped under a blank line or a rule of stars.
    if (text.length > 150 || (text && !/\p{L}/u.test(lines[index - 1] ?? ''))) {
      let paragraph = '';
      for (let at = index; lines[at]?.trim() && paragraph.length < 240; at += 1) paragraph += ` ${lines[at]!.trim()}`;
      if (paragraph.length > 150 && LEGAL_WORDS.test(paragraph) && kept.some(isContactLine)) break;
    }
    postscript = POSTSCRIPT.test(text) || (postscript && text !== '');
    if (postscript || SENT_FROM_DEVICE.test(text) || ATTACHMENT.test(text) || /^>/.test(text)) continue;
    kept.push(line);
  }
  // The rule above a cut footer goes with it.
  while (kept.length && /^[\s_*=~-]*$/.test(kept.at(-1)!)) kept.pop();
  return kept;
}

function isContactLine(line: string): boolean {
  return holdsEmailOrPhone(line) || findUrls(line).length > 0 || /^(?:skype|twitter|linkedin)\s*:/i.test(line);
}

/** What a line says besides its addresses, numbers and links. */
function withoutContacts(line: string): string {
  const found = [...findEmails(line), ...findUrls(line)];
  // Numbers go whole, whatever their punctuation: what is left of a phone line is its labels.
  return found.reduce((rest, contact) => rest.replace(contact, ' '), line).replace(/[+(]*\d[\d\s().\-/]*/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Short lines without sentence punctuation: the texture of a signature rather than of prose. */
function looksLikeSignatureLine(line: string): boolean {
  const text = line.trim();
  if (!text) return true;
  // "Ada King | CTO | Acme Ltd": each part of a line set out in columns is read alone.
  const parts = text.split(/\s+[|·•]\s+/);
  const dashed = text.split(/\s[-–—]\s/);
  if (parts.length > 1 || dashed.length > 2) return (parts.length > 1 ? parts : dashed).every(looksLikeSignatureLine);
  // A sentence that mentions a number or an address ("Call Ada at 555-0100 when you can.") is still a sentence.
  // A label cell above its value: "Phone:", "Title:", "Organisation:".
  if (/^(?:e-?mail|tel|phone|fax|cell|mobile|pager|direct|main|office|title|position|role|organi[sz]ation|company|web|website|address)\s?:$/i.test(text)) return true;
  // A one-sentence note calling off one of the block's numbers belongs to the block.
  if (isContactLine(text)) return text.length <= 160 && (!isProse(withoutContacts(text)) || (calledOffIn(text).length > 0 && !/[.!?]\s/.test(text)));
  if (LEGAL_PARTICULARS.test(text) && text.length <= 160) return true;
  // "If I'm unavailable, please reach my colleague": a block may end with who stands in for its owner.
  if (STAND_IN.test(text) && text.length <= 120) return true;
  // A full postal address runs long ("Polígono Industrial …, C/ F nº 7, 46394 Ribarroja del Turia (Valencia)").
  if ((isAddress(text) || COORDINATES.test(text)) && text.length <= 120 && !/(?:[!?]|\p{L}{5}\.)$/u.test(text) && text.split(/\s+/).length <= 16) return true;
  const count = text.split(/\s+/).length;
  // "Hospital das Clínicas da Universidade Federal do Vale do Jaguaribe – HC-UFVJ": an organisation's name may run long.
  if (text.length > 70) return text.length <= 100 && hasCompanyWord(text) && count <= 14 && !/[.!?:]$/.test(text);
  if (isNameLike(text) || VALEDICTION.test(text) || DELIMITER.test(text) || ROLE_WORDS.test(text) || DEPARTMENT.test(text) || hasCompanyWord(text) || isAddress(text)) {
    return !/[!?]\s*$/.test(text) && count <= 12;
  }
  // A full stop ends sentences, but also abbreviations ("Legal Dept.") and short lines.
  return !/[!?:]$/.test(text) && count <= 6 && (!/\.$/.test(text) || /(?:^|\s)(?:\p{Lu}\p{L}{0,3}|\p{L}+\.[\p{L}.]+)\.$/u.test(text));
}

/**
 * A signature two people share ("Best, Marguerite & Tobias" above a block each, or a line for a colleague
 * under the sender's): the other person's block or line goes, when the sender's name is among them.
 */
function withoutOtherSigners(lines: readonly string[], sender: SenderHints): string[] {
  const mine = words(sender.name ?? '');
  if (!isNameLike(sender.name ?? '') || mine.length < 2) return [...lines];
  const leadingPart = (line: string) => line.trim().split(/\s*[,|·•–—]\s*|\s+-\s+/)[0]!;
  const someoneElse = (line: string) => {
    const name = leadingPart(line);
    return isNameLike(name) && name.split(/\s+/).length >= 2 && !words(name).some((word) => mine.includes(word));
  };
  if (!lines.some((line) => isNameLike(leadingPart(line)) && words(leadingPart(line)).some((word) => mine.includes(word)))) return [...lines];
  // An address with their name in it ("yusra@…" for Yusra Halvorsen).
  const named = (who: string, line: string) => {
    const name = words(who).filter((word) => word.length >= 3);
    return findEmails(line).some((email) => name.some((word) => email.toLowerCase().split('@')[0]!.includes(word)));
  };
  // A line that is theirs says who they are: their role, or their address.
  const theirs = (line: string) => ROLE_WORDS.test(line) || named(leadingPart(line), line);
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const opensParagraph = !lines[index - 1]?.trim() || DELIMITER.test(lines[index - 1]!.trim());
    if (!someoneElse(line)) kept.push(line);
    // Their own line: "Yusra Halvorsen | Office Manager, yusra@…, 401-555-0121".
    else if (holdsEmailOrPhone(line) && theirs(line)) continue;
    else if (opensParagraph) {
      // Their paragraph: "Tobias Ingersoll-Vega, Co-Founder" above his address and number.
      let end = index + 1;
      while (end < lines.length && lines[end]!.trim()) end += 1;
      // Only a person's: their role on the line or under it, or their name in an address ("HALLOWGATE
      // ARCHITECTS LLP" and "Oakmoor Veterinary Surgery" open the sender's own paragraph of details).
      const paragraph = lines.slice(index, end);
      const person = ROLE_WORDS.test(line) || ROLE_WORDS.test(lines[index + 1] ?? '') || paragraph.some((next) => named(leadingPart(line), next));
      if (person && paragraph.slice(1).some(holdsEmailOrPhone)) index = end - 1;
      else kept.push(line);
    } else kept.push(line);
  }
  return kept;
}

/** A closing line, also in two languages at once: "With kind regards / Mit freundlichen Grüßen". */
const closes = (line: string) => line.trim().split(/\s+\/\s+/).some((part) => VALEDICTION.test(part));

/** A company's legal particulars under a signature (an Impressum): court, register, tax and directors' lines. */
const LEGAL_PARTICULARS =
  /\b(?:Sitz der Gesellschaft|Amtsgericht|Registergericht|Handelsregister|HR[AB]\s?\d|USt-?Id|Steuernummer|Gesch[äa]ftsf[üu]hr\p{L}*:|Vorstand:|Aufsichtsrat|Registered (?:in|office|number)|Company (?:No|number|registration)|RCS |SIRE[NT]|Capital social|Capitale sociale|P\.?\s?IVA|Registro Mercantil|NIPC|CNPJ)/u;

/** Below a closing line or the sender's name, a short line that is no sentence ("Col. Jardines del Moral") is signature too. */
function isPlainLine(line: string): boolean {
  const text = line.trim();
  // A full stop after a short word ends an abbreviation ("inc.", "& C."), not a sentence.
  return text.length <= 90 && !/(?:[!?:;]|\p{L}{5}\.)$/u.test(text) && !isProse(text) && !GREETING.test(text);
}

/**
 * A name the sender may sign with: when a person's name heads the mail, one of its words or their
 * short forms, or a word of their address. "FYI", "Consumers Union" or "Foreign Exchange" alone at
 * the end of a message from Tana Jones name nobody.
 */
function signedBy(whole: string, { name, email }: SenderHints): boolean {
  // "Toke Eskildsen, Royal Danish Library": a name may lead a line.
  const [first, rest] = whole.trim().split(/,\s+/);
  const line = rest && first!.includes(' ') && isNameLike(first!) ? first! : whole;
  const known = isNameLike(name ?? '') ? words(name!) : [];
  const local = email?.split('@')[0]!.toLowerCase();
  return isNameLike(line.trim()) && (!known.length || words(line).some((word) => known.some((part) => isShortFor(word, part)) || (word.length > 2 && local?.includes(word))));
}

/** A name line that starts with the sender's first name or its short form ("Ben" for Benjamin Rogers). */
function startsWithSender(line: string, hints: SenderHints): boolean {
  const [first] = words(line.replace(/^\s*[-–—~]+/, ''));
  const [name] = words(hints.name ?? '');
  return Boolean(first && name && isShortFor(first, name) && isNameLike(line.trim()));
}

function identifies(lines: readonly string[], hints: SenderHints): boolean {
  return lines.some((line) => isContactLine(line) || signedBy(line, hints));
}

/** A name or a way to reach someone: what a block under a "--" line must hold to be the signature. */
function namesSomeone(lines: readonly string[], hints: SenderHints = {}): boolean {
  // "cc: Walter Brzezinski, Director, 402.555.0105" under a rule names the person copied, not the writer.
  return lines.some((line) => !/^\s*b?cc\s*:/i.test(line) && (holdsEmailOrPhone(line) || signedBy(line, hints)));
}

/** For each line, whether `test` holds for every line from it to the end (`every`) or for one of them. */
function fromEachLine(lines: readonly string[], test: (line: string, index: number) => boolean, every: boolean): boolean[] {
  const result = new Array<boolean>(lines.length + 1).fill(every);
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    result[index] = every ? test(lines[index]!, index) && result[index + 1]! : test(lines[index]!, index) || result[index + 1]!;
  }
  return result;
}

const BULLET = /^(?:[-–*•]\s+|\d{1,2}[.)]\s+)\S/;

/** "-Frank", "~ Ada King": a name signed after a dash, unless it is an item of a dashed list. */
function isDashSignOff(lines: readonly string[], index: number): boolean {
  const match = /^[-–—~]\s?(\S.*)$/.exec(lines[index]!.trim());
  if (!match || !isNameLike(match[1]!) || match[1]!.split(/\s+/).length > 3) return false;
  const above = lines.slice(0, index).findLast((line) => line.trim());
  const below = lines.slice(index + 1).find((line) => line.trim());
  return ![above, below].some((line) => line && BULLET.test(line.trim()));
}

/** Where the signature starts in the message, or -1 when the message has none. */
function signatureStart(lines: readonly string[], hints: SenderHints = {}): number {
  const filled = lines.flatMap((line, index) => (line.trim() ? [index] : []));
  if (!filled.length) return -1;
  const first = filled[0]!;
  // Computed once from the end: asking each candidate line about everything below it would be quadratic.
  const signatureLike = lines.map(looksLikeSignatureLine);
  // Two or more "- item" lines in a row are a list in the message ("- Pricing", "- Timeline"), not a signature.
  const item = (index: number) => BULLET.test(lines[index]?.trim() ?? '');
  lines.forEach((_, index) => {
    if (item(index) && (item(index - 1) || item(index + 1)) && !isContactLine(lines[index]!)) signatureLike[index] = false;
  });
  const signatureBelow = fromEachLine(lines, (_, index) => signatureLike[index]!, true);
  // Sentences after the last address or number are a footer (an environmental or legal note), not the message.
  let lastContact = lines.length;
  while (--lastContact >= 0 && !isContactLine(lines[lastContact]!));
  const plainBelow = fromEachLine(lines, (line, index) => signatureLike[index]! || isPlainLine(line) || (lastContact >= 0 && index > lastContact), true);
  const namedBelow = fromEachLine(lines, (line) => namesSomeone([line]), false);
  // A banner or hiring line may follow the contact lines ("Meet us at Nordic Coffee Expo, Stand B14"):
  // below a closing or the sender's name, plain lines down to the last address or number are enough
  // when only a short footer follows them.
  const nextBreak = new Array<number>(lines.length + 1).fill(lines.length);
  for (let index = lines.length - 1; index >= 0; index -= 1) nextBreak[index] = signatureLike[index] || isPlainLine(lines[index]!) ? nextBreak[index + 1]! : index;
  // A sentence that gives an address after the block ("Please reply to sales@… so the team sees it") is a footer note.
  let lastReach = lines.length;
  while (--lastReach >= 0 && (!signatureLike[lastReach] || !holdsEmailOrPhone(lines[lastReach]!) || calledOffIn(lines[lastReach]!).length));
  const footer = filled.filter((index) => index > lastReach && !signatureLike[index]).length;
  // The lines after `index` down to the last address or number are signature or plain, and only a short footer follows.
  const blockThenNotes = (index: number) => lastReach > index && nextBreak[index + 1]! > lastReach && footer <= 6;
  const restIsSignature = (index: number) => plainBelow[index + 1]! || blockThenNotes(index);
  // A text that is only a signature (a selection, a pasted block) is all signature, also when a few notes
  // follow its last address or number (a leave notice, a number called off, a motto, legal lines).
  // A selection may start at its closing line ("Saludos cordiales,").
  // Without a closing, the block must give an address or a number before its notes ("Here we go" above a link is a message).
  const alone = closes(lines[first]!) ? restIsSignature(first) : signatureBelow[first]! || (signatureLike[first]! && blockThenNotes(first));
  // "Kate," on a line of its own greets the reader ("Atentamente," closes): the short lines below it are a message.
  const greets = GREETING.test(lines[first]!.trim()) || (/^\p{Lu}\p{Ll}+,$/u.test(lines[first]!.trim()) && !VALEDICTION.test(lines[first]!.trim()));
  if (!greets && alone && identifies(lines, hints)) return first;
  const candidates = filled.filter((index) => index > first).reverse();
  // A "--" line may open the text itself (a selection starting at the rule above a signature).
  // Under it, a signature is short lines: a page of sentences below a rule is a message (a forward's wrapped marker).
  const sentencesBelow = new Array<number>(lines.length + 1).fill(0);
  for (let index = lines.length - 1; index >= 0; index -= 1) sentencesBelow[index] = sentencesBelow[index + 1]! + (isProse(lines[index]!.trim()) ? 1 : 0);
  const delimiter = [...candidates, first].find((index) => DELIMITER.test(lines[index]!.trim()) && namedBelow[index + 1] && sentencesBelow[index]! <= 3);
  if (delimiter !== undefined) return delimiter;
  const closing = candidates.find((index) => (closes(lines[index]!) || isDashSignOff(lines, index)) && restIsSignature(index));
  if (closing !== undefined) return closing;
  const sender = candidates.find((index) => startsWithSender(lines[index]!, hints) && restIsSignature(index));
  if (sender !== undefined) return sender;
  // Otherwise the run of signature-like lines at the end, when it names someone or holds contact details.
  let start = lines.length;
  while (start > first + 1 && signatureBelow[start - 1]) start -= 1;
  const tail = filled.filter((index) => index >= start);
  // Links alone at the end of a message are references, not a signature.
  return tail.length && namesSomeone(lines.slice(start), hints) ? tail[0]! : -1;
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
  return { email, name: inReadingOrder(name || null) };
}

export function isForwardSubject(subject: string | null | undefined): boolean {
  return FORWARD_SUBJECT.test(subject ?? '');
}

/** "Can u call this guy today?", "I told her you'd call before 5", "Ignatius is the guy I mentioned": a note passing a person on. */
const HANDOVER =
  /\b(?:call|ring|phone|contact|e-?mail|reach(?: out to)?|follow up with|get (?:in touch )?with|get back to|touch base with|talk to|speak (?:to|with)) (?:him|her|this (?:guy|gal|lady|person|lead|prospect|customer|client))\b|\bI (?:already |just |have )?told (?:him|her) (?:you|someone|we|our)\b|\b(?:can|could) you (?:pick|take) (?:this|it)(?: one)? (?:up|on)\b|\b(?:is|was) the (?:guy|gal|lady|person|prospect|lead) I (?:mentioned|told you about)\b/i;

/**
 * A note above quoted mail that speaks of its sender to someone else passes that mail on, though it never
 * says "forward": a reply greets the one it answers ("Hi Ignatius, …") instead.
 */
function handsOver(own: readonly string[], lines: readonly string[], history: History): boolean {
  const note = own.filter((line) => line.trim());
  if (!note.length || !HANDOVER.test(note.join(' '))) return false;
  const [first] = words(historySender(lines, history).name ?? '');
  return !first || !words(note[0]!.slice(0, 60)).some((word) => isShortFor(word, first));
}

/**
 * A forward of mail that carries no internet address was sent inside the forwarder's own mail
 * system (Lotus Notes "Ada King/HOU/ACME@ACME", Exchange "King, Ada"): a colleague's memo passed
 * on; so is mail a machine wrote (a purchasing portal's "naoresponda@"), which no one can be the lead
 * of. When the forwarder signed their own part with more than a name, they are the one writing.
 * Mail from outside (any other "From:" with an address) stays the forward's lead, whoever forwards it.
 */
function isColleaguesMail(original: SenderHints, own: readonly string[], hints: SenderHints): boolean {
  if (original.email && !MACHINE_ONLY_SENDER.test(original.email)) return false;
  const message = withoutBoilerplate(own);
  const start = signatureStart(message, hints);
  if (start < 0) return false;
  const fields = parseSignatureLines(message.slice(start), hints);
  return hasDetails(fields) || fields.emails.length > 0;
}

export interface ParsedEmail {
  /** What the sender wrote in this message, without quoted or forwarded older mail. */
  body: string[];
  /** The signature block's lines, as written (blank lines kept); null when there is none. */
  signature: string[] | null;
  fields: SignatureFields;
  /** Who sent it: the caller's hints (Gmail's header, a saved message's "From:"), or a forward's original sender. */
  sender: SenderHints;
  /** True when the lead is someone other than the sender: a forward's original sender, or the boss an assistant writes for. */
  forwarded: boolean;
}

/**
 * What a plain-text email's `>`-quoted history adds to its newest message: the answers the writer typed
 * into it, and the sender's own signature in older mail quoted below. The Gmail view has no quoted text
 * in the lines it reads (it reads the thread from the page, gmail.ts): it leaves these out, and so do
 * the bytes the reader injects into Gmail.
 */
export interface QuotedHistory {
  answers(quoted: readonly string[], asker: SenderHints): string[];
  earlier(lines: readonly string[], sender: SenderHints): SignatureFields | null;
}

/** Parses a whole email body as text (a paste, a file, a selection), quoted history included. */
export function parseEmailText(text: string, given: SenderHints = {}): ParsedEmail {
  return readEmail(text, given, { answers: inlineAnswers, earlier: earlierSignature });
}

/** Parses a whole email body, a pasted block or a selection; with `quoted`, also what its quoted history adds. */
export function readEmail(text: string, given: SenderHints = {}, quoted?: QuotedHistory): ParsedEmail {
  const hints = { ...given, name: personOf(given.name) };
  // A saved message's own header block is the file's, read before this (savedMessage in raw-email.ts): a
  // header block at the top of a body is a forwarded mail's ("From: Ada [mailto:ada@x.com]" under "FW:").
  const lines = withoutQuoteMarks(splitLines(text));
  const subject = hints.subject ?? null;
  const { own, history, answersFrom } = ownPart(lines, isForwardSubject(subject));
  const ownText = own.some((line) => line.trim() && !SENT_FROM_DEVICE.test(line.trim()));
  // "Forwarding this one to you since it's a Florida account": a note that says so makes the header below a forward's.
  const forwardNote = FORWARD_NOTE.test(own.join(' ')) || Boolean(history && handsOver(own, lines, history));
  const passedOn = Boolean(history && (history.forward || isForwardSubject(subject) || forwardNote || !ownText));
  let at = history?.index ?? 0;
  let original = passedOn ? historySender(lines, history!) : null;
  // A forward of a forward: a colleague (an address at the forwarder's own domain) passed it on; the lead is
  // the first sender from outside, further down.
  const domain = (email?: string | null) => email?.split('@')[1]?.toLowerCase();
  for (let inner = passedOn ? nextForward(lines, at) : null; original && inner && (inner.passes || domain(original.email) === domain(hints.email)); inner = nextForward(lines, at)) {
    at = inner.history.index;
    original = historySender(lines, inner.history);
  }
  const forwarded = passedOn && !(original && isColleaguesMail(original, own, hints));
  const sender = forwarded ? original! : { name: hints.name, email: hints.email };
  const source = forwarded ? forwardedBody(lines.slice(at)) : own;
  const message = withoutBoilerplate(source);
  const start = signatureStart(message, sender);
  let signature = start >= 0 ? message.slice(start) : null;
  let body = start >= 0 ? message.slice(0, start) : message;
  // "Answers inline below" over a full signature, then answers between the quoted questions: the signature
  // ends where the quote begins, and the answers are the message's text.
  const above = !forwarded && answersFrom ? withoutBoilerplate(own.slice(0, answersFrom)) : [];
  const aboveStart = above.length ? signatureStart(above, sender) : -1;
  if (aboveStart >= 0 && above.slice(aboveStart).some(isContactLine) && own.slice(answersFrom!).some((line) => line.trim())) {
    signature = above.slice(aboveStart);
    body = [...above.slice(0, aboveStart), '', ...withoutBoilerplate(own.slice(answersFrom!))];
  }
  const answered = quoted && !forwarded && history && INLINE_ANSWERS.test(own.join(' ')) ? quoted.answers(lines.slice(history.index), historySender(lines, history)) : [];
  const afterword = postscripts(source);
  // A note in the signature itself may call off one of its numbers ("Our old line … is no longer in use").
  const read = withoutCalledOff(parseSignatureLines(withoutOtherSigners(signature ?? [], sender), sender), [...body, ...afterword, ...(signature ?? [])]);
  const signed = withOwnNumbers(withOwnNumbers(withOwnNumbers(read, body), answered, 'answers'), afterword, 'postscript');
  // "I own Quillfeather Print & Bindery" from hello@quillfeatherprint.com: a business the message names as the domain spells it.
  const fields = signed.company ? signed : { ...signed, company: organisationInText(body, sender) };
  const boss = forwarded ? null : writtenFor(message, fields, sender);
  if (boss) return { body, signature, fields: boss, sender: { name: boss.fullName, email: boss.emails[0] ?? null }, forwarded: true };
  const parsed = { body, signature, fields, sender, forwarded };
  return quoted && wantsEarlier(parsed) ? { ...parsed, fields: withEarlier(fields, quoted.earlier(lines, sender)) } : parsed;
}

/** "Executive Assistant to D. Aldridge-Kerr": whom an assistant works for. */
const ASSISTANT_TO = /\b(?:assistant|EA|PA|secretary|asst\.?)\s+to\s+(.+)$/i;
/** "Sent on behalf of:", "His contact details are below", "À la demande de M. …", "ses coordonnées ci-dessous": the mail gives someone else's block. */
const ON_BEHALF =
  /\bon (?:(?:his|her) )?behalf(?: of)?\b|\b(?:his|her) (?:contact )?(?:details|numbers|contact information|information) (?:is |are )?(?:below|as follows)\b|\basked me to (?:send|let you know|pass|forward|reply|confirm|write)\b|\b(?:à la demande|de la part|im Auftrag|en nombre|de parte|per conto|su incarico|em nome|a pedido) d|\b(?:ses coordonnées|seine Kontaktdaten|sus datos de contacto|i suoi (?:recapiti|contatti)|os seus contactos)\b/i;

/**
 * An assistant writing for their boss, with the boss's own block in the message ("Sent on behalf of:"
 * and his name, title and numbers): the lead is the boss, as in a forward. An assistant's block that
 * only mentions the boss keeps the assistant.
 */
function writtenFor(message: readonly string[], signed: SignatureFields, sender: SenderHints): SignatureFields | null {
  // "On behalf of Riverside Tenants Alliance": the writer's own organisation is nobody's boss.
  const organisation = new Set(words(signed.company ?? ''));
  const isOwnOrganisation = (name: string) => organisation.size > 0 && words(name).every((word) => organisation.has(word));
  // "Sent on behalf of Gregory Lindqvist": the name may come with the words.
  const boss = [ASSISTANT_TO.exec(signed.title ?? '')?.[1], /\bon behalf of:?\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})/u.exec(message.join('\n'))?.[1]].find((name) => name && isNameLike(name) && !isOwnOrganisation(name));
  if (!boss && !ASSISTANT_TO.test(signed.title ?? '') && !ON_BEHALF.test(message.join(' '))) return null;
  // The writer is named by the mail's header, or by their own signature when a shared mailbox ("Acme Sales") sends it.
  const senderWords = words((isNameLike(sender.name ?? '') ? sender.name : signed.fullName) ?? '');
  const bossWords = words(boss ?? '').filter((word) => word.length > 2);
  // Without the boss's name, the paragraph right above the block says whose it is ("Sent on behalf of:"),
  // or words above it do ("Her contact information is below") and the block gives a way to reach them.
  const introduced = (index: number) => {
    let end = index;
    while (end > 0 && !message[end - 1]!.trim()) end -= 1;
    let start = end;
    while (start > 0 && message[start - 1]!.trim()) start -= 1;
    return ON_BEHALF.test(message.slice(start, end).join(' '));
  };
  const saidAbove = (index: number) => ON_BEHALF.test(message.slice(0, index).join(' '));
  for (const [index, line] of message.entries()) {
    const text = line.trim();
    if (!isNameLike(text) || isOwnOrganisation(text) || words(text).some((word) => senderWords.includes(word))) continue;
    const named = bossWords.length > 0 && words(text).some((word) => bossWords.includes(word));
    if (!named && !introduced(index) && !saidAbove(index)) continue;
    const end = message.findIndex((next, at) => at > index && !next.trim());
    const block = message.slice(index, end < 0 ? message.length : end);
    if (block.length < 2 || !block.slice(1).every(looksLikeSignatureLine)) continue;
    const fields = parseSignatureLines(block, { name: text });
    const reachable = fields.phones.some((phone) => phone.type !== 'fax') || fields.emails.length > 0;
    if (fields.fullName && (fields.title || fields.company) && !ASSISTANT_TO.test(fields.title ?? '') && (named || reachable)) return fields;
  }
  return null;
}

/**
 * A reply whose own part gives no title or company (a number given in the text, "my cell if anything
 * changes 480 555 0153", does not make a signature): the sender's signature in earlier mail completes it.
 */
export const wantsEarlier = ({ forwarded, fields }: ParsedEmail) => !forwarded && !fields.title && !fields.company;

/** "Answers inline below in CAPS", "see my comments below": the writer answered inside the quoted mail. */
const INLINE_ANSWERS = /\b(?:answers?|responses?|comments?|replies|notes)\b[^.!?]{0,30}\b(?:in-?line|below|in (?:caps|capitals|red|blue|bold|green))\b/i;

/**
 * The answers a writer typed into the mail they quote, in capitals as the convention goes ("ME FOR NOW.
 * MY CELL IS 505-555-0191"), each on its own or after the question on the same line. The quoted
 * sender's signature is theirs, not an answer.
 */
function inlineAnswers(quoted: readonly string[], asker: SenderHints): string[] {
  const message = withoutBoilerplate(forwardedBody([...quoted]));
  const start = signatureStart(message, asker);
  const shouted = (text: string) => {
    const letters = text.replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && (letters.match(/\p{Lu}/gu) ?? []).length >= letters.length * 0.8;
  };
  const answers: string[] = [];
  let open = false;
  for (const line of start >= 0 ? message.slice(0, start) : message) {
    // "3. Best number to reach you? 262.555.0121, OR …": the answer after the question; it may wrap onto the next lines.
    const answer = shouted(line) ? line.trim() : line.split(/(?<=[?:])\s+/).at(-1)!.trim();
    if (!answer || !shouted(answer)) open = false;
    else if (open && answer === line.trim()) answers[answers.length - 1] += ` ${answer}`;
    else [answers[answers.length], open] = [answer, true];
  }
  return answers;
}

/**
 * "Best number is my cell, 503-555-0134", "contact me directly at ada@x.com", "erreichbar bin ich am Handy …",
 * "potete chiamarmi allo …", "márcame al …": what the writer gives as their own, in the six languages.
 */
const OWN_CONTACT = /\b(?:me|my|I'm|I am|I can be|moi|mon|mes|je|ich|mich|mir|mein(?:e[mnrs]?)?|mi|mis|mío|mía|yo|mio|mia|meu|minha|eu)\b|\p{L}{3}(?:mi|me|-me)\b/iu;
/** "my old mobile (+40 721 …": a number named as a former one just before it. */
const OLD_NUMBER = /\b(?:old|former|previous|ancien(?:ne)?|alten?|antig[uo]?[oa]|vecchi[oa])\s+(?:[\p{L}-]+,?\s+){0,2}\(?\s*$/iu;
/** ") are no longer active", " is disconnected": words right after a number that withdraw it. */
const WITHDRAWN = /^\W*(?:(?:is|are|was|were|foi)\s+)?(?:now\s+)?(?:no longer|not in use|disconnected|dead|out of service|discontinued|deactivated|desativad[oa]|n'est plus|ist nicht mehr|non (?:è )?più|ya no|já não|não está mais)\b/i;

/** Someone else's number: "her cell", "our main line", "Linda's number", "my assistant", "sa ligne", "seine Durchwahl", "nuestra centralita". */
const OTHERS_CONTACT =
  /\b(?:his|her|their|our|assistant|colleague|office manager|secretary|PA|EA|son|sa|ses|leur|notre|nos|sein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|sus|nuestr[oa]s?|suo|sua|suoi|nostr[oaie]|seu|nosso|nossa|dele|dela|coll[èe]gue|Kolleg(?:e|in)|colega|collega|assistente|assistante|Sekretariat|secretaria|segretari[ao])\b|\p{Lu}\p{L}+['’]s\b/iu;

/** A paragraph on one line: a sentence wraps at 72 columns ("… or my cell" / "402-555-0179."). */
const oneLine = (paragraph: string) => paragraph.replace(/\s*\n\s*/g, ' ');
/** Text read by paragraph, each on one line. */
const paragraphsOf = (lines: readonly string[]) => lines.join('\n').split(/\n\s*\n/).map(oneLine);

/**
 * Numbers and addresses the writer gives as their own in the message ("call me at …"), for a lead
 * whose signature lacks them. A number in a sentence about someone else is not the writer's.
 */
function withOwnNumbers(fields: SignatureFields, body: readonly string[], from: 'body' | 'answers' | 'postscript' = 'body'): SignatureFields {
  const phones = [...fields.phones];
  const emails = [...fields.emails];
  const answers = from === 'answers';
  // The body is read by paragraph; each answer is one.
  for (const line of answers ? body.map(oneLine) : paragraphsOf(body)) {
    for (const phone of findPhones(line)) {
      const before = line.slice(Math.max(0, phone.index - 80), phone.index);
      // "Can someone call me after 4? 309-555-0158": a number that starts a sentence belongs to the one before.
      const sentences = before.split(/[.!?]\s/);
      const opens = !(sentences.at(-1) ?? '').trim();
      const sentence = opens ? (sentences.at(-2) ?? '') : sentences.at(-1)!;
      // "I am told that Justin Boyd (011-44-…)": a person named between the writer and the number owns it.
      const after = sentence.split(OWN_CONTACT).at(-1) ?? '';
      // "… she's at 813-555-0112, but if you want me directly my cell is …": after a "but", only its clause counts.
      const others = OTHERS_CONTACT.test(sentence.split(/\bbut\b/).at(-1)!);
      // "Store # is 402-555-0151 ask for me", "(505) 555-0146 is my direct line": or the words right after it say so.
      const clause = /^[^,;.!?]*/.exec(line.slice(phone.index).replace(/^[+\d\s().\-/]+/, ''))![0];
      // A number that opens an answer answers a question about the writer ("Best number to reach you?").
      const answering = answers && !before.trim();
      // "P.S. New cell is 505-555-0181": below the signature the writer adds their own details.
      const mine = answering || from === 'postscript' || OWN_CONTACT.test(sentence) || (OWN_CONTACT.test(clause) && !OTHERS_CONTACT.test(clause) && (opens || !/\s\p{Lu}\p{Ll}/u.test(sentence.trim())));
      // "My old mobile (+40 721 555 014) is no longer in use": a number the writer withdraws is not theirs to give.
      const withdrawn = OLD_NUMBER.test(before) || WITHDRAWN.test(clause);
      // "505-555-0102 is our main office": a number the words after it give to someone else is theirs.
      if (!mine || others || withdrawn || /^\s*is\s+(?:our|his|her|their|the)\b/i.test(clause) || /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(after)) continue;
      if (!phones.some((known) => known.number.replace(/\D/g, '') === phone.number.replace(/\D/g, ''))) phones.push({ number: phone.number, type: phone.type });
    }
    for (const email of findEmails(line)) {
      const sentence = line.slice(0, line.indexOf(email)).split(/[.!?]\s/).at(-1) ?? '';
      if (OWN_CONTACT.test(sentence) && !OTHERS_CONTACT.test(sentence) && !emails.includes(email.toLowerCase())) emails.push(email.toLowerCase());
    }
  }
  return phones.length === fields.phones.length && emails.length === fields.emails.length ? fields : { ...fields, phones, emails };
}

/** The numbers a sentence calls off: "Please note my old number 303-555-0111 is no longer in use." */
function calledOffIn(sentence: string): FoundPhone[] {
  return findPhones(sentence).filter((phone) => DO_NOT_CALL.test(sentence) || OLD_NUMBER.test(sentence.slice(0, phone.index)) || WITHDRAWN.test(sentence.slice(phone.index).replace(/^[+\d\s().\-/]+/, '').replace(/^[\p{L}-]+\s+(?=(?:is|are|was)\b)/u, '')));
}

/**
 * The signature's numbers without those the writer calls off: "do NOT use the 555-0102 number on our
 * old website", "ignore the number in my signature, it's dead".
 */
function withoutCalledOff(fields: SignatureFields, text: readonly string[]): SignatureFields {
  const said = paragraphsOf(text);
  const sentences = said.flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+/));
  // "the old 555-0121 landline … is disconnected": a number named as old, or withdrawn by the words after it, too.
  const calledOff = sentences.flatMap(calledOffIn).map((phone) => digitsOf(phone.number));
  // "pls don't use the 082 number anymore": a number called off by its first digits.
  const prefixes = sentences.filter((sentence) => DO_NOT_CALL.test(sentence)).flatMap((sentence) => [...sentence.matchAll(/\bthe (\d{3,5}) (?:number|no\.?|line|cell|mobile)\b/gi)].map((match) => match[1]!));
  const all = said.some((paragraph) => SIGNATURE_NUMBER_WITHDRAWN.test(paragraph));
  const phones = fields.phones.filter(
    (phone) =>
      phone.type === 'fax' ||
      (!all && !calledOff.some((number) => number.length >= 7 && digitsOf(phone.number).endsWith(number)) && !prefixes.some((prefix) => digitsOf(phone.number).startsWith(prefix))),
  );
  return phones.length === fields.phones.length ? fields : { ...fields, phones };
}

/** A title, a company or a phone: what a reply signed "Sent from my iPhone" lacks. */
const hasDetails = (fields: SignatureFields) => Boolean(fields.title || fields.company || fields.phones.length);

/**
 * The sender's own signature in older mail quoted below ("> On Dec 2, Luis <luis@…> wrote:"), for
 * a reply signed with nothing but a name or "Sent from my iPhone". Only a message headed by the
 * sender's own address counts, and only its own part: the other people quoted keep theirs.
 */
function earlierSignature(lines: readonly string[], sender: SenderHints): SignatureFields | null {
  const email = sender.email?.toLowerCase();
  if (!email) return null;
  const depthOf = (line: string) => /^[\s>]*/.exec(line)![0].replace(/[^>]/g, '').length;
  const at = lines.findIndex((line) => line.toLowerCase().includes(email) && (QUOTE_HEADERS.some((header) => header.test(bare(line))) || HEADER_FROM.test(bare(line))));
  if (at < 0) return null;
  // "> On Mon, … Hamish <hamish@…> wrote:" quotes its message one level deeper than its own header line.
  const firstBelow = lines.slice(at + 1).find((line) => bare(line));
  const depth = Math.max(depthOf(lines[at]!), firstBelow ? depthOf(firstBelow) : 0);
  const quoted: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (bare(line) && depthOf(line) < depth) break;
    quoted.push(line.replace(new RegExp(`^(?:\\s*>){${depth}} ?`), ''));
  }
  // Its header lines ("Sent:", "To:", "Subject:") come first when the quote is Outlook's.
  const start = quoted.findIndex((line) => line.trim() && !HEADER_NEXT.test(line.trim()));
  const message = withoutBoilerplate(newestMessage(quoted.slice(Math.max(0, start))));
  const signatureAt = signatureStart(message, sender);
  if (signatureAt < 0) return null;
  const found = parseSignatureLines(message.slice(signatureAt), sender);
  const senderWords = new Set<string>(words(sender.name ?? ''));
  const mine = (name: string | null) => !name || !senderWords.size || words(name).some((word) => senderWords.has(word));
  return mine(found.fullName) ? found : null;
}

/** The newest message's fields, completed by the sender's signature in an older one when it gives any details. */
export function withEarlier(fields: SignatureFields, earlier: SignatureFields | null): SignatureFields {
  if (!earlier || !hasDetails(earlier)) return fields;
  return {
    ...earlier,
    fullName: fields.fullName ?? earlier.fullName,
    emails: [...new Set([...fields.emails, ...earlier.emails])],
    phones: mergePhones([...fields.phones], earlier.phones),
    website: fields.website ?? earlier.website,
    linkedinUrl: fields.linkedinUrl ?? earlier.linkedinUrl,
  };
}

/**
 * The signature's name, unless it is only the first name or the initials of the name the header
 * gives in full ("Maria" or "Maria D." signed, "Maria Delgado" in the header): then the header's.
 */
export function fullerName(signed: string | null, header: string | null): string | null {
  if (!signed) return header;
  const short = signed.trim().split(/\s+/);
  const full = header?.trim().split(/\s+/) ?? [];
  // "Imogen Ashdown-Pryce RIBA" under "Imogen Ashdown-Pryce": capitals after the header's name are letters after it.
  const extra = short.slice(full.length);
  if (full.length > 1 && extra.length && extra.every((word) => /^[A-Z]{2,6}$/.test(word) && !/^(?:II|III|IV|JR|SR)$/.test(word)) && full.every((word, index) => word.toLowerCase() === short[index]!.toLowerCase())) return header;
  // One word signed ("Luke" under "Chris Lukawski", "Robert" under his assistant's name) is no full name: the header names the address.
  if (short.length < 2 && full.length > 1 && isNameLike(header!)) return header;
  // "Maria", "Tom B." or "Reggie Oyelaran" for "Reginald Oyelaran": each signed word is the header's
  // word, its initial, or (the first) its short form.
  const nickname = short[0] && full[0] && short[0].toLowerCase() !== full[0].toLowerCase() && isShortFor(short[0], full[0]);
  const abridges = nickname || short.length < full.length || short.some((word) => /^\p{Lu}\.?$/u.test(word));
  const same = short.every((word, index) => {
    const whole = full[index]?.toLowerCase() ?? '';
    const part = word.toLowerCase().replace(/\.$/, '');
    return part === whole || (part.length === 1 && whole.startsWith(part)) || (index === 0 && isShortFor(part, whole));
  });
  return abridges && same && full.length > 1 && isNameLike(header!) ? header : signed;
}

/** The draft a message or block gives on any path: its signature, then its sender's header. */
export function emailDraft(text: string, channel: Channel, url: URL | null, hints: SenderHints = {}): LeadDraft {
  const { fields, sender } = parseEmailText(text, hints);
  return makeDraft(channel, url, {
    fullName: fullerName(fields.fullName, sender.name ?? null),
    title: fields.title,
    company: fields.company,
    emails: sender.email ? [sender.email, ...fields.emails] : fields.emails,
    phones: fields.phones,
    website: fields.website,
    linkedinUrl: fields.linkedinUrl,
    location: fields.address,
  });
}

/** Plain email text (a pasted email, a .txt/.eml body) → lead draft, or null when nothing identifies anyone. */
export function extractSignature(text: string, url: URL | null = null, hints: SenderHints = {}): LeadDraft | null {
  const draft = emailDraft(text, 'email', url, hints);
  return draft.fullName || draft.emails.length || draft.phones.length || draft.linkedinUrl ? draft : null;
}
