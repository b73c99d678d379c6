// When each kind of task falls due (DESIGN.md §4, issue 4). Pure functions of the clock and the
// settings; the store and the background only call these.
import type { Settings } from '../schema';
import { addWorkingTime, hasWorkingHours, moveIntoWorkingHours, nextOpening, zoneOf } from './working-hours';
import { DAY, HOUR, MINUTE, addWallDays, fromWall, minutesOfClock, startOfWallDay, toWall } from './zoned';

type TimerSettings = Pick<Settings, 'slaMinutes' | 'firstContactClock' | 'workingHours' | 'followUpCadenceDays' | 'meetingConfirmationHours'>;

/** The first-contact deadline: `inquiryAt + SLA`, counting only working time when asked to. */
export function firstContactDueAt(inquiryAt: number, settings: TimerSettings): number {
  const sla = settings.slaMinutes * MINUTE;
  const inWorkingHours = settings.firstContactClock === 'working_hours' && hasWorkingHours(settings.workingHours);
  return Math.round(inWorkingHours ? addWorkingTime(inquiryAt, sla, settings.workingHours) : inquiryAt + sla);
}

/**
 * One follow-up per cadence entry, `days` after the contact at the same local time, moved to the
 * next opening when it falls outside working hours. Fractional days count as wall-clock time.
 */
export function followUpDueTimes(contactedAt: number, settings: TimerSettings): number[] {
  const timeZone = zoneOf(settings.workingHours);
  return settings.followUpCadenceDays.map((days) =>
    Math.round(moveIntoWorkingHours(addWallDays(contactedAt, days, timeZone), settings.workingHours)),
  );
}

/**
 * The follow-ups after a contact that may lie in the past (the rep's reply found in a clipped
 * thread): those already past are dropped rather than raised as a burst of overdue reminders, and
 * when none is left one follow-up is set for the next working morning.
 */
export function followUpsAfter(contactedAt: number, now: number, settings: TimerSettings): number[] {
  const ahead = followUpDueTimes(contactedAt, settings).filter((dueAt) => dueAt > now);
  return ahead.length || !settings.followUpCadenceDays.length ? ahead : [snoozeUntil(now, 'tomorrow', settings)];
}

export const SNOOZE_DURATIONS = ['5m', '1h', 'tomorrow'] as const;
export type SnoozeDuration = (typeof SNOOZE_DURATIONS)[number];

export const SNOOZE_LABELS: Record<SnoozeDuration, string> = {
  '5m': 'Snooze 5 min',
  '1h': 'Snooze 1 h',
  tomorrow: 'Snooze until tomorrow',
};

/**
 * When a snoozed reminder comes back. "Tomorrow" is the opening time of the next working day
 * after today (with working hours off: tomorrow at the configured opening time).
 */
export function snoozeUntil(now: number, duration: SnoozeDuration, settings: TimerSettings): number {
  if (duration === '5m') return now + 5 * MINUTE;
  if (duration === '1h') return now + HOUR;
  const hours = settings.workingHours;
  const timeZone = zoneOf(hours);
  const tomorrow = startOfWallDay(toWall(now, timeZone)) + DAY;
  const opening = fromWall(tomorrow + minutesOfClock(hours.start) * MINUTE, timeZone);
  return nextOpening(opening, hours)?.open ?? opening;
}

/**
 * The meeting confirmation reminder: `meetingConfirmationHours` before the meeting, or 1 h before
 * when the meeting is booked for the same day (or the earlier reminder would already be past);
 * never before `now`.
 */
export function meetingConfirmationDueAt(now: number, meetingAt: number, settings: TimerSettings): number {
  const timeZone = zoneOf(settings.workingHours);
  const sameDay = startOfWallDay(toWall(now, timeZone)) === startOfWallDay(toWall(meetingAt, timeZone));
  const ahead = meetingAt - settings.meetingConfirmationHours * HOUR;
  const due = sameDay || ahead <= now ? meetingAt - HOUR : ahead;
  return Math.max(now, due);
}
