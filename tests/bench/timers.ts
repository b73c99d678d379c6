// Reminder delay (DESIGN.md §4): how late a first-contact notification fires after its due time,
// delay = task.notifiedAt - task.dueAt. The timers feature writes notifiedAt.
import { type Result, notMeasured } from './report';

export function reminderFigures(): Result[] {
  return [
    notMeasured(
      'timers.reminder_delay',
      'ms',
      '<= 30 s (Chrome alarm clamp)',
      'the timers engineer has landed first-contact tasks and lib/store/tasks markNotified, but no alarm or notification ' +
        'is wired in the background on this branch yet, so nothing sets task.notifiedAt in a running browser',
    ),
  ];
}
