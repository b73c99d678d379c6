// The reminder loop with WXT's in-memory browser and a fixed clock: one alarm for the earliest
// open task, notifications once, badge = overdue leads, notification buttons and clicks.
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REMINDER_ALARM, startReminders } from '@/entrypoints/background/reminders';
import { createRouter } from '@/entrypoints/background/router';
import type { LeadClipDb } from '@/lib/db';
import type { Lead, Task } from '@/lib/schema';
import { saveSettings } from '@/lib/store/settings';
import { nextReminderAt, overdueLeadCount } from '@/lib/timers/tasks';
import { freshDatabase } from '../../helpers/db';
import { gmailDraft } from '../../helpers/fixtures';

const ORIGIN = fakeBrowser.runtime.getURL('/');
const page = { id: fakeBrowser.runtime.id, url: `${ORIGIN}sidepanel.html` };
const MINUTE = 60_000;
const START = Date.UTC(2026, 10, 23, 10, 0);

async function setup() {
  vi.setSystemTime(START);
  const db = freshDatabase();
  await saveSettings(db, { workingHours: { enabled: false, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'UTC' } });
  const timers: { delay: number; run: () => void }[] = [];
  const reminders = startReminders(db, {
    setTimer: (run, delay) => {
      timers.push({ run, delay });
      return () => {};
    },
  });
  const route = createRouter({ db, now: () => Date.now(), extensionId: fakeBrowser.runtime.id, extensionOrigin: ORIGIN, afterWrite: reminders.sync });
  async function command<T>(name: string, payload: unknown): Promise<T> {
    const reply = await route({ leadclip: 1, command: name, payload }, page);
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value as T;
  }
  const capture = async (overrides = {}) =>
    (await command<{ leadId: string }>('lead.capture', gmailDraft({ inquiryAt: null, ...overrides }))).leadId;
  return { db, reminders, command, capture, timers };
}

const alarms = async () => (await fakeBrowser.alarms.getAll()).map(({ name, scheduledTime }) => ({ name, scheduledTime }));
const badge = () => fakeBrowser.action.getBadgeText({});
const notificationIds = async () => Object.keys(await fakeBrowser.notifications.getAll());

async function fireAlarmAt(at: number) {
  vi.setSystemTime(at);
  await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: at, persistAcrossSessions: false });
}

describe('reminder alarm', () => {
  it('is set for the first-contact deadline of a captured lead, with no notification and no badge yet', async () => {
    const { capture } = await setup();
    await capture();
    expect(await alarms()).toStrictEqual([{ name: REMINDER_ALARM, scheduledTime: START + 5 * MINUTE }]);
    expect(await notificationIds()).toStrictEqual([]);
    expect(await badge()).toBe('');
  });

  it('notifies when it fires, counts the lead on the badge and records notifiedAt for the delay figure', async () => {
    const { db, capture } = await setup();
    const leadId = await capture();
    await capture({ fullName: 'Tom Okafor', emails: ['tom@okafor.example'], phones: [] });

    await fireAlarmAt(START + 5 * MINUTE + 250);

    const tasks = await db.tasks.toArray();
    expect(tasks.map((task) => task.notifiedAt)).toStrictEqual([START + 5 * MINUTE + 250, START + 5 * MINUTE + 250]);
    expect((await notificationIds()).sort()).toStrictEqual(tasks.map((task) => `leadclip-task:${task.id}`).sort());
    const options = fakeBrowser.notifications.getAllCreateOptions()[`leadclip-task:${tasks.find((t) => t.leadId === leadId)!.id}`];
    expect(options).toStrictEqual({
      type: 'basic',
      iconUrl: fakeBrowser.runtime.getURL('/icon/128.png'),
      title: 'First contact due: Priya Raman',
      message: 'Northwind Logistics — Pricing for 40 trucks',
      priority: 2,
      requireInteraction: true,
      buttons: [{ title: 'Mark contacted' }, { title: 'Snooze 5 min' }],
    });
    expect(await badge()).toBe('2');
    expect(await alarms()).toStrictEqual([]);
  });

  it('leaves the buttons out on Firefox, where a click on the notification opens the lead', async () => {
    const db = freshDatabase();
    vi.setSystemTime(START);
    await createLeadWithTask(db, START - MINUTE);
    await startReminders(db, { firefox: true, setTimer: () => () => {} }).sync();
    expect(Object.values(fakeBrowser.notifications.getAllCreateOptions())).toStrictEqual([
      {
        type: 'basic',
        iconUrl: fakeBrowser.runtime.getURL('/icon/128.png'),
        title: 'First contact due: Priya Raman',
        message: 'Northwind Logistics — Pricing for 40 trucks',
      },
    ]);
  });

  it('ignores alarms of other modules', async () => {
    const { db, capture } = await setup();
    await capture();
    vi.setSystemTime(START + 10 * MINUTE);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'leadclip-retention', scheduledTime: START, persistAcrossSessions: false });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(create).not.toHaveBeenCalled();
    expect((await db.tasks.toArray())[0]?.notifiedAt).toBeNull();
  });

  it('adds an in-worker timer for due times closer than Chrome\'s 30 s alarm floor', async () => {
    const { command, capture, timers } = await setup();
    await command('settings.update', { slaMinutes: 0.25 });
    await capture();
    expect(timers.at(-1)?.delay).toBe(15_000);
    expect(await alarms()).toStrictEqual([{ name: REMINDER_ALARM, scheduledTime: START + 15_000 }]);
  });
});

