import type { NextTask, Task } from '@/lib/schema';
import { describeCountdown, describeDue, formatWhen } from '@/lib/timers/countdown';
import {
  dueForNotification,
  earliestPendingDueAt,
  lastPassedDueAt,
  nextReminderAt,
  overdueCount,
  overdueLeadCount,
  reminderDelay,
  sortOverdueFirst,
} from '@/lib/timers/tasks';

const NOW = Date.UTC(2026, 10, 22, 15, 0);

function task(id: string, leadId: string, dueAt: number, overrides: Partial<Task> = {}): Task {
  return { id, leadId, kind: 'first_contact', status: 'pending', dueAt, doneAt: null, notifiedAt: null, ...overrides };
}

const TASKS = [
  task('a', 'lead-1', NOW - 60_000, { notifiedAt: NOW - 59_000 }),
  task('b', 'lead-1', NOW - 1_000, { kind: 'follow_up' }),
  task('c', 'lead-2', NOW + 30_000, { status: 'snoozed' }),
  task('d', 'lead-3', NOW - 120_000, { status: 'done', doneAt: NOW - 200_000 }),
  task('e', 'lead-4', NOW, { kind: 'meeting_confirmation' }),
];

describe('task set at a moment', () => {
  it('finds the earliest open due time and the next reminder still to show', () => {
    expect(earliestPendingDueAt(TASKS)).toBe(NOW - 60_000);
    expect(nextReminderAt(TASKS)).toBe(NOW - 1_000);
    expect(earliestPendingDueAt([])).toBeNull();
    expect(nextReminderAt([TASKS[0]!, TASKS[3]!])).toBeNull();
  });

  it('lists the due tasks not yet notified and counts overdue tasks and leads', () => {
    expect(dueForNotification(NOW, TASKS).map((t) => t.id)).toStrictEqual(['b', 'e']);
    expect(overdueCount(NOW, TASKS)).toBe(3);
    expect(overdueLeadCount(NOW, TASKS)).toBe(2);
    expect(overdueLeadCount(NOW - 70_000, TASKS)).toBe(0);
  });

  it('measures the reminder delay from due time to notification', () => {
    expect(reminderDelay(TASKS[0]!)).toBe(1_000);
    expect(reminderDelay(TASKS[1]!)).toBeNull();
  });
});

describe('overdue-first order', () => {
  const leads = [
    { id: 'newest', nextDueAt: NOW + 240_000 },
    { id: 'no-task', nextDueAt: null },
    { id: 'overdue-1m', nextDueAt: NOW - 60_000 },
    { id: 'overdue-5m', nextDueAt: NOW - 300_000 },
  ];

  it('puts overdue leads first, most overdue on top, and keeps the rest in order', () => {
    expect(sortOverdueFirst(leads, NOW).map((lead) => lead.id)).toStrictEqual(['overdue-5m', 'overdue-1m', 'newest', 'no-task']);
  });

  it('sorts the same with the last passed due time as with the clock itself', () => {
    for (const now of [NOW - 400_000, NOW - 100_000, NOW, NOW + 300_000]) {
      expect(sortOverdueFirst(leads, lastPassedDueAt(leads, now))).toStrictEqual(sortOverdueFirst(leads, now));
    }
    expect(lastPassedDueAt(leads, NOW)).toBe(NOW - 60_000);
  });
});

describe('countdown text', () => {
  it.each([
    [NOW + 300_000, 'm:ss left', { overdue: false, text: '5:00' }],
    [NOW + 299_001, 'rounded up to the second', { overdue: false, text: '5:00' }],
    [NOW + 59_000, 'under a minute', { overdue: false, text: '0:59' }],
    [NOW + 2 * 3_600_000 + 5_000, 'hours', { overdue: false, text: '2:00:05' }],
    [NOW + 3 * 86_400_000 + 4 * 3_600_000, 'days', { overdue: false, text: '3 d 4 h' }],
    [NOW, 'at the deadline', { overdue: true, text: 'overdue 0:00' }],
    [NOW - 65_000, 'overdue', { overdue: true, text: 'overdue 1:05' }],
  ])('reads %s as %s', (dueAt, _, expected) => {
    expect(describeCountdown(dueAt, NOW)).toStrictEqual(expected);
  });
});

const HOUR = 3_600_000;

describe('what is due, in words (issue 17)', () => {
  // NOW is Sunday 2026-11-22 15:00 UTC.
  const task = (kind: NextTask['kind'], extra: Partial<NextTask> = {}): NextTask => ({ kind, late: false, meetingAt: null, ...extra });
  it.each([
    ['a reply within the hour', NOW + 256_000, task('first_contact'), 'Reply due 4:16'],
    ['a reply overdue', NOW - 65_000, task('first_contact'), 'Reply overdue 1:05'],
    ['a reply later today', NOW + 2 * HOUR, task('first_contact'), 'Reply due today 17:00'],
    ['a follow-up tomorrow morning', Date.UTC(2026, 10, 23, 9, 0), task('follow_up'), 'Follow-up tomorrow 9:00'],
    ['a follow-up within the hour', NOW + 600_000, task('follow_up'), 'Follow-up in 10:00'],
    ['a follow-up next week', Date.UTC(2026, 11, 3, 9, 30), task('follow_up'), 'Follow-up Dec 3 9:30'],
    ['a meeting to confirm', Date.UTC(2026, 10, 24, 10, 0), task('meeting_confirmation', { meetingAt: Date.UTC(2026, 10, 25, 10, 0) }), 'Meeting Wed 10:00 — confirm'],
    ['a late inquiry', NOW - 3 * 86_400_000, task('first_contact', { late: true }), 'Late inquiry'],
    ['a lead stored before the kind was kept', NOW + 256_000, null, 'Due 4:16'],
    ['the same, overdue', NOW - 65_000, null, 'Overdue 1:05'],
  ])('%s', (_, dueAt, next, text) => {
    expect(describeDue(dueAt, next, NOW, 'UTC').text).toBe(text);
  });

  it('reads day and time in the zone given', () => {
    expect(formatWhen(Date.UTC(2026, 10, 23, 8, 0), NOW, 'Europe/Berlin')).toBe('tomorrow 9:00');
    expect(formatWhen(Date.UTC(2026, 10, 22, 23, 30), NOW, 'America/New_York')).toBe('today 18:30');
  });
});
