// What a lead has due and when: "Reply due 4:59", "Reply overdue 1:05", ticking every second. One shared
// ticker drives every countdown on the page; each countdown re-renders itself alone, so a list of
// hundreds of leads is not re-rendered once a second.
import { useSyncExternalStore } from 'react';
import type { Lead } from '@/lib/schema';
import { describeDue } from '@/lib/timers/countdown';
import './Countdown.css';

const listeners = new Set<() => void>();
let now = Date.now();
let ticker: ReturnType<typeof setInterval> | undefined;

function tick() {
  now = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (ticker === undefined) {
    now = Date.now();
    ticker = setInterval(tick, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(ticker);
      ticker = undefined;
    }
  };
}

/**
 * A value derived from the shared clock. The component re-renders only when `select` returns
 * something new, e.g. a list re-sorts when the number of overdue leads changes, not every second.
 */
export function useClock<T>(select: (now: number) => T): T {
  return useSyncExternalStore(subscribe, () => select(now));
}

/** The browser's own zone: chips say "tomorrow 9:00" in the rep's local time. */
export const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

type Due = Pick<Lead, 'nextDueAt' | 'nextTask'>;

/**
 * What is due and when ("Reply due 4:16", "Follow-up tomorrow 9:00", "Meeting Wed 10:00 — confirm"),
 * ticking every second. Renders nothing when the lead has no open task.
 */
export function Countdown({ lead }: { lead: Due }) {
  const { nextDueAt: dueAt, nextTask } = lead;
  // Snapshots must be primitives: useSyncExternalStore compares them with Object.is.
  const text = useClock((current) => (dueAt === null ? null : describeDue(dueAt, nextTask, current, LOCAL_ZONE).text));
  const alarm = useClock((current) => dueAt !== null && dueAt <= current && !nextTask?.late);
  if (text === null) return null;
  return (
    <span role="timer" className={alarm ? 'countdown overdue' : nextTask?.late ? 'countdown quiet' : 'countdown'}>
      {text}
    </span>
  );
}
