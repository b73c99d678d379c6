// An open LinkedIn conversation → the other participant as a lead (issue 13, DESIGN.md §3
// "LinkedIn conversations"): their name, profile and headline from the conversation's header, the
// newest message they sent as the interest and its time as the inquiry time. The logged-in member
// (the top navigation's photo) is never the lead. Only what the rep sees is read, at the click.
import type { LeadDraft } from '../schema';
import { canonicalLinkedInUrl } from './contact-text';
import { allOf, cleanText, firstOf, makeDraft, textOf } from './dom';
import { splitHeadline } from './linkedin';
import { clockOf, dateOf } from './notification-time';

const SELECTORS = {
  /** The full messaging page's open thread (2023–2026: `.msg-thread` in `.msg-convo-wrapper`). */
  thread: ['.msg-convo-wrapper .msg-thread', '.msg-thread', '.msg-convo-wrapper'],
  /** Chat overlays over any page; minimised ones show only their header. */
  overlay: ['.msg-overlay-conversation-bubble:not(.msg-overlay-conversation-bubble--is-minimized)', '.msg-overlay-conversation-bubble'],
  /** The header link to the other participant's profile: `.msg-thread__link-to-profile` (page), the bubble title's link (overlay). */
  participantLink: [
    'a.msg-thread__link-to-profile',
    '.msg-entity-lockup a[href*="/in/"]',
    '.msg-overlay-bubble-header__title a[href*="/in/"]',
    'a.profile-card-one-to-one__profile-link',
    'header a[href*="/in/"]',
  ],
  /** The participant's name in the header: `h2.msg-entity-lockup__entity-title` (page), the bubble title (overlay). */
  participantName: ['.msg-entity-lockup__entity-title', '.msg-overlay-bubble-header__title', 'h2'],
  /** Headline under the name: `.msg-entity-lockup__entity-info` (page), the bubble subtitle, the profile card (both). */
  headline: ['.msg-entity-lockup__entity-info', '.msg-thread__headline', '.msg-overlay-bubble-header__subtitle', '.profile-card-one-to-one__headline', '.artdeco-entity-lockup__subtitle'],
  /** Messages and day headings, oldest first: `li.msg-s-message-list__event` in `ul.msg-s-message-list-content`. */
  event: ['.msg-s-message-list__event', '.msg-s-event-listitem'],
  /** Day headings ("Today", "Monday", "Dec 3") above the messages of that day. */
  dayHeading: ['.msg-s-message-list__time-heading', 'time.msg-s-message-list__time-heading'],
  /** Only the first message of a group names its sender and time; the rest of the group inherits them. */
  senderName: ['.msg-s-message-group__name', '.msg-s-message-group__profile-link'],
  time: ['time.msg-s-message-group__timestamp', '.msg-s-message-group__timestamp'],
  body: ['.msg-s-event-listitem__body', '.msg-s-event-listitem__message-bubble'],
  /** The logged-in member: the top navigation's own photo, whose alt text is their name. */
  member: ['img.global-nav__me-photo', '.global-nav__me img', 'header img[alt][class*="me-photo"]'],
} as const;

const DAY = 86_400_000;
/** Day headings in LinkedIn's interface languages (English, French, German, Spanish, Italian, Portuguese), accents dropped. */
const TODAY = ['today', "aujourd'hui", 'heute', 'hoy', 'oggi', 'hoje'];
const YESTERDAY = ['yesterday', 'hier', 'gestern', 'ayer', 'ieri', 'ontem'];
/** Sunday first; Portuguese weekdays without their "-feira". */
const WEEKDAYS = [
  ['sunday', 'dimanche', 'sonntag', 'domingo', 'domenica'],
  ['monday', 'lundi', 'montag', 'lunes', 'lunedi', 'segunda'],
  ['tuesday', 'mardi', 'dienstag', 'martes', 'martedi', 'terca'],
  ['wednesday', 'mercredi', 'mittwoch', 'miercoles', 'mercoledi', 'quarta'],
  ['thursday', 'jeudi', 'donnerstag', 'jueves', 'giovedi', 'quinta'],
  ['friday', 'vendredi', 'freitag', 'viernes', 'venerdi', 'sexta'],
  ['saturday', 'samedi', 'samstag', 'sonnabend', 'sabado', 'sabato'],
];

/** The open conversation: the page's thread on /messaging/, else the newest open chat overlay. */
export function openConversation(doc: Document): Element | null {
  return firstOf(doc, SELECTORS.thread) ?? allOf(doc, SELECTORS.overlay).at(-1) ?? null;
}

