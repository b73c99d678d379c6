// The first-contact countdown of a list row: "m:ss" while time is left, "overdue" after.
// TODO [2026-11-23]: replace with the timers issue's components/Countdown.tsx once it is on main.

export function formatDueIn(dueAt: number, now: number): string {
  const left = dueAt - now;
  if (left < 0) return 'overdue';
  const totalSeconds = Math.floor(left / 1000);
  if (totalSeconds >= 24 * 3600) return `${Math.floor(totalSeconds / 86400)} d`;
  const minutes = Math.floor(totalSeconds / 60);
  return `${minutes}:${String(totalSeconds % 60).padStart(2, '0')}`;
}

export function DueIn({ dueAt, now }: { dueAt: number | null; now: number }) {
  if (dueAt === null) return null;
  const text = formatDueIn(dueAt, now);
  return (
    <span className={`due ${text === 'overdue' ? 'overdue' : ''}`} title={`Due ${new Date(dueAt).toLocaleString()}`}>
      {text}
    </span>
  );
}
