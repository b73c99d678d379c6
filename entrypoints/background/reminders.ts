// Reminders that always fire (DESIGN.md §4, issue 4). The background keeps exactly one alarm, for
// the earliest open task not yet notified, and recomputes it from the database after every write,
// on install, on browser start and whenever the worker wakes. Anything that came due while the
// browser was closed or the worker slept is notified on the next sync, once: `task.notifiedAt`
// records it (and gives the benchmark its reminder delay, notifiedAt - dueAt).
import { browser } from 'wxt/browser';
import { displayName } from '@/components/format';
import type { LeadClipDb } from '@/lib/db';
import type { Lead, Task } from '@/lib/schema';
import { CommandError } from '@/lib/store/errors';
import { completeTask, logContact, markNotified, openTasks, snoozeTasks } from '@/lib/store/tasks';
import { defaultContactChannel } from '@/lib/timers/contact';
import { dueForNotification, isOpen, nextReminderAt, overdueLeadCount } from '@/lib/timers/tasks';

export const REMINDER_ALARM = 'leadclip-reminder';
const NOTIFICATION_PREFIX = 'leadclip-task:';
/**
 * Chrome fires a packed extension's alarm no sooner than 30 s after it is set. A due time closer
 * than that also gets an in-worker timer: the worker was just woken by the write that scheduled
 * it and stays alive about 30 s, so the timer fires on time; the alarm remains the backstop.
 */
const ALARM_FLOOR_MS = 30_000;
const BADGE_COLOR = '#b3261e';

const TITLES: Record<Task['kind'], string> = {
  first_contact: 'First contact due',
  follow_up: 'Follow-up due',
  meeting_confirmation: 'Confirm the meeting',
};

type CancelTimer = () => void;

export interface ReminderOptions {
  now?: () => number;
  /** Schedules the short-range timer; tests pass their own. */
  setTimer?: (run: () => void, delay: number) => CancelTimer;
  /** Firefox notifications have no buttons. (In Vitest `import.meta.env.FIREFOX` is the string "false".) */
  firefox?: boolean;
}

export interface Reminders {
  /** Notifies what is due, re-arms the alarm and updates the badge. Serialised; never rejects. */
  sync(): Promise<void>;
}

const notificationId = (task: Task) => `${NOTIFICATION_PREFIX}${task.id}`;

function browserTimer(run: () => void, delay: number): CancelTimer {
  const handle = setTimeout(run, delay);
  return () => clearTimeout(handle);
}

