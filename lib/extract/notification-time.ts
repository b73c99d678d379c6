// A booking notification's meeting time: "10:00am - Tuesday, December 15, 2026 (Eastern Time - US &
// Canada)" (Calendly), "Tue, Dec 15, 2026 10:00 AM" (subjects), "15 décembre 2026 à 14:30 (Central
// European Time)". Written in the zone the notification names; the browser's own when it names none.
import { fromWall } from '../timers/zoned';

// Prefixes, so "janv", "Januar" and "enero" all start like theirs.
const MONTHS: readonly [RegExp, number][] = [
  [/^(?:jan|ene)/i, 0],
  [/^f[eé][bv]/i, 1],
  [/^m[äa]r/i, 2],
  [/^a[pvb]r/i, 3],
  [/^ma[yi]/i, 4],
  [/^jui?n/i, 5],
  [/^ju[il]/i, 6],
  [/^a(?:ug|go|o)/i, 7],
  [/^sep/i, 8],
  [/^o[ck]t/i, 9],
  [/^nov/i, 10],
  [/^d[eéi][cz]/i, 11],
];

/** The zone names booking tools print, as IANA zones. */
const ZONES: readonly [RegExp, string][] = [
  [/\b(?:Eastern Time|E[SD]T)\b/, 'America/New_York'],
  [/\b(?:Central Time|C[SD]T)\b/, 'America/Chicago'],
  [/\b(?:Mountain Time|M[SD]T)\b/, 'America/Denver'],
  [/\b(?:Pacific Time|P[SD]T)\b/, 'America/Los_Angeles'],
  [/\b(?:UK,? Ireland|London|BST|GMT)\b/, 'Europe/London'],
  [/\b(?:Central European Time|CES?T|Paris|Berlin)\b/, 'Europe/Berlin'],
  [/\bUTC\b/, 'UTC'],
];

function monthOf(word: string): number | null {
  return MONTHS.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}

/** The calendar date a text names with its year ("December 15, 2026", "15 décembre 2026", "2026-12-15"). */
export function dateOf(text: string): { year: number; month: number; day: number } | null {
  const monthFirst = /\b([\p{L}]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u.exec(text);
  const dayFirst = /\b(\d{1,2})\.?\s+([\p{L}]{3,10})\.?,?\s+(\d{4})\b/u.exec(text);
  for (const [match, dayAt, monthAt] of [[monthFirst, 2, 1], [dayFirst, 1, 2]] as const) {
    const month = match ? monthOf(match[monthAt]!) : null;
    if (match && month !== null) return { year: Number(match[3]), month, day: Number(match[dayAt]) };
  }
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  return iso ? { year: Number(iso[1]), month: Number(iso[2]) - 1, day: Number(iso[3]) } : null;
}

/** "10:00am", "2:14 PM", "14h30", "9 pm" → hour and minute on a 24-hour clock. */
export function clockOf(text: string): { hour: number; minute: number } | null {
  const match = /\b(\d{1,2})(?::|h|\.)(\d{2})\s*(am|pm|a\.m\.|p\.m\.)?/i.exec(text) ?? /\b(\d{1,2})()\s*(am|pm)\b/i.exec(text);
  if (!match) return null;
  let hour = Number(match[1]);
  const meridiem = match[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return hour < 24 ? { hour, minute: Number(match[2] || 0) } : null;
}

/** The instant a booking's "Event Date/Time" names, or null when it names no date and time. */
export function meetingTime(text: string, localZone = Intl.DateTimeFormat().resolvedOptions().timeZone): number | null {
  const date = dateOf(text);
  const clock = clockOf(text.replace(/\b\d{4}-\d{2}-\d{2}\b/, ' '));
  if (!date || !clock) return null;
  const zone = ZONES.find(([pattern]) => pattern.test(text))?.[1] ?? localZone;
  return fromWall(Date.UTC(date.year, date.month, date.day, clock.hour, clock.minute), zone);
}

/** A draft's meeting: the instant it carries, or the one its notification wrote (`meetingText`), read here in the background. */
export function meetingOf(draft: { meetingAt?: number | null; meetingText?: string | null }): number | null {
  return draft.meetingAt ?? (draft.meetingText ? meetingTime(draft.meetingText) : null);
}
