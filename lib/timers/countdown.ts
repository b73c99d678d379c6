// How a due time reads to a rep: "4:59" left, or "overdue 1:05". Minutes and seconds under an
// hour (the five-minute SLA lives there), hours beyond, days for follow-ups a week out.
import type { NextTask } from '../schema';
import { DAY, HOUR, MINUTE, startOfWallDay, toWall } from './zoned';

const pad = (value: number) => String(value).padStart(2, '0');

export function formatDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (ms < HOUR) return `${Math.floor(seconds / 60)}:${pad(seconds % 60)}`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)}:${pad(Math.floor((ms % HOUR) / MINUTE))}:${pad(seconds % 60)}`;
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  return hours ? `${days} d ${hours} h` : `${days} d`;
}

export interface CountdownText {
  overdue: boolean;
  text: string;
}

/** Time left until `dueAt`, or how long it has been overdue. */
export function describeCountdown(dueAt: number, now: number): CountdownText {
  if (dueAt <= now) return { overdue: true, text: `overdue ${formatDuration(now - dueAt)}` };
  // Round up so "0:00" only shows at the deadline, never a second before it.
  return { overdue: false, text: formatDuration(Math.ceil((dueAt - now) / 1000) * 1000) };
}

const WEEKDAY = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'UTC' });
const MONTH_DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "today 15:00", "tomorrow 9:00", "Wed 10:00" within the week, "Dec 14 10:00" beyond, in `timeZone`. */
export function formatWhen(at: number, now: number, timeZone: string): string {
  const wall = toWall(at, timeZone);
  const days = Math.round((startOfWallDay(wall) - startOfWallDay(toWall(now, timeZone))) / DAY);
  const clock = `${Math.floor((wall % DAY) / HOUR)}:${pad(Math.floor((wall % HOUR) / MINUTE))}`;
  const day = days === 0 ? 'today' : days === 1 ? 'tomorrow' : days > 1 && days < 7 ? WEEKDAY.format(wall) : MONTH_DAY.format(wall);
  return `${day} ${clock}`;
}

export interface DueText extends CountdownText {
  /** A late inquiry: said once, quietly, never styled as an alarm. */
  quiet: boolean;
}

/** How each kind of task reads before it is due; `soon` is the countdown, `later` the day and time. */
const UPCOMING: Record<NextTask['kind'] | 'unknown', (when: string, soon: boolean) => string> = {
  first_contact: (when) => `Reply due ${when}`,
  follow_up: (when, soon) => `Follow-up ${soon ? 'in ' : ''}${when}`,
  meeting_confirmation: (when, soon) => `Confirm meeting ${soon ? 'in ' : ''}${when}`,
  unknown: (when) => `Due ${when}`,
};

const OVERDUE_NAMES: Record<NextTask['kind'], string> = {
  first_contact: 'Reply',
  follow_up: 'Follow-up',
  meeting_confirmation: 'Meeting confirmation',
};

/**
 * What is due and when, in the words of a chip: "Reply due 4:16", "Follow-up tomorrow 9:00",
 * "Meeting Wed 10:00 — confirm", "Reply overdue 3:05", "Late inquiry". Without `next` (a lead
 * stored before issue 17) the kind is not named.
 */
export function describeDue(dueAt: number, next: NextTask | null | undefined, now: number, timeZone: string): DueText {
  const overdue = dueAt <= now;
  if (next?.late) return { overdue, quiet: true, text: 'Late inquiry' };
  if (next?.kind === 'meeting_confirmation' && next.meetingAt !== null) {
    return { overdue, quiet: false, text: `Meeting ${formatWhen(next.meetingAt, now, timeZone)} — confirm` };
  }
  const { text } = describeCountdown(dueAt, now);
  if (overdue) return { overdue, quiet: false, text: next ? `${OVERDUE_NAMES[next.kind]} ${text}` : `O${text.slice(1)}` };
  const kind = next?.kind ?? 'unknown';
  const soon = dueAt - now < HOUR;
  return { overdue, quiet: false, text: UPCOMING[kind](soon ? text : formatWhen(dueAt, now, timeZone), soon) };
}
