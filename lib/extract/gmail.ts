// Gmail message view → lead draft (DESIGN.md §3 "Gmail"). The `[email]` and `data-*-message-id`
// attributes are the stable hooks; Gmail's obfuscated class names are the fallbacks.
import type { LeadDraft, NotALead } from '../schema';
import { cleanText, firstOf, makeDraft, textOf, visibleLines } from './dom';
import { canonicalLinkedInUrl, findEmails, holdsEmailOrPhone } from './contact-text';
import { type Screened, screened } from './not-a-lead';
import { readNotification } from './notification';
import { fullerName, isForwardSubject, readEmail, wantsEarlier, withEarlier, type SignatureFields } from './signature';
import { personOf } from './signature-fields';

const SELECTORS = {
  /** Each open message of the thread, oldest first. 2020–2026 layouts; `data-legacy-message-id` on older ones. */
  message: ['div.adn.ads[data-message-id]', 'div.adn.ads[data-legacy-message-id]', 'div[data-message-id]', 'div.adn'],
  /** The sender chip, whose `email` and `name` attributes hold the address and display name. */
  sender: ['span.gD[email]', 'td.gF [email]', '.gE [email]', 'h3 [email]'],
  /** Recipients; the rep is the one Gmail labels "me". */
  recipient: ['.hb span.g2[email]', 'span.g2[email]', '.hb [email]'],
  subject: ['h2.hP', 'h2[data-thread-perm-id]', '[role="main"] h2'],
  /** The exact date is the `title` of the short date label. */
  date: ['.gK span.g3[title]', 'span.g3[title]', '.gH [title]'],
  body: ['div.a3s', 'div.ii.gt', '[data-message-id] [dir="ltr"]'],
  /** Quoted history inside a body, collapsed behind "…" in Gmail: never the sender's own text. */
  quoted: ['.gmail_quote', 'blockquote', '.adL', '.yj6qo'],
  /** Gmail's own quoted history only: a notification sets the person's words in a `blockquote` (Yelp, HubSpot). */
  history: ['.gmail_quote', '.adL', '.yj6qo'],
  /** The signed-in account, as Gmail's account button labels it. */
  account: ['a[aria-label^="Google Account"]', '[aria-label*="@"][role="button"]'],
} as const;

const HISTORY = SELECTORS.history.join(',');

/** "me" in Gmail's interface languages. */
const ME = /^(?:me|moi|ich|mich|mir|yo|mí|io|me stesso|eu|mim)$/i;

/** The rep's own address: the recipient Gmail calls "me", else the account named in the title. */
export function ownAddress(doc: Document): string | null {
  for (const selector of SELECTORS.recipient) {
    const recipients = doc.querySelectorAll(selector);
    for (let index = 0; index < recipients.length; index += 1) {
      const recipient = recipients[index]!;
      if (ME.test(cleanText(recipient.textContent)) || ME.test(recipient.getAttribute('name') ?? '')) {
        return recipient.getAttribute('email')?.toLowerCase() ?? null;
      }
    }
    if (recipients.length) break;
  }
  const account = firstOf(doc, SELECTORS.account)?.getAttribute('aria-label') ?? '';
  return findEmails(`${doc.title} ${account}`)[0]?.toLowerCase() ?? null;
}

/** Gmail's date titles ("Fri, Nov 20, 2026, 2:02 PM"; "20 Nov 2026, 14:02") in the browser's time zone. */
function inquiryTime(title: string): number | null {
  const cleaned = title.replace(/\s+at\s+/, ' ').replace(/,(\s*\d{1,2}:\d{2})/, '$1').replace(/\u202f/g, ' ');
  const parsed = Date.parse(cleaned);
  return Number.isNaN(parsed) ? null : parsed;
}

/**
 * The body as lines, without the quoted history `quotes` names: none in a forward (Gmail puts the
 * forwarded mail there), only Gmail's own in a notification (its `blockquote` is the person's words).
 */
