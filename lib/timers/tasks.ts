// Questions about a set of tasks at a given moment: what is pending, what is overdue, when the
// next reminder must fire. The background's alarm and badge and the UI's sort all ask these.
import type { Lead, NextTask, Task } from '../schema';

/** Statuses that still need the rep: a snoozed task is pending with a later due time. */
export const OPEN_STATUSES = ['pending', 'snoozed'] as const satisfies readonly Task['status'][];

export function isOpen(task: Pick<Task, 'status'>): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(task.status);
}

/** Open tasks that may raise a reminder and count on the badge: a late inquiry is shown quietly instead. */
function isAlarmed(task: Task): boolean {
  return isOpen(task) && !task.late;
}

function minDueAt(tasks: readonly Task[]): number | null {
  let earliest: number | null = null;
  for (const task of tasks) if (earliest === null || task.dueAt < earliest) earliest = task.dueAt;
  return earliest;
}

/** The earliest due time of any open task (what `lead.nextDueAt` holds for one lead's tasks). */
export function earliestPendingDueAt(tasks: readonly Task[]): number | null {
  return minDueAt(tasks.filter(isOpen));
}

/** What falls due first among one lead's open tasks (what `lead.nextTask` holds); null when nothing is open. */
export function nextTaskOf(tasks: readonly Task[]): NextTask | null {
  let first: Task | null = null;
  for (const task of tasks) if (isOpen(task) && (first === null || task.dueAt < first.dueAt)) first = task;
  return first && { kind: first.kind, late: first.late ?? false, meetingAt: first.meetingAt ?? null };
}

/** Open tasks that are due and whose reminder has not been shown yet. */
export function dueForNotification(now: number, tasks: readonly Task[]): Task[] {
  return tasks.filter((task) => isAlarmed(task) && task.dueAt <= now && task.notifiedAt === null);
}

/**
 * When the reminder alarm must next fire: the earliest open task not yet notified. Tasks already
 * notified stay overdue (and counted on the badge) without re-arming the alarm in a loop.
 */
export function nextReminderAt(tasks: readonly Task[]): number | null {
  return minDueAt(tasks.filter((task) => isAlarmed(task) && task.notifiedAt === null));
}

export function isOverdue(now: number, dueAt: number | null): boolean {
  return dueAt !== null && dueAt <= now;
}

/** Overdue open tasks. */
export function overdueCount(now: number, tasks: readonly Task[]): number {
  return tasks.filter((task) => isAlarmed(task) && task.dueAt <= now).length;
}

/** Leads with at least one overdue open task: the toolbar badge. */
export function overdueLeadCount(now: number, tasks: readonly Task[]): number {
  return new Set(tasks.filter((task) => isAlarmed(task) && task.dueAt <= now).map((task) => task.leadId)).size;
}

/** Overdue leads first (most overdue on top); the rest keep their order. */
export function sortOverdueFirst<L extends Pick<Lead, 'nextDueAt'>>(leads: readonly L[], now: number): L[] {
  const overdue = leads.filter((lead) => isOverdue(now, lead.nextDueAt));
  overdue.sort((a, b) => a.nextDueAt! - b.nextDueAt!);
  return [...overdue, ...leads.filter((lead) => !isOverdue(now, lead.nextDueAt))];
}

/**
 * The latest due time already passed at `now` (-Infinity when none): the leads due at or before
 * it are exactly the overdue ones. It changes only when another lead becomes overdue, so a list
 * can re-sort then instead of every second.
 */
export function lastPassedDueAt(leads: readonly Pick<Lead, 'nextDueAt'>[], now: number): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const { nextDueAt } of leads) if (nextDueAt !== null && nextDueAt <= now && nextDueAt > latest) latest = nextDueAt;
  return latest;
}

/** Due time → notification, in ms: the benchmark's "reminder delay". Null until notified. */
export function reminderDelay(task: Pick<Task, 'dueAt' | 'notifiedAt'>): number | null {
  return task.notifiedAt === null ? null : task.notifiedAt - task.dueAt;
}
