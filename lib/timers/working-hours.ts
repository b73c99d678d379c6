// Working hours (settings.workingHours): when follow-ups may fall due and, optionally, when the
// first-contact clock runs. Hours are local to the zone in the settings, so a 09:00 opening stays
// 09:00 across daylight-saving changes.
import type { WorkingHours } from '../schema';
import { DAY, MINUTE, fromWall, isKnownTimeZone, isoWeekday, minutesOfClock, startOfWallDay, toWall } from './zoned';

export interface Opening {
  open: number;
  close: number;
}

/** The zone the hours are kept in; an unknown zone (a typo in options) falls back to UTC. */
export function zoneOf(hours: WorkingHours): string {
  return isKnownTimeZone(hours.timeZone) ? hours.timeZone : 'UTC';
}

/** Working hours only shape times when enabled and at least one day is a working day. */
export function hasWorkingHours(hours: WorkingHours): boolean {
  return hours.enabled && hours.days.length > 0;
}

/** The opening on the wall day starting at `dayStart`; a close at or before the open means midnight. */
function openingOn(dayStart: number, hours: WorkingHours, timeZone: string): Opening {
  const start = minutesOfClock(hours.start);
  const end = minutesOfClock(hours.end);
  return {
    open: fromWall(dayStart + start * MINUTE, timeZone),
    close: fromWall(dayStart + (end > start ? end : 24 * 60) * MINUTE, timeZone),
  };
}

/** The first opening that has not closed yet at `instant` (the current one when open). */
export function nextOpening(instant: number, hours: WorkingHours): Opening | null {
  if (!hasWorkingHours(hours)) return null;
  const timeZone = zoneOf(hours);
  const today = startOfWallDay(toWall(instant, timeZone));
  for (let offset = 0; offset <= 7; offset += 1) {
    const day = today + offset * DAY;
    if (!hours.days.includes(isoWeekday(day))) continue;
    const opening = openingOn(day, hours, timeZone);
    if (opening.close > instant) return opening;
  }
  return null;
}

/** `instant` when it falls in working hours, otherwise the next opening. */
export function moveIntoWorkingHours(instant: number, hours: WorkingHours): number {
  const opening = nextOpening(instant, hours);
  return opening ? Math.max(instant, opening.open) : instant;
}

/** `duration` of working time after `start`: the clock stops when closed and resumes at opening. */
export function addWorkingTime(start: number, duration: number, hours: WorkingHours): number {
  let cursor = start;
  let remaining = duration;
  for (let opening = nextOpening(cursor, hours); opening; opening = nextOpening(cursor, hours)) {
    cursor = Math.max(cursor, opening.open);
    if (remaining <= opening.close - cursor) return cursor + remaining;
    remaining -= opening.close - cursor;
    cursor = opening.close;
  }
  return start + duration;
}