function bodyLines(message: Element, quotes: readonly string[]): string[] {
  const body = firstOf(message, SELECTORS.body);
  if (!body) return [];
  const quoted = new Set(quotes.flatMap((selector) => [...body.querySelectorAll(selector)]));
  return visibleLines(body, (element) => quoted.has(element));
}

/**
 * The LinkedIn profile behind an icon in the message's own text (not its quoted history): a signature's
 * link that the text never spells. None when the message links two different profiles.
 */
function profileLink(message: Element): string | null {
  const body = firstOf(message, SELECTORS.body);
  const links = new Set<string>();
  for (const link of body ? body.querySelectorAll('a[href*="linkedin.com/"]') : []) {
    const profile = !link.closest(HISTORY) && canonicalLinkedInUrl(link.getAttribute('href')!);
    if (profile) links.add(profile);
  }
  return links.size === 1 ? [...links][0]! : null;
}

const senderOf = (message: Element) => firstOf(message, SELECTORS.sender)?.getAttribute('email')?.trim().toLowerCase() ?? null;

/**
 * When the rep first answered (issue 17): the date of the rep's first message after the first one
 * from someone else. Null when the rep has not replied in the open thread.
 */
export function repReplyAt(doc: Document, ownEmail: string | null, messages = messagesOf(doc)): number | null {
  const own = ownEmail?.toLowerCase() ?? null;
  const asked = firstWhere(messages, (message) => senderOf(message) !== own);
  const reply = asked < 0 || own === null ? -1 : firstWhere(messages, (message) => senderOf(message) === own, asked + 1);
  return reply >= 0 ? inquiryTime(firstOf(messages[reply]!, SELECTORS.date)?.getAttribute('title') ?? '') : null;
}

/**
 * The thread's open messages, oldest first, as Gmail's NodeList: a 600-message thread is read by
 * index where needed rather than copied whole.
 */
function messagesOf(doc: Document): ArrayLike<Element> {
  for (const selector of SELECTORS.message) {
    const found = doc.querySelectorAll(selector);
    if (found.length) return found;
  }
  return [];
}

function firstWhere(list: ArrayLike<Element>, test: (element: Element) => boolean, from = 0): number {
  for (let index = from; index < list.length; index += 1) if (test(list[index]!)) return index;
  return -1;
}

function lastWhere(list: ArrayLike<Element>, test: (element: Element) => boolean, before = list.length): number {
  for (let index = before - 1; index >= 0; index -= 1) if (test(list[index]!)) return index;
  return -1;
}

/** Who sent a message and when, with the thread's subject: what every reading of a message starts from. */
function headerOf(doc: Document, message: Element) {
  const sender = firstOf(message, SELECTORS.sender);
  if (!sender) return null;
  return {
    senderName: cleanText(sender.getAttribute('name')) || textOf(sender),
    senderEmail: sender.getAttribute('email')!.trim(),
    subject: textOf(firstOf(doc, SELECTORS.subject)),
    sentAt: inquiryTime(firstOf(message, SELECTORS.date)?.getAttribute('title') ?? ''),
  };
}

/**
 * A thread with no message from anyone but the rep can still hold a lead: many WordPress sites mail
 * their form submissions from the site's admin address to itself, and that address is the rep's.
 * Only the notification reader looks at such a message; the rep's own mail is never a lead.
 */
function selfSentNotification(doc: Document, url: URL, message: Element | undefined, own: string | null): Screened | null {
  const header = message && headerOf(doc, message);
  if (!message || !header) return null;
  const { result, screen } = readNotification({ ...header, lines: bodyLines(message, SELECTORS.history), ownEmail: own }, url);
  return result && { ...result, screen };
}

/**
 * A reply signed with nothing but a name or "Sent from my iPhone" is completed by the sender's
 * signature in an earlier message of the thread, else in the history quoted under the reply.
 */
