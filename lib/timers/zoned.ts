// Wall-clock arithmetic in an IANA time zone with nothing but Intl (no time-zone library).
//
// A "wall time" is the local date and time in a zone written as if it were UTC epoch
// milliseconds: 2026-03-29 02:30 in Berlin is Date.UTC(2026, 2, 29, 2, 30). Calendar steps (next
// day, 09:00 that day) are plain additions on wall times; `fromWall` turns the result back into
// an instant, resolving daylight-saving gaps and overlaps the way Temporal's 'compatible' does.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when Intl knows the zone; settings with an unknown zone fall back to UTC. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local wall time of `instant` in `timeZone`. */
export function toWall(instant: number, timeZone: string): number {
  const millis = ((instant % 1000) + 1000) % 1000;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant - millis)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) + millis;
}

/** The zone's offset from UTC at `instant` (+1 h in Berlin in winter). */
function offsetAt(instant: number, timeZone: string): number {
  return toWall(instant, timeZone) - instant;
}

/**
 * The instant a wall time happens. In a spring-forward gap the wall time does not exist and is
 * pushed forward by the gap (02:30 → 03:30); in a fall-back overlap the earlier of the two wins.
 * Assumes at most one offset change within a day either side, true of every real zone.
 */
export function fromWall(wall: number, timeZone: string): number {
  const before = wall - offsetAt(wall - DAY, timeZone);
  const after = wall - offsetAt(wall + DAY, timeZone);
  if (before === after) return before;
  const valid = [before, after].filter((instant) => toWall(instant, timeZone) === wall);
  return valid.length ? Math.min(...valid) : before;
}

/** Midnight starting the wall day that contains `wall`. */
export function startOfWallDay(wall: number): number {
  return Math.floor(wall / DAY) * DAY;
}

/** ISO weekday of a wall time: 1 = Monday … 7 = Sunday. */
export function isoWeekday(wall: number): number {
  return ((new Date(wall).getUTCDay() + 6) % 7) + 1;
}

/** "09:30" → minutes after midnight. */
export function minutesOfClock(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** `days` later at the same wall-clock time (a day across a DST change is 23 or 25 hours). */
export function addWallDays(instant: number, days: number, timeZone: string): number {
  return fromWall(toWall(instant, timeZone) + days * DAY, timeZone);
}
