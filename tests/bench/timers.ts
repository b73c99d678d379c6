// Reminder delay (DESIGN.md §4): how late a first-contact notification fires after its due time,
// delay = task.notifiedAt - task.dueAt. The timers feature writes notifiedAt.
import { type Result, notMeasured } from './report';

export function reminderFigures(): Result[] {
  return [
    notMeasured(
      'timers.reminder_delay',
      'ms',
      '<= 30 s (Chrome alarm clamp)',
      'first-contact reminders (timers engineer) have not landed on this branch yet',
    ),
  ];
}
