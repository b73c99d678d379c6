// How a due time reads to a rep: "4:59" left, or "overdue 1:05". Minutes and seconds under an
// hour (the five-minute SLA lives there), hours beyond, days for follow-ups a week out.
import { DAY, HOUR, MINUTE } from './zoned';

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