describe('overdue on start', () => {
  it('notifies a task that came due while the browser was closed, exactly once across restarts', async () => {
    const db = freshDatabase();
    vi.setSystemTime(START);
    const lead = await createLeadWithTask(db, START - 2 * 60 * MINUTE);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');

    vi.setSystemTime(START + 60 * MINUTE);
    const first = startReminders(db, { setTimer: () => () => {} });
    await fakeBrowser.runtime.onStartup.trigger();
    await first.sync(); // the sync the wake itself queued
    expect(create).toHaveBeenCalledTimes(1);
    expect(await badge()).toBe('1');

    // The worker sleeps and wakes again (new module instance), then the browser restarts.
    const second = startReminders(db, { setTimer: () => () => {} });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await second.sync(); // the sync the wake itself queued
    expect(create).toHaveBeenCalledTimes(1);
    expect((await db.tasks.get(`${lead.id}-task`))?.notifiedAt).toBe(START + 60 * MINUTE);
    expect(await badge()).toBe('1');
    expect(await alarms()).toStrictEqual([]);
  });
});

describe('notification actions', () => {
  async function notified() {
    const env = await setup();
    const leadId = await env.capture();
    await fireAlarmAt(START + 6 * MINUTE);
    const [task] = await env.db.tasks.toArray();
    return { ...env, leadId, id: `leadclip-task:${task!.id}`, task: task! };
  }

  it('"Mark contacted" logs the contact on the inquiry channel, clears the notification and the badge', async () => {
    const { db, leadId, id } = await notified();
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 0);
    expect(await db.leads.get(leadId)).toMatchObject({ stage: 'contacted', firstContactAt: START + 6 * MINUTE });
    expect(await db.activities.where('type').equals('contacted').toArray()).toMatchObject([{ channel: 'email' }]);
    expect(await notificationIds()).toStrictEqual([]);
    expect(await badge()).toBe('');
    expect(await alarms()).toStrictEqual([{ name: REMINDER_ALARM, scheduledTime: START + 6 * MINUTE + 24 * 60 * MINUTE }]);
  });

  it('"Snooze 5 min" moves the reminder and re-arms the alarm', async () => {
    const { db, task, id } = await notified();
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 1);
    expect(await db.tasks.get(task.id)).toStrictEqual({ ...task, status: 'snoozed', dueAt: START + 11 * MINUTE, notifiedAt: null });
    expect(await notificationIds()).toStrictEqual([]);
    expect(await badge()).toBe('');
    expect(await alarms()).toStrictEqual([{ name: REMINDER_ALARM, scheduledTime: START + 11 * MINUTE }]);
  });

  it('a click opens the lead in an extension tab', async () => {
    const { leadId, id } = await notified();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(id);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL(`/sidepanel.html?lead=${leadId}`) });
  });

  it('erasing the lead clears its notification and the badge', async () => {
    const { command, leadId } = await notified();
    await command('lead.delete', { id: leadId });
    expect(await notificationIds()).toStrictEqual([]);
    expect(await badge()).toBe('');
    expect(await alarms()).toStrictEqual([]);
  });

  it('a contact logged in the side panel clears the notification too', async () => {
    const { command, leadId } = await notified();
    await command('lead.logContact', { id: leadId, channel: 'call' });
    expect(await notificationIds()).toStrictEqual([]);
  });
});

async function createLeadWithTask(db: LeadClipDb, dueAt: number): Promise<Lead> {
  const router = createRouter({ db, now: () => dueAt - 5 * MINUTE, extensionId: fakeBrowser.runtime.id, extensionOrigin: ORIGIN });
  const reply = await router({ leadclip: 1, command: 'lead.capture', payload: gmailDraft({ inquiryAt: null }) }, page);
  if (!reply.ok) throw new Error(reply.error.message);
  const lead = (await db.leads.toArray())[0]!;
  const [task] = await db.tasks.toArray();
  await db.tasks.delete(task!.id);
  await db.tasks.add({ ...task!, id: `${lead.id}-task` });
  return lead;
}