export function startReminders(db: LeadClipDb, options: ReminderOptions = {}): Reminders {
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? browserTimer;
  const firefox = options.firefox ?? import.meta.env.BROWSER === 'firefox';
  let cancelTimer: CancelTimer = () => {};
  let queue = Promise.resolve();

  function sync(): Promise<void> {
    queue = queue.then(syncNow).catch((error: unknown) => console.error('LeadClip: reminders could not sync', error));
    return queue;
  }

  async function syncNow(): Promise<void> {
    const at = now();
    const tasks = await openTasks(db);
    const due = dueForNotification(at, tasks);
    await notify(due);
    const notified = new Set(due.map((task) => task.id));
    await clearSettledNotifications(tasks, at);
    await armAlarm(nextReminderAt(tasks.filter((task) => !notified.has(task.id))), at);
    const overdue = overdueLeadCount(at, tasks);
    await browser.action.setBadgeText({ text: overdue ? String(overdue) : '' });
    await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  }

  async function notify(due: Task[]): Promise<void> {
    if (!due.length) return;
    const leads = await db.leads.bulkGet(due.map((task) => task.leadId));
    // The same id replaces an existing notification, so a sync repeated after a crash between
    // showing and recording shows it once.
    await Promise.all(due.map((task, index) => browser.notifications.create(notificationId(task), notificationFor(task, leads[index], firefox))));
    await markNotified(
      db,
      due.map((task) => task.id),
      now(),
    );
  }

  /** A reminder the rep dealt with anywhere (side panel, popup) disappears from the tray too. */
  async function clearSettledNotifications(openNow: Task[], at: number): Promise<void> {
    const stillDue = new Set(openNow.filter((task) => task.dueAt <= at).map(notificationId));
    const shown = Object.keys(await browser.notifications.getAll());
    await Promise.all(
      shown.filter((id) => id.startsWith(NOTIFICATION_PREFIX) && !stillDue.has(id)).map((id) => browser.notifications.clear(id)),
    );
  }

  async function armAlarm(when: number | null, at: number): Promise<void> {
    cancelTimer();
    cancelTimer = () => {};
    const existing = await browser.alarms.get(REMINDER_ALARM);
    if (when === null) {
      if (existing) await browser.alarms.clear(REMINDER_ALARM);
      return;
    }
    // Chrome reports a clamped alarm at its clamped time; re-creating it would push it back.
    const clampedAlready = existing && when - at < ALARM_FLOOR_MS && existing.scheduledTime >= when && existing.scheduledTime <= at + ALARM_FLOOR_MS;
    if (existing?.scheduledTime !== when && !clampedAlready) await browser.alarms.create(REMINDER_ALARM, { when });
    if (when - at < ALARM_FLOOR_MS) cancelTimer = setTimer(() => void sync(), Math.max(0, when - at));
  }

  /** Runs a notification's action on its task; the listener's promise settles when done. */
  async function act(id: string, action: (task: Task) => Promise<unknown>): Promise<void> {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    await browser.notifications.clear(id);
    const task = await db.tasks.get(id.slice(NOTIFICATION_PREFIX.length));
    try {
      if (task && isOpen(task)) await action(task);
    } catch (error) {
      // A CommandError means it was handled elsewhere meanwhile (lead erased, task done).
      if (!(error instanceof CommandError)) console.error('LeadClip: notification action failed', error);
    }
    await sync();
  }

  async function markContacted(task: Task): Promise<void> {
    if (task.kind === 'meeting_confirmation') {
      await completeTask(db, task.id, now());
      return;
    }
    const lead = await db.leads.get(task.leadId);
    if (lead) await logContact(db, lead.id, defaultContactChannel(lead), now());
  }

  // Listeners return their promise so tests (and WXT's fakeBrowser) can await the sync.
  browser.alarms.onAlarm.addListener(async (alarm) => {
    // Other modules keep alarms of their own (e.g. 'leadclip-retention').
    if (alarm.name === REMINDER_ALARM) await sync();
  });
  browser.runtime.onInstalled.addListener(() => sync());
  browser.runtime.onStartup.addListener(() => sync());
  browser.notifications.onClicked.addListener((id) =>
    act(id, async (task) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?lead=${encodeURIComponent(task.leadId)}`) });
    }),
  );
  if (!firefox) {
    browser.notifications.onButtonClicked.addListener((id, button) =>
      act(id, (task) => (button === 0 ? markContacted(task) : snoozeTasks(db, { taskId: task.id }, '5m', now()))),
    );
  }
  // The worker just woke (install, browser start, an alarm, a message): catch up at once.
  void sync();
  return { sync };
}

function notificationFor(task: Task, lead: Lead | undefined, firefox: boolean) {
  const name = lead ? displayName(lead) : 'a lead';
  const about = lead ? [lead.company.name, lead.interest].filter(Boolean).join(' — ') : '';
  const base = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: `${TITLES[task.kind]}: ${name}`,
    message: about || 'Open LeadClip to see the lead.',
  };
  // Firefox has no buttons, priority or requireInteraction; there a click opens the lead.
  if (firefox) return base;
  const done = task.kind === 'meeting_confirmation' ? 'Meeting confirmed' : 'Mark contacted';
  return { ...base, priority: 2, requireInteraction: true, buttons: [{ title: done }, { title: 'Snooze 5 min' }] };
}
