// The first-contact countdown: "4:59" left or "overdue 1:05", ticking every second. One shared
// ticker drives every countdown on the page; each countdown re-renders itself alone, so a list of
// hundreds of leads is not re-rendered once a second.
import { useSyncExternalStore } from 'react';
import { describeCountdown } from '@/lib/timers/countdown';
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

/** Renders nothing when there is no due time (a lead with no open task). */
export function Countdown({ dueAt }: { dueAt: number | null }) {
  // Snapshots must be primitives: useSyncExternalStore compares them with Object.is.
  const text = useClock((current) => (dueAt === null ? null : describeCountdown(dueAt, current).text));
  const overdue = useClock((current) => dueAt !== null && dueAt <= current);
  if (text === null) return null;
  return (
    <span role="timer" className={overdue ? 'countdown overdue' : 'countdown'}>
      {text}
    </span>
  );
}