describe('one alarm, always the earliest pending due time (property)', () => {
  type Step =
    | { kind: 'capture'; inquiryAgo: number }
    | { kind: 'contact'; pick: number }
    | { kind: 'snoozeLead'; pick: number; duration: '5m' | '1h' | 'tomorrow' }
    | { kind: 'snoozeTask'; pick: number; duration: '5m' | '1h' | 'tomorrow' }
    | { kind: 'complete'; pick: number }
    | { kind: 'book'; pick: number; inMinutes: number }
    | { kind: 'wait'; minutes: number };

  const duration = fc.constantFrom('5m' as const, '1h' as const, 'tomorrow' as const);
  const pick = fc.nat(50);
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('capture' as const), inquiryAgo: fc.integer({ min: 0, max: 20 }) }),
    fc.record({ kind: fc.constant('contact' as const), pick }),
    fc.record({ kind: fc.constant('snoozeLead' as const), pick, duration }),
    fc.record({ kind: fc.constant('snoozeTask' as const), pick, duration }),
    fc.record({ kind: fc.constant('complete' as const), pick }),
    fc.record({ kind: fc.constant('book' as const), pick, inMinutes: fc.integer({ min: 1, max: 4 * 24 * 60 }) }),
    fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 3 * 24 * 60 }) }),
  );

  async function apply(env: Awaited<ReturnType<typeof setup>>, action: Step): Promise<void> {
    const leads = await env.db.leads.orderBy('createdAt').toArray();
    const tasks = await env.db.tasks.orderBy('id').toArray();
    const lead = leads.length ? leads[('pick' in action ? action.pick : 0) % leads.length] : undefined;
    const task = tasks.length ? tasks[('pick' in action ? action.pick : 0) % tasks.length] : undefined;
    // Commands the store refuses (nothing to snooze, a done task) are part of the sequence too.
    const attempt = (promise: Promise<unknown>) => promise.catch((error: Error) => expect(error.message).toMatch(/^invalid_transition/));
    switch (action.kind) {
      case 'capture':
        await env.capture({ inquiryAt: Date.now() - action.inquiryAgo * MINUTE, emails: [`lead${leads.length}@example.com`], phones: [] });
        break;
      case 'contact':
        if (lead) await env.command('lead.logContact', { id: lead.id, channel: 'email' });
        break;
      case 'snoozeLead':
        if (lead) await attempt(env.command('task.snooze', { leadId: lead.id, duration: action.duration }));
        break;
      case 'snoozeTask':
        if (task) await attempt(env.command('task.snooze', { taskId: task.id, duration: action.duration }));
        break;
      case 'complete':
        if (task) await attempt(env.command('task.complete', { taskId: task.id }));
        break;
      case 'book':
        if (lead) await env.command('meeting.book', { id: lead.id, meetingAt: Date.now() + action.inMinutes * MINUTE });
        break;
      case 'wait': {
        // Time passes; the alarm fires if it was due (as Chrome would).
        const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
        const until = Date.now() + action.minutes * MINUTE;
        if (alarm && alarm.scheduledTime <= until) await fireAlarmAt(Math.max(alarm.scheduledTime, Date.now()));
        // The worker wakes later (a message, the browser starting): it catches up on its own.
        vi.setSystemTime(until);
        await env.reminders.sync();
      }
    }
  }

  async function checkInvariants(db: LeadClipDb): Promise<void> {
    const tasks: Task[] = await db.tasks.toArray();
    const next = nextReminderAt(tasks);
    const reminderAlarms = (await fakeBrowser.alarms.getAll()).filter((alarm) => alarm.name === REMINDER_ALARM);
    expect(reminderAlarms.map((alarm) => alarm.scheduledTime)).toStrictEqual(next === null ? [] : [next]);
    expect(next === null || next > Date.now()).toBe(true);
    for (const lead of await db.leads.toArray()) {
      const own = tasks.filter((task) => task.leadId === lead.id && (task.status === 'pending' || task.status === 'snoozed'));
      expect(lead.nextDueAt).toBe(own.length ? Math.min(...own.map((task) => task.dueAt)) : null);
    }
    const overdue = overdueLeadCount(Date.now(), tasks);
    expect(await badge()).toBe(overdue ? String(overdue) : '');
  }

  it('holds after any sequence of captures, contacts, snoozes, completions, bookings and waits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        fakeBrowser.reset();
        const env = await setup();
        for (const action of steps) {
          await apply(env, action);
          await checkInvariants(env.db);
        }
        env.db.close();
      }),
      { numRuns: 40 },
    );
  });
});
