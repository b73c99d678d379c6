// Notifications written by a machine on someone's behalf (website forms, booking tools, lead
// portals, ad-lead relays) → the person who asked (issue 13, DESIGN.md §3 "Notifications").
//
// Every known layout reduces to lines of text, which is what this reads:
// - `Label: value` on one line (Contact Form 7, Elementor, Realtor.com, Zapier's snake_case keys);
// - a label line with the value on the lines below (Shopify, Calendly, WPForms' `--- Name ---`);
// - HTML tables: side by side or label row above value row both become a label line, then a value
//   line, once a cell is a line (lib/extract/dom.ts `visibleLines`);
// - unlabelled lines or prose (`-Jane Doe ( jane@x.com )`, a name over an email and a phone).
// The platform's sender is never the lead nor one of its emails; relay addresses are the reply route.
import type { LeadDraft, Money, NotALead, Screen } from '../schema';
import { findEmails, findPhones, findUrls, toHttpUrl } from './contact-text';
import { clip, makeDraft } from './dom';
import {
  countryOfLabels,
  fieldOfKey,
  FOOTER,
  MACHINE_ONLY_SENDER,
  MACHINE_SENDER,
  NAME_IN_SUBJECT,
  NOTIFICATION_SUBJECT,
  type NotificationField,
  type Platform,
  PLATFORMS,
  AD_SOURCES,
  labelKey,
  withCountryCode,
} from './notification-lexicon';
import { refusalOf } from './not-a-lead';
import { savedMessage } from './raw-email';
import { isNameLike, readEmail, senderFromHeader, withoutQuotedReply } from './signature';
import { hasCompanyWord } from './signature-fields';
import { HONORIFIC, ROLE_WORDS } from './signature-words';

export interface NotificationMail {
  senderName: string | null;
  senderEmail: string | null;
  subject: string | null;
  /** The body as the lines a reader sees. */
  lines: readonly string[];
  /** The rep's own address: the site's admin address shares its domain. */
  ownEmail?: string | null;
  /** When the email arrived: the inquiry time. */
  sentAt: number | null;
}

interface Pair {
  field: NotificationField | null;
  label: string;
  value: string[];
}