function withThread(fields: SignatureFields, messages: ArrayLike<Element>, at: number, sender: { name: string | null; email: string | null }): SignatureFields {
  const hints = { name: sender.name, email: sender.email };
  const inbound = messages[at]!;
  // The sender's previous message only, found from the newest back: a long thread is not read whole.
  const previous = messages[lastWhere(messages, (message) => senderOf(message) === sender.email?.toLowerCase(), at)];
  // A signature ends a message and gives a number or an address: its last lines are read only when they hold one.
  const lines = previous ? bodyLines(previous, SELECTORS.quoted).slice(-15) : bodyLines(inbound, []);
  if (previous && !lines.some(holdsEmailOrPhone)) return fields;
  return withEarlier(fields, readEmail(lines.join('\n'), hints).fields);
}

/**
 * The inbound lead is the newest message whose sender is not the rep: when the rep replied last,
 * the lead is still the other party. A notification (a form, a booking tool, a lead portal) names
 * the lead in its body, or is refused as not a lead (issue 13).
 */
export function extractGmail(doc: Document, url: URL, ownEmail: string | null = ownAddress(doc)): LeadDraft | NotALead | null {
  return screened(readGmail(doc, url, ownEmail));
}

/**
 * What the reader injected into Gmail returns: `extractGmail`'s reading before the refusal of receipts,
 * bounces and newsletters, with what that refusal is judged on (`screen`); the background judges it.
 */
export function readGmail(doc: Document, url: URL, ownEmail: string | null = ownAddress(doc)): Screened | null {
  const own = ownEmail?.toLowerCase() ?? null;
  const messages = messagesOf(doc);
  const at = lastWhere(messages, (message) => {
    const sender = senderOf(message);
    return Boolean(sender && sender !== own);
  });
  if (at < 0) return selfSentNotification(doc, url, messages[messages.length - 1], own);
  const inbound = messages[at]!;
  // The inbound message was found by its sender, so it has a header.
  const { senderName, senderEmail, subject, sentAt } = headerOf(doc, inbound)!;
  const forward = isForwardSubject(subject);
  const ownText = bodyLines(inbound, forward ? [] : SELECTORS.quoted);
  const parsed = readEmail(ownText.join('\n'), { name: senderName, email: senderEmail, subject });
  const fields = wantsEarlier(parsed) ? withThread(parsed.fields, messages, at, { name: senderName, email: senderEmail }) : parsed.fields;
  // In a forward the lead is the original sender, read from the forwarded header, not the colleague who forwarded it.
  const lead = parsed.forwarded ? { name: parsed.sender.name ?? null, email: parsed.sender.email ?? null } : { name: senderName, email: senderEmail };
  // A forwarded notification is judged by who wrote it first (a platform, or a person), not by the colleague
  // who forwarded it; Contact Form 7's own `From:` line at the top of a body is not a forward.
  const origin = forward && parsed.forwarded ? lead : { name: senderName, email: senderEmail };
  // The two readings differ only by a blockquote outside Gmail's own history: read the body again only then.
  const personQuote = !forward && [...inbound.querySelectorAll('blockquote')].some((quote) => !quote.closest(HISTORY));
  const lines = personQuote ? bodyLines(inbound, SELECTORS.history) : ownText;
  const { result, screen } = readNotification({ senderName: origin.name, senderEmail: origin.email, subject, lines, ownEmail: own, sentAt }, url);
  if (result) return { ...result, screen };
  const named = lead.name && !findEmails(lead.name).length ? personOf(lead.name) : null;
  const repliedAt = repReplyAt(doc, own, messages);
  const draft = makeDraft('email', url, {
    fullName: parsed.forwarded ? fullerName(fields.fullName, named) : (named ?? fields.fullName),
    title: fields.title,
    company: fields.company,
    emails: lead.email ? [lead.email, ...fields.emails] : fields.emails,
    phones: fields.phones,
    website: fields.website,
    linkedinUrl: fields.linkedinUrl ?? (parsed.forwarded ? null : profileLink(inbound)),
    location: fields.address,
    sourceTitle: subject,
    inquiryAt: sentAt,
    interest: subject,
  });
  return repliedAt === null ? { ...draft, screen } : { ...draft, repliedAt, screen };
}