function memberName(doc: Document): string | null {
  const alt = firstOf(doc, SELECTORS.member)?.getAttribute('alt') ?? '';
  return cleanText(alt.replace(/^(?:photo of|photo de|foto von|foto de)\s+/i, '')) || null;
}

function startOfDay(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** A dated heading ("Dec 3", "3 déc.", "3. Dez. 2025") in `year` unless it names one → local midnight, NaN when unreadable. */
function dateIn(heading: string, year: number): number {
  const text = /\d{4}/.test(heading) ? heading : `${heading} ${year}`;
  const date = dateOf(text);
  return date ? new Date(date.year, date.month, date.day).getTime() : startOfDay(Date.parse(text));
}

/**
 * "Today", "Yesterday", "Monday", "Dec 3", "Dec 3, 2025" and the same in the other interface
 * languages ("Aujourd’hui", "Gestern", "miércoles", "segunda-feira", "3 déc.") → local midnight of
 * that day, seen from `now`.
 */
function dayOf(heading: string, now: number): number | null {
  const text = heading
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/-feira$|\.$/, '')
    .trim();
  const today = startOfDay(now);
  if (TODAY.includes(text)) return today;
  if (YESTERDAY.includes(text)) return startOfDay(today - DAY / 2);
  const weekday = WEEKDAYS.findIndex((names) => names.includes(text));
  if (weekday >= 0) return startOfDay(today - (((new Date(today).getDay() - weekday + 7) % 7 || 7) * DAY) + DAY / 2);
  const year = new Date(now).getFullYear();
  const day = dateIn(heading.trim(), year);
  if (Number.isNaN(day)) return null;
  // "Dec 3" seen in January is last year's.
  return day > now ? dateIn(heading.trim(), year - 1) : day;
}

/** "2:14 PM" or "14:14" on a day → the instant, in the browser's time zone. */
function timeOn(day: number | null, clock: string): number | null {
  const time = clockOf(clock);
  if (day === null || !time) return null;
  const date = new Date(day);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), time.hour, time.minute).getTime();
}

interface Message {
  sender: string | null;
  at: number | null;
  text: string;
}

/** The conversation's messages, oldest first, each with the sender and time of its group. */
function messagesOf(conversation: Element, now: number): Message[] {
  const messages: Message[] = [];
  let day: number | null = startOfDay(now);
  let sender: string | null = null;
  let at: number | null = null;
  for (const event of allOf(conversation, SELECTORS.event)) {
    const heading = firstOf(event, SELECTORS.dayHeading);
    if (heading) day = dayOf(cleanText(heading.textContent), now);
    const name = textOf(firstOf(event, SELECTORS.senderName));
    if (name) sender = name;
    const clock = textOf(firstOf(event, SELECTORS.time));
    if (clock) at = timeOn(day, clock);
    const text = cleanText(firstOf(event, SELECTORS.body)?.textContent);
    if (text) messages.push({ sender, at, text });
  }
  return messages;
}

/**
 * The other participant of the open conversation, or null when no conversation is open or it
 * names nobody. `now` places "Today" and "Monday" on the calendar; `conversation` is the one whose
 * button was pressed, the open one by default.
 */
export function extractLinkedInMessaging(doc: Document, url: URL, now = Date.now(), conversation = openConversation(doc)): LeadDraft | null {
  if (!conversation) return null;
  const member = memberName(doc)?.toLowerCase() ?? null;
  const link = firstOf(conversation, SELECTORS.participantLink);
  const name = textOf(firstOf(conversation, SELECTORS.participantName)) ?? textOf(link);
  if (!name || name.toLowerCase() === member) return null;
  const href = link?.getAttribute('href');
  const profile = href ? canonicalLinkedInUrl(new URL(href, url).href) : null;
  const headline = textOf(firstOf(conversation, SELECTORS.headline));
  const inbound = messagesOf(conversation, now).filter((message) => message.sender && message.sender.toLowerCase() !== member);
  const newest = inbound.at(-1);
  const { title, company } = splitHeadline(headline);
  return makeDraft('linkedin', url, {
    fullName: name,
    title: title ?? headline,
    company,
    linkedinUrl: profile,
    sourceTitle: `LinkedIn conversation with ${name}`,
    inquiryAt: newest?.at ?? null,
    interest: newest?.text ?? null,
  });
}