/** A booking's own side in its list of people ("Luca Ferraro - Organizer luca@…"): never the lead. */
const HOST_LINE = /\s[-–(]\s*(?:organi[sz]+(?:er|ateur|ador|atore)|host)\b/i;

/** Answers that say nothing ("N/A", "-", "none", WPForms' "Empty"): the field is treated as left empty. */
const NOTHING = /^\(?(?:n\/?a|none|empty|[-–—]+|\.+|null)\)?$/i;

const INLINE_LABEL = /^([^:：]{1,60}?)\s*[:：]\s*(.*)$/;
const DASHED_LABEL = /^[-=*#]{2,}\s*(.+?)\s*[-=*#]{2,}$/;

function fieldOf(label: string): NotificationField | null {
  const key = labelKey(label);
  if (key === 'from' || key === 'de' || key === 'von' || key === 'da' || key === 'sender') return 'sender';
  if (key.startsWith('utm ')) return 'ignored';
  return fieldOfKey(key);
}

/** A line that is only a label: a known one, `--- Name ---`, or a short unknown one ending in ":" or "?". */
function labelOnly(line: string): { field: NotificationField | null; label: string } | null {
  // A label holds no address, no number and nothing after its colon, and is no paragraph.
  if (line.length > 120 || /@|\d{3}|[:：]\s*\S/.test(line)) return null;
  const dashed = DASHED_LABEL.exec(line)?.[1];
  const bare = (dashed ?? line).replace(/^\*+|\*+$/g, '').trim();
  const field = fieldOf(bare.replace(/[:：]\s*$/, ''));
  if (field) return { field, label: bare };
  if (dashed || (/[:：?]\s*$/.test(bare) && bare.length <= 80 && !/https?:/i.test(bare))) return { field: null, label: bare };
  return null;
}

function inlinePair(line: string): Pair | null {
  const match = INLINE_LABEL.exec(line.replace(/^\*+|\*+(?=\s*:)/g, ''));
  // "https://…" and "10:00am" are not labels.
  if (!match || /^(?:https?|\d.*)$/i.test(match[1]!.trim())) return null;
  const field = fieldOf(match[1]!);
  const value = match[2]!.replace(/^\*+\s*/, '').trim().replace(NOTHING, '');
  if (!field && (!value || match[1]!.trim().split(/\s+/).length > 5)) return null;
  return { field, label: match[1]!.trim(), value: value ? [value] : [] };
}

/** The lines before the platform's footer, then label/value pairs and the lines no label claims. */
export function readPairs(lines: readonly string[]): { pairs: Pair[]; loose: string[]; footer: string[] } {
  // A footer ends the fields; the same words above every label ("Sent via form submission from …") only introduce them.
  // Each line is read as a label once, for both passes.
  const read = new Map<string, { only: ReturnType<typeof labelOnly>; inline: Pair | null }>();
  const readLine = (text: string) => {
    let known = read.get(text);
    if (!known) {
      const only = labelOnly(text);
      read.set(text, (known = { only, inline: only ? null : inlinePair(text) }));
    }
    return known;
  };
  let labelled = false;
  const end = lines.findIndex((line) => {
    const text = line.trim();
    if (labelled && FOOTER.test(text)) return true;
    const { only, inline } = readLine(text);
    labelled ||= only !== null || inline?.field != null;
    return false;
  });
  const body = (end >= 0 ? lines.slice(0, end) : lines).map((line) => line.trim()).filter(Boolean);
  const pairs: Pair[] = [];
  const loose: string[] = [];
  let open: Pair | null = null;
  for (const line of body) {
    const { only, inline: cached } = readLine(line);
    // A fresh copy: a pair's value grows as the lines under it are read.
    const inline = cached && { ...cached, value: [...cached.value] };
    // A message runs on over lines; an unknown `key: value` inside it is its text, unless snake_case (a relay's next key).
    const startsPair = inline && (inline.field || !open || (open.value.length > 0 && (open.field !== 'message' || /_/.test(inline.label))));
    if (only || startsPair) {
      open = only ? { field: only.field, label: only.label, value: [] } : inline!;
      pairs.push(open);
      if (inline?.value.length && inline.field !== 'message') open = null;
    } else if (open) {
      // A company is one line: what follows belongs to the message asked above it (a booking's questions).
      if (open.field === 'company' && open.value.length) open = pairs.findLast((pair) => pair.field === 'message') ?? open;
      if (!NOTHING.test(line)) open.value.push(line);
    } else {
      loose.push(line);
    }
  }
  return { pairs: pairs.filter((pair) => pair.value.length), loose, footer: end >= 0 ? lines.slice(end) : [] };
}

function platformOf(email: string | null): Platform | null {
  return email ? (PLATFORMS.find((platform) => platform.sender.test(email)) ?? null) : null;
}

/** Lines where a platform signs its notification ("Powered by Squarespace", "This email was sent by Wix.com"). */
const BRANDING = /powered by|sent (?:by|via|from)|view .*\b(?:in|on) /i;

/** The platform a notification names in its footer or branding lines, when its sender did not say. */
function brandOf(lines: readonly string[], footer: readonly string[]): Platform | null {
  const signed = [...footer, ...lines.filter((line) => line.length < 120 && BRANDING.test(line))].join(' ').toLowerCase();
  return PLATFORMS.find((platform) => platform.sourcePlatform && signed.includes(platform.name.toLowerCase())) ?? null;
}

/** The ad network a relayed lead came from: "New Facebook lead", "LinkedIn Lead Gen Form", `platform: fb`. */
function adSource(mail: NotificationMail): string | null {
  const said = [mail.subject, ...mail.lines.slice(0, 3), ...mail.lines.filter((line) => /^platform\s*:/i.test(line))].join('\n');
  return /\blead|^platform/im.test(said) ? (AD_SOURCES.find(([pattern]) => pattern.test(said))?.[1] ?? null) : null;
}

function domainOf(email: string | null | undefined): string | null {
  return email?.split('@')[1]?.toLowerCase() ?? null;
}

/** Whether a machine wrote this email for someone else: the sender, the subject and the body's labels. */
function isNotification(mail: NotificationMail, pairs: readonly Pair[], platform: Platform | null): boolean {
  const sender = mail.senderEmail?.toLowerCase() ?? '';
  // wordpress@, noreply@, mailer@: a machine wrote it, so its sender is never the lead.
  if (platform || MACHINE_ONLY_SENDER.test(sender)) return true;
  const ownDomain = domainOf(mail.ownEmail);
  // admin@, website@, or the site's own address on the rep's domain: a form's mailbox, when the mail reads like one.
  const machine = MACHINE_SENDER.test(sender) || (ownDomain !== null && domainOf(sender) === ownDomain);
  const fields = new Set(pairs.map((pair) => pair.field).filter((field) => field && field !== 'ignored' && field !== 'subject'));
  const person = fields.has('name') || fields.has('firstName') || fields.has('sender');
  const reach = fields.has('email') || fields.has('phone');
  const texture = (person || fields.has('message')) && reach;
  const subject = NOTIFICATION_SUBJECT.test(mail.subject ?? '');
  const bodyEmails = pairs.filter((pair) => pair.field === 'email' || pair.field === 'sender').flatMap((pair) => findEmails(pair.value.join(' ')));
  const someoneElse = bodyEmails.some((email) => email.toLowerCase() !== sender);
  return (machine && (subject || texture || fields.size >= 2)) || (subject && texture) || (texture && fields.size >= 3 && someoneElse);
}

function valuesOf(pairs: readonly Pair[], field: NotificationField): string[] {
  return pairs.filter((pair) => pair.field === field).map((pair) => pair.value.join('\n').trim());
}

function firstValue(pairs: readonly Pair[], field: NotificationField): string | null {
  return valuesOf(pairs, field).find(Boolean) ?? null;
}

const CURRENCIES: readonly [RegExp, string][] = [
  [/€|\beur(?:os?)?\b/i, 'EUR'],
  [/£|\bgbp\b|\bpounds?\b/i, 'GBP'],
  [/\bchf\b/i, 'CHF'],
  [/\bcad\b|c\$/i, 'CAD'],
  [/\baud\b|a\$/i, 'AUD'],
  [/\$|\busd\b|\bdollars?\b/i, 'USD'],
];

/** "$5,000 – $10,000", "10k €", "15.000 EUR": the first amount, with thousands written out. */
export function readBudget(value: string | null, fallbackCurrency = 'USD'): Money | null {
  const match = value ? /(\d{1,3}(?:[,.\s\u00a0']\d{3})+|\d+)(?:[.,](\d{1,2}))?\s*(k|m)?\b/i.exec(value) : null;
  if (!match) return null;
  const amount = Number(match[1]!.replace(/[,.\s\u00a0']/g, '')) * (match[3] ? (/k/i.test(match[3]) ? 1000 : 1_000_000) : 1);
  const currency = CURRENCIES.find(([pattern]) => pattern.test(value!))?.[1] ?? fallbackCurrency;
  return Number.isFinite(amount) ? { amount, currency } : null;
}

/** "Jack Turner, Turner & Co" or "Jack Turner (Turner & Co)" in a name field: the person, then their company. */
function nameAndCompany(written: string): [string, string | null] {
  // "Hartmann, Jürgen" ("Name, Vorname", "Nom, Prénom"): last name first.
  const value = written.replace(/^(\p{Lu}[\p{L}'’-]+), (\p{Lu}[\p{L}'’-]+)$/u, '$2 $1');
  const match = /^(.+?)(?:,|\s[-–—|]|\s\()\s*([^()]+)\)?$/.exec(value);
  return match && /\s/.test(match[1]!) && isNameLike(match[1]!) && !ROLE_WORDS.test(match[2]!) ? [match[1]!, match[2]!] : [value, null];
}

/** The person's name (and a company said beside it): the labelled name, first + last, the `From:` line of Contact Form 7. */
function personName(pairs: readonly Pair[], from: { name?: string | null }): [string | null, string | null] {
  // "Contact: Mateo Rossi has submitted a form." is a sentence about the person, not their name.
  const [name, company] = valuesOf(pairs, 'name')
    .map((value) => nameAndCompany(value.split('\n')[0]!.replace(/\S+@\S+|[<>]|\(\s*\)/g, '').trim().replace(HONORIFIC, '')))
    .find(([value]) => value && value.split(/\s+/).length <= 5 && !/[.!?]$/.test(value)) ?? [null, null];
  const first = firstValue(pairs, 'firstName')?.split('\n')[0] ?? null;
  const last = firstValue(pairs, 'lastName')?.split('\n')[0] ?? null;
  // "Nom" beside "Prénom", "Name" beside "Vorname", "Nombre" beside "Apellidos": one half each.
  if (name && !/\s/.test(name) && (first || last)) return [first ? `${first} ${name}` : `${name} ${last}`, company];
  if (name) return [name, company];
  return [first || last ? [first, last].filter(Boolean).join(' ') : (from.name ?? null), null];
}

/** "I'm the office manager at Harbor Point Dental Group", "chez Besson Traiteur SARL": an organisation a message says its writer is with. */
function companyInMessage(message: string | null): string | null {
  for (const [, named] of (message ?? '').matchAll(/\b(?:at|with|from|for|of|chez|bei|der|de|en|pour|para) ((?:[\p{Lu}][\p{L}'’&-]* ?)+)/gu)) if (hasCompanyWord(named!)) return named!.trim();
  return null;
}

/**
 * Unlabelled layouts: `-Jane Doe ( jane@x.com )`, `Jane Doe <jane@x.com>`, or a name line next to an
 * email line; in a `-value` list, a short capitalised value after the name's is the company.
 */
function looseName(loose: readonly string[]): [string | null, string | null] {
  for (const [index, line] of loose.entries()) {
    const inline = /^([-–•*\s]*)([\p{L}][\p{L}'’. -]{1,60}?)\s*[(<]\s*[^\s()<>]+@[^\s()<>]+\s*[)>]/u.exec(line);
    if (inline && isNameLike(inline[2]!)) {
      const company = inline[1]!.trim() && loose.slice(index + 1).map((next) => /^[-–•*]\s*([\p{Lu}][^\d@:]{1,60})$/u.exec(next)?.[1]).find((next) => next && next.split(' ').length < 6 && !/[.!?]$/.test(next));
      return [inline[2]!.trim(), company || null];
    }
    if (findEmails(line).length && index > 0 && isNameLike(loose[index - 1]!)) return [loose[index - 1]!, null];
  }
  return [null, null];
}

const SITE_WORDS = /\b(?:wordpress|website|web site|site|forms?|team|notifications?|no-?reply|mailer|support|admin|leads?|rentals?|services|ads|calendly|zillow|google|yelp|realtor|angi)\b/i;

/** A sender display name that is the person (Jetpack, Zillow, "Jane Doe via Google"), not the site's title. */
function senderPerson(mail: NotificationMail, platform: Platform | null): string | null {
  const name = (mail.senderName ?? '').replace(/\s+(?:via|through|\(via)\s+.*$/i, '').trim();
  if (!name || findEmails(name).length || !isNameLike(name) || SITE_WORDS.test(name)) return null;
  if (platform?.senderIsPerson) return name;
  const squeezed = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const domain = domainOf(mail.senderEmail)?.replace(/[^a-z0-9]/g, '') ?? '';
  if ((squeezed.length > 3 && domain.includes(squeezed)) || platform) return null;
  return name;
}

/** The person a subject names, when it names one and the body did not. */
function subjectPerson(subject: string | null): string | null {
  for (const pattern of NAME_IN_SUBJECT) {
    const name = subject ? pattern.exec(subject.trim())?.[1] : undefined;
    if (name && isNameLike(name) && !SITE_WORDS.test(name)) return name;
  }
  return null;
}

interface Addresses {
  emails: string[];
  replyTo: string | null;
}

/** The person's addresses: never the platform's sender, a machine mailbox or the rep; relays become the reply route. */
function personAddresses(mail: NotificationMail, found: readonly string[], platform: Platform | null): Addresses {
  const sender = mail.senderEmail?.toLowerCase() ?? null;
  const own = mail.ownEmail?.toLowerCase() ?? null;
  const relays = PLATFORMS.flatMap((each) => (each.relay ? [each.relay] : []));
  const emails: string[] = [];
  let replyTo = sender && platform?.relay?.test(sender) ? sender : null;
  for (const raw of found) {
    const email = raw.toLowerCase();
    if (relays.some((relay) => relay.test(email))) replyTo ??= email;
    else if (email !== sender && email !== own && !MACHINE_SENDER.test(email) && !platformOf(email) && !emails.includes(email)) emails.push(email);
  }
  return { emails, replyTo };
}

function pageOf(pairs: readonly Pair[], footer: readonly string[]): string | null {
  const labelled = valuesOf(pairs, 'pageUrl').flatMap((value) => findUrls(value));
  const inFooter = footer.flatMap((line) => findUrls(line));
  const href = [...labelled, ...inFooter].map((raw) => toHttpUrl(raw)).find(Boolean);
  return href ?? null;
}

function utmOf(pageUrl: string | null, pairs: readonly Pair[]): Record<string, string> | null {
  const entries = new Map<string, string>();
  if (pageUrl) for (const [key, value] of new URL(pageUrl).searchParams) if (key.startsWith('utm_')) entries.set(key, value.slice(0, 200));
  for (const pair of pairs) {
    const key = labelKey(pair.label).replace(/ /g, '_');
    if (key.startsWith('utm_') && pair.value[0]) entries.set(key, pair.value[0].slice(0, 200));
  }
  return entries.size ? Object.fromEntries(entries) : null;
}

/** Unlabelled prose (Ninja Forms' lines, "Jordan Ellis says:" above the words): the longest sentence that is not a contact line. */
function prose(pairs: readonly Pair[], loose: readonly string[]): string | null {
  const lines = [...loose, ...pairs.filter((pair) => pair.field === null && !/\?\s*$/.test(pair.label)).flatMap((pair) => pair.value)];
  const sentences = lines
    .map((line) => line.replace(/^[-–•*\s]+/, ''))
    .filter((line) => line.split(/\s+/).length >= 5 && !findEmails(line).length && !findUrls(line).length);
  return sentences.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** Questions nobody labelled in the lexicon ("How soon do you need it?"): context for the interest. */
function answeredQuestions(pairs: readonly Pair[]): string | null {
  const answers = pairs.filter((pair) => pair.field === null && /\?\s*$/.test(pair.label)).map((pair) => `${pair.label} ${pair.value.join(' ')}`);
  return answers.length ? answers.join('\n') : null;
}

/** The labels under an Outlook header's "From:" in the six languages: "Sent:", "Gesendet:", "Envoyé :", "Enviado el:", "Inviato:", "Enviada em:", "To:", "An:", "À :", "Para:", "Date:". */
const QUOTED_HEADER_NEXT = /^(?:sent|to|date|gesendet|an|datum|envoy[ée]|[àa]|enviad[oa](?: el| em)?|para|fecha|inviato|data)$/i;

/**
 * A notification's lead, or why it is not one; null when the email is not a notification (a
 * person wrote it: the signature reader takes it). Receipts, bounces, newsletters and the like are
 * refused whoever sent them.
 */
export function extractNotification(mail: NotificationMail, url: URL | null): LeadDraft | NotALead | null {
  const { result, screen } = readNotification(mail, url);
  return refusalOf(screen) ?? result;
}

/** A notification's lead (null when a person wrote the mail), and what a refusal is judged on (not-a-lead.ts). */
export function readNotification(mail: NotificationMail, url: URL | null): { result: LeadDraft | NotALead | null; screen: Screen } {
  const read = readPairs(mail.lines.filter((line) => !HOST_LINE.test(line)));
  const { loose, footer } = read;
  // A mail header below the message ("From:", then "Sent:", "To:" or "Date:") starts quoted mail, and a
  // signature's "Mobile:" or "Email Address:" above it is no form's field: only what comes before it counts.
  const quoted = read.pairs.findIndex((pair, index) => index > 0 && pair.field === 'sender' && read.pairs.slice(index + 1, index + 4).some((next) => QUOTED_HEADER_NEXT.test(next.label.trim())));
  const pairs = quoted > 0 ? read.pairs.slice(0, quoted) : read.pairs;
  const platform = platformOf(mail.senderEmail?.toLowerCase() ?? null);
  const notification = isNotification(mail, pairs, platform);
  const screen = { subject: mail.subject, opening: mail.lines.slice(0, 4).map((line) => line.slice(0, 20_000)), notification };
  if (!notification) return { result: null, screen };
  const from = senderFromHeader(firstValue(pairs, 'sender') ?? '');
  const labelledEmails = [...valuesOf(pairs, 'email'), from.email ?? ''].flatMap((value) => findEmails(value));
  // Unlabelled details anywhere in the body count only when no label named any.
  const free = new Set<NotificationField | null>([null, 'name', 'location', 'message', 'subject', 'sender']);
  const everyLine = [...loose, ...pairs.flatMap((pair) => (free.has(pair.field) ? pair.value : []))];
  const { emails, replyTo } = personAddresses(mail, labelledEmails.length ? labelledEmails : everyLine.flatMap((line) => findEmails(line)), platform);
  const labelledPhones = valuesOf(pairs, 'phone').flatMap((value) => findPhones(value.replace(/\n/g, ' ')));
  const country = countryOfLabels(pairs.map((pair) => labelKey(pair.label)));
  const phones = (labelledPhones.length ? labelledPhones : everyLine.flatMap((line) => findPhones(line))).map((phone) => ({
    number: withCountryCode(phone.number, country),
    type: phone.type,
  }));
  const [labelledName, nameCompany] = personName(pairs, from);
  const [unlabelledName, listCompany] = labelledName ? [null, null] : looseName(loose);
  const message = valuesOf(pairs, 'message').filter(Boolean).join('\n') || null;
  const brand = platform ?? brandOf(mail.lines, footer);
  const product = firstValue(pairs, 'product');
  const pageUrl = pageOf(pairs, footer);
  const named = labelledName ?? unlabelledName ?? subjectPerson(mail.subject) ?? senderPerson(mail, platform);
  // People sign the message they type into a form ("Thanks, Jane Doe, Head of Ops, Acme Corp"): a form without a name field gets theirs.
  // A signature typed on one line ("Thanks, Jane — Ops Manager, Brightline Dental") is read as the lines it stands for.
  const signed = message ? readEmail(message.replace(/\s[—–|]\s(?=[^\n]*$)/g, '\n'), { name: named, email: emails[0] ?? null }).fields : { fullName: null, title: null, company: null };
  const fullName = named ?? signed.fullName;
  // Channel `form` for the site's own form, `event` for a booking; a portal, or a lead ad relayed by Zapier or Make, is `other`.
  const source = brand?.sourcePlatform ?? adSource(mail);
  const draft = makeDraft(brand?.booking ? 'event' : source ? 'other' : 'form', url, {
    fullName,
    title: firstValue(pairs, 'title') ?? signed.title,
    company: firstValue(pairs, 'company')?.split('\n')[0] ?? nameCompany ?? listCompany ?? signed.company ?? companyInMessage(message),
    emails,
    phones,
    website: firstValue(pairs, 'website'),
    location: firstValue(pairs, 'location')?.replace(/\n/g, ', ') ?? null,
    sourceTitle: mail.subject,
    inquiryAt: mail.sentAt,
    interest: message ?? answeredQuestions(pairs) ?? firstValue(pairs, 'subject') ?? prose(pairs, loose) ?? product ?? mail.subject,
  });
  if (!draft.fullName && !draft.emails.length && !draft.phones.length) {
    return { result: { kind: 'not_a_lead', reason: `This ${platform?.name ?? 'form'} notification names nobody who asked.` }, screen };
  }
  const result = {
    ...draft,
    budget: readBudget(firstValue(pairs, 'budget')),
    product: clip(product),
    sourcePlatform: source,
    pageUrl,
    utm: utmOf(pageUrl, pairs),
    replyTo,
    // A booking's time as the tool writes it; the background reads it into `meetingAt` (notification-time.ts).
    meetingText: brand?.booking ? clip(firstValue(pairs, 'eventTime') ?? mail.subject) : null,
    // The person asked (a portal's or an ad's lead too): the first-contact timer runs; a booking has its meeting instead.
    inbound: !brand?.booking,
  };
  return { result, screen };
}

/** A saved notification (.eml or a paste that kept its headers): `From:`, `Subject:`, `Date:` then the body. */
export function notificationFromText(text: string, url: URL | null): LeadDraft | NotALead | null {
  const { body, headers, hints } = savedMessage(text);
  const date = Date.parse(headers.get('date') ?? '');
  return extractNotification(
    {
      senderName: hints.name ?? null,
      senderEmail: hints.email ?? null,
      subject: hints.subject ?? null,
      lines: withoutQuotedReply(body.split('\n')),
      ownEmail: findEmails(headers.get('to') ?? '')[0] ?? null,
      sentAt: Number.isFinite(date) ? date : null,
    },
    url,
  );
}
