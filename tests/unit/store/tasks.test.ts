// The timer commands end to end through the background router: capture → first-contact task,
// contact → follow-ups, snooze, meetings, and lead.nextDueAt kept equal to the earliest open task.
import { createRouter } from '@/entrypoints/background/router';
import type { LeadClipDb } from '@/lib/db';
import type { Lead, Task } from '@/lib/schema';
import { saveSettings } from '@/lib/store/settings';
import { freshDatabase, snapshot } from '../../helpers/db';
import { gmailDraft } from '../../helpers/fixtures';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const contentScript = { id: EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/#inbox/abc' };
const sidePanel = { id: EXTENSION_ID, url: `${ORIGIN}sidepanel.html` };
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
// Sunday 2026-11-22 15:00 UTC; the inquiry (gmailDraft) arrived two minutes earlier.
const INQUIRY_AT = Date.UTC(2026, 10, 22, 14, 58);
const CAPTURED_AT = INQUIRY_AT + 2 * MINUTE;

async function setup() {
  const db = freshDatabase();
  await saveSettings(db, { workingHours: { enabled: false, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'UTC' } });
  let clock = CAPTURED_AT;
  const route = createRouter({ db, now: () => clock, extensionId: EXTENSION_ID, extensionOrigin: ORIGIN });
  async function command<T>(name: string, payload: unknown, sender = sidePanel): Promise<T> {
    const reply = await route({ leadclip: 1, command: name, payload }, sender);
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value as T;
  }
  const { leadId } = await command<{ leadId: string }>('lead.capture', gmailDraft({ inquiryAt: INQUIRY_AT }), contentScript);
  return {
    db,
    route,
    leadId,
    command,
    setClock: (at: number) => {
      clock = at;
    },
  };
}

async function tasksOf(db: LeadClipDb, leadId: string): Promise<Omit<Task, 'id' | 'leadId'>[]> {
  const tasks = await db.tasks.where('leadId').equals(leadId).toArray();
  return tasks.sort((a, b) => a.dueAt - b.dueAt).map(({ id: _id, leadId: _lead, ...rest }) => rest);
}

const pending = (kind: Task['kind'], dueAt: number) => ({ kind, status: 'pending', dueAt, doneAt: null, notifiedAt: null });

describe('first-contact task', () => {
  it('is created with every new lead, due at inquiryAt + SLA, and sets lead.nextDueAt', async () => {
    const { db, leadId } = await setup();
    expect(await tasksOf(db, leadId)).toStrictEqual([pending('first_contact', INQUIRY_AT + 5 * MINUTE)]);
    expect((await db.leads.get(leadId))?.nextDueAt).toBe(INQUIRY_AT + 5 * MINUTE);
  });

  it('starts at capture time when the source has no inquiry date, with the SLA from settings', async () => {
    const { db, command } = await setup();
    await command('settings.update', { slaMinutes: 0.5 });
    const { leadId } = await command<{ leadId: string }>('lead.capture', gmailDraft({ inquiryAt: null, emails: ['tom@okafor.example'], phones: [] }), contentScript);
    expect(await tasksOf(db, leadId)).toStrictEqual([pending('first_contact', CAPTURED_AT + 30_000)]);
  });

  it('is not written when the capture fails, and the capture is not written without its task', async () => {
    const { db, route } = await setup();
    const before = await snapshot(db);
    vi.spyOn(db.tasks, 'add').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const reply = await route({ leadclip: 1, command: 'lead.capture', payload: gmailDraft({ fullName: 'Tom Okafor', emails: ['tom@okafor.example'], phones: [] }) }, contentScript);
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage_failed' } });
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('moves with inquiryAt when the rep corrects it, and stays put for other edits', async () => {
    const { db, leadId, command } = await setup();
    const edited = await command<Lead>('lead.update', { id: leadId, patch: { title: 'COO' } });
    expect(edited.nextDueAt).toBe(INQUIRY_AT + 5 * MINUTE);

    const moved = await command<Lead>('lead.update', { id: leadId, patch: { inquiryAt: INQUIRY_AT + 10 * MINUTE } });
    expect(moved.nextDueAt).toBe(INQUIRY_AT + 15 * MINUTE);
    expect(await tasksOf(db, leadId)).toStrictEqual([pending('first_contact', INQUIRY_AT + 15 * MINUTE)]);
  });
});

describe('settings.update and pending deadlines', () => {
  it('moves a pending first contact to the new SLA, and it may remind again when the new deadline is ahead', async () => {
    const { db, leadId, command, setClock } = await setup();
    // The 5-minute deadline passed and its reminder was shown.
    setClock(INQUIRY_AT + 6 * MINUTE);
    const [task] = await db.tasks.where('leadId').equals(leadId).toArray();
    await db.tasks.update(task!.id, { notifiedAt: INQUIRY_AT + 5 * MINUTE });

    await command('settings.update', { slaMinutes: 15 });
    expect(await tasksOf(db, leadId)).toStrictEqual([pending('first_contact', INQUIRY_AT + 15 * MINUTE)]);
    expect((await db.leads.get(leadId))?.nextDueAt).toBe(INQUIRY_AT + 15 * MINUTE);

    // Back to 3 minutes: the deadline is past again, and already reminded, so no second reminder.
    await db.tasks.update(task!.id, { notifiedAt: INQUIRY_AT + 6 * MINUTE });
    await command('settings.update', { slaMinutes: 3 });
    expect(await tasksOf(db, leadId)).toStrictEqual([{ ...pending('first_contact', INQUIRY_AT + 3 * MINUTE), notifiedAt: INQUIRY_AT + 6 * MINUTE }]);
  });

  it('counts working time when the rep switches the clock to working hours, and leaves other settings changes alone', async () => {
    const { db, leadId, command } = await setup();
    const before = await snapshot(db);
    await command('settings.update', { currency: 'EUR' });
    expect((await snapshot(db)).tasks).toStrictEqual(before.tasks);

    // Sunday 14:58 UTC: with Monday–Friday 09:00–17:00 the 5 minutes run from Monday 09:00.
    await command('settings.update', {
      firstContactClock: 'working_hours',
      workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'UTC' },
    });
    expect(await tasksOf(db, leadId)).toStrictEqual([pending('first_contact', Date.UTC(2026, 10, 23, 9, 5))]);
  });

  it('keeps a snoozed reminder at the time the rep chose', async () => {
    const { db, leadId, command, setClock } = await setup();
    setClock(INQUIRY_AT + 6 * MINUTE);
    await command('task.snooze', { leadId, duration: '1h' });
    const snoozed = await tasksOf(db, leadId);
    await command('settings.update', { slaMinutes: 30 });
    expect(await tasksOf(db, leadId)).toStrictEqual(snoozed);
  });
});

describe('lead.logContact', () => {
  it('completes the first contact, records it, moves the lead to contacted and schedules the cadence', async () => {
    const { db, leadId, command, setClock } = await setup();
    const contactedAt = CAPTURED_AT + 90_000;
    setClock(contactedAt);

    const lead = await command<Lead>('lead.logContact', { id: leadId, channel: 'call' });

    expect(lead).toMatchObject({ stage: 'contacted', firstContactAt: contactedAt, updatedAt: contactedAt, nextDueAt: contactedAt + DAY });
    expect(lead.firstContactAt! - lead.source.inquiryAt).toBe(3.5 * MINUTE);
    expect(await tasksOf(db, leadId)).toStrictEqual([
      { kind: 'first_contact', status: 'done', dueAt: INQUIRY_AT + 5 * MINUTE, doneAt: contactedAt, notifiedAt: null },
      pending('follow_up', contactedAt + DAY),
      pending('follow_up', contactedAt + 3 * DAY),
      pending('follow_up', contactedAt + 7 * DAY),
    ]);
    const activities = await db.activities.where('leadId').equals(leadId).sortBy('type');
    expect(activities.filter((a) => a.at === contactedAt).map(({ id: _id, ...rest }) => rest)).toStrictEqual([
      { leadId, at: contactedAt, type: 'contacted', channel: 'call' },
      { leadId, at: contactedAt, type: 'stage_changed', from: 'new', to: 'contacted' },
    ]);
  });

  it('on a later contact completes the due follow-ups, keeps the first contact time and schedules nothing new', async () => {
    const { db, leadId, command, setClock } = await setup();
    await command('lead.logContact', { id: leadId, channel: 'email' });
    setClock(CAPTURED_AT + DAY + MINUTE);

    const lead = await command<Lead>('lead.logContact', { id: leadId, channel: 'linkedin' });

    expect(lead).toMatchObject({ stage: 'contacted', firstContactAt: CAPTURED_AT, nextDueAt: CAPTURED_AT + 3 * DAY });
    expect((await tasksOf(db, leadId)).map((t) => `${t.kind}:${t.status}`)).toStrictEqual([
      'first_contact:done',
      'follow_up:done',
      'follow_up:pending',
      'follow_up:pending',
    ]);
    const stageChanges = await db.activities.where('type').equals('stage_changed').count();
    expect(stageChanges).toBe(1);
  });

  it('answers an unknown lead or channel with a typed error and changes nothing', async () => {
    const { db, route } = await setup();
    const before = await snapshot(db);
    expect(await route({ leadclip: 1, command: 'lead.logContact', payload: { id: 'nope', channel: 'call' } }, sidePanel)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await route({ leadclip: 1, command: 'lead.logContact', payload: { id: 'nope', channel: 'fax' } }, sidePanel)).toMatchObject({
      ok: false,
      error: { code: 'invalid_message' },
    });
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('is refused from a content script', async () => {
    const { leadId, route } = await setup();
    const reply = await route({ leadclip: 1, command: 'lead.logContact', payload: { id: leadId, channel: 'call' } }, contentScript);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('task.snooze', () => {
  it('puts an overdue lead off by 5 minutes and resets its notification', async () => {
    const { db, leadId, command, setClock } = await setup();
    const late = INQUIRY_AT + 7 * MINUTE;
    setClock(late);
    await db.tasks.where('leadId').equals(leadId).modify({ notifiedAt: INQUIRY_AT + 5 * MINUTE });

    const snoozed = await command<Task[]>('task.snooze', { leadId, duration: '5m' });

    expect(snoozed).toStrictEqual([expect.objectContaining({ status: 'snoozed', dueAt: late + 5 * MINUTE, notifiedAt: null })]);
    expect((await db.leads.get(leadId))?.nextDueAt).toBe(late + 5 * MINUTE);
  });

  it('never brings a reminder forward: a snooze that would move nothing is refused saying when it is due; a single task snoozes by id', async () => {
    const { db, leadId, command, setClock } = await setup();
    await command('lead.logContact', { id: leadId, channel: 'email' });
    const [followUp] = await db.tasks.where('leadId').equals(leadId).filter((t) => t.kind === 'follow_up').sortBy('dueAt');
    const before = await snapshot(db);

    // Issue 17: "Snooze 1 h" on tomorrow's follow-up used to succeed and change nothing (the chip kept 23:59).
    await expect(command<Task[]>('task.snooze', { taskId: followUp!.id, duration: '1h' })).rejects.toThrow(
      'invalid_transition: That reminder is already due later, tomorrow 15:00.',
    );
    expect(await snapshot(db)).toStrictEqual(before);

    setClock(followUp!.dueAt - 10 * MINUTE);
    const [snoozed] = await command<Task[]>('task.snooze', { taskId: followUp!.id, duration: '1h' });
    expect(snoozed).toStrictEqual({ ...followUp, status: 'snoozed', dueAt: followUp!.dueAt + 50 * MINUTE });
    expect(await db.leads.get(leadId)).toMatchObject({ nextDueAt: followUp!.dueAt + 50 * MINUTE, nextTask: { kind: 'follow_up', late: false, meetingAt: null } });
  });

  it('refuses a lead with nothing to snooze and a finished task', async () => {
    const { db, leadId, route, command } = await setup();
    const [firstContact] = await db.tasks.where('leadId').equals(leadId).toArray();
    await db.tasks.clear();
    expect(await route({ leadclip: 1, command: 'task.snooze', payload: { leadId, duration: '5m' } }, sidePanel)).toMatchObject({
      ok: false,
      error: { code: 'invalid_transition', message: 'This lead has no reminder to snooze.' },
    });
    await db.tasks.put({ ...firstContact!, status: 'done', doneAt: 1 });
    await expect(command('task.snooze', { taskId: firstContact!.id, duration: '5m' })).rejects.toThrow('invalid_transition');
    expect(await route({ leadclip: 1, command: 'task.snooze', payload: { leadId, taskId: 'x', duration: '5m' } }, sidePanel)).toMatchObject({
      ok: false,
      error: { code: 'invalid_message' },
    });
  });
});

describe('meeting.book and task.complete', () => {
  it('records the meeting, sets a confirmation reminder 24 h before, and confirming it records meeting_confirmed', async () => {
    const { db, leadId, command, setClock } = await setup();
    await command('lead.logContact', { id: leadId, channel: 'call' });
    const meetingAt = CAPTURED_AT + 2 * DAY + 60 * MINUTE;

    const task = await command<Task>('meeting.book', { id: leadId, meetingAt });

    expect(task).toStrictEqual({ id: expect.any(String), leadId, ...pending('meeting_confirmation', meetingAt - DAY), meetingAt });
    expect((await db.leads.get(leadId))?.nextDueAt).toBe(CAPTURED_AT + DAY);
    const booked = await db.activities.where('type').equals('meeting_booked').toArray();
    expect(booked).toStrictEqual([{ id: expect.any(String), leadId, at: CAPTURED_AT, type: 'meeting_booked', meetingAt }]);

    setClock(meetingAt - DAY + MINUTE);
    const done = await command<Task>('task.complete', { taskId: task.id });
    expect(done).toStrictEqual({ ...task, status: 'done', doneAt: meetingAt - DAY + MINUTE });
    expect(await db.activities.where('type').equals('meeting_confirmed').count()).toBe(1);
  });

  it('rebooking moves the one open confirmation reminder; a same-day meeting is confirmed 1 h before', async () => {
    const { db, leadId, command } = await setup();
    await command('meeting.book', { id: leadId, meetingAt: CAPTURED_AT + 3 * DAY });
    await command('meeting.book', { id: leadId, meetingAt: CAPTURED_AT + 5 * 60 * MINUTE });
    const confirmations = (await tasksOf(db, leadId)).filter((t) => t.kind === 'meeting_confirmation');
    expect(confirmations).toStrictEqual([{ ...pending('meeting_confirmation', CAPTURED_AT + 4 * 60 * MINUTE), meetingAt: CAPTURED_AT + 5 * 60 * MINUTE }]);
  });

  it('refuses a meeting in the past and completing a first contact without logging it', async () => {
    const { db, leadId, command } = await setup();
    await expect(command('meeting.book', { id: leadId, meetingAt: CAPTURED_AT - MINUTE })).rejects.toThrow(
      'invalid_transition: That meeting time has already passed.',
    );
    const [firstContact] = await db.tasks.toArray();
    await expect(command('task.complete', { taskId: firstContact!.id })).rejects.toThrow('Mark contacted');
  });
});

describe('clocks that tell the truth (issue 17)', () => {
  const HOUR = 60 * MINUTE;
  const profile = { channel: 'linkedin' as const, sourceUrl: 'https://www.linkedin.com/in/ada-lovelace-42/', emails: [], phones: [], linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace-42/', fullName: 'Ada Lovelace', inquiryAt: null };

  it('a prospect clipped from a profile gets no first-contact clock; the rep can switch it to an inquiry and back', async () => {
    const { db, command } = await setup();
    const { leadId } = await command<{ leadId: string }>('lead.capture', gmailDraft(profile), contentScript);
    expect(await db.leads.get(leadId)).toMatchObject({ inbound: false, nextDueAt: null, nextTask: null });
    expect(await tasksOf(db, leadId)).toStrictEqual([]);

    await command('lead.setInbound', { id: leadId, inbound: true });
    expect(await tasksOf(db, leadId)).toStrictEqual([pending('first_contact', CAPTURED_AT + 5 * MINUTE)]);
    expect(await db.leads.get(leadId)).toMatchObject({ inbound: true, nextDueAt: CAPTURED_AT + 5 * MINUTE, nextTask: { kind: 'first_contact', late: false, meetingAt: null } });

    await command('lead.setInbound', { id: leadId, inbound: false });
    expect(await tasksOf(db, leadId)).toStrictEqual([]);
    expect(await db.leads.get(leadId)).toMatchObject({ inbound: false, nextDueAt: null });
  });

  it('a prospect who later writes in gets the reply clock from that inquiry', async () => {
    const { db, command } = await setup();
    const { leadId } = await command<{ leadId: string }>('lead.capture', gmailDraft({ ...profile, emails: ['ada@analytical.example'] }), contentScript);
    const inquiryAt = CAPTURED_AT - MINUTE;
    await command('lead.capture', gmailDraft({ fullName: 'Ada Lovelace', emails: ['ada@analytical.example'], phones: [], inquiryAt }), contentScript);
    expect(await db.leads.get(leadId)).toMatchObject({ inbound: true, nextDueAt: inquiryAt + 5 * MINUTE });
    expect(await tasksOf(db, leadId)).toStrictEqual([pending('first_contact', inquiryAt + 5 * MINUTE)]);
  });

  it('a LinkedIn message and an email are inquiries; the draft can say otherwise', async () => {
    const { db, command } = await setup();
    const message = await command<{ leadId: string }>(
      'lead.capture',
      gmailDraft({ ...profile, linkedinUrl: 'https://www.linkedin.com/in/grace/', sourceUrl: 'https://www.linkedin.com/messaging/thread/2-abc/' }),
      contentScript,
    );
    expect(await db.leads.get(message.leadId)).toMatchObject({ inbound: true, nextDueAt: CAPTURED_AT + 5 * MINUTE });
    const outbound = await command<{ leadId: string }>('lead.capture', gmailDraft({ emails: ['ops@other.example'], phones: [], inbound: false }), contentScript);
    expect(await db.leads.get(outbound.leadId)).toMatchObject({ inbound: false, nextDueAt: null });
  });

  it('an inquiry older than the late limit is captured late: no reminder, no badge count, one quiet task', async () => {
    const { db, command } = await setup();
    const inquiryAt = CAPTURED_AT - 3 * DAY;
    const { leadId } = await command<{ leadId: string }>('lead.capture', gmailDraft({ emails: ['late@other.example'], phones: [], inquiryAt }), contentScript);
    expect(await tasksOf(db, leadId)).toStrictEqual([{ ...pending('first_contact', inquiryAt + 5 * MINUTE), late: true, notifiedAt: CAPTURED_AT }]);
    expect(await db.leads.get(leadId)).toMatchObject({ nextTask: { kind: 'first_contact', late: true, meetingAt: null } });
    const { dueForNotification, overdueLeadCount } = await import('@/lib/timers/tasks');
    const tasks = await db.tasks.where('leadId').equals(leadId).toArray();
    expect([dueForNotification(CAPTURED_AT + HOUR, tasks), overdueLeadCount(CAPTURED_AT + HOUR, tasks)]).toStrictEqual([[], 0]);

    await saveSettings(db, { lateInquiryHours: 24 * 7 });
    const recent = await command<{ leadId: string }>('lead.capture', gmailDraft({ emails: ['recent@other.example'], phones: [], inquiryAt }), contentScript);
    expect((await tasksOf(db, recent.leadId))[0]).toStrictEqual(pending('first_contact', inquiryAt + 5 * MINUTE));
  });

  it("the rep's reply found in a clipped thread is the first contact, at the reply's time; past follow-ups are not raised", async () => {
    const { db, command } = await setup();
    const inquiryAt = CAPTURED_AT - 17 * DAY;
    const repliedAt = inquiryAt + 25 * MINUTE;
    const { leadId } = await command<{ leadId: string }>('lead.capture', gmailDraft({ emails: ['marta@vistula.example'], phones: [], inquiryAt, repliedAt }), contentScript);
    const lead = await db.leads.get(leadId);
    expect(lead).toMatchObject({ stage: 'contacted', firstContactAt: repliedAt, nextTask: { kind: 'follow_up', late: false, meetingAt: null } });
    // Every follow-up of the 1/3/7-day cadence is past: one follow-up the next morning (working hours off: 09:00 UTC).
    expect(await tasksOf(db, leadId)).toStrictEqual([pending('follow_up', Date.UTC(2026, 10, 23, 9, 0))]);
    const contacted = await db.activities.where('type').equals('contacted').toArray();
    expect(contacted).toStrictEqual([{ id: expect.any(String), leadId, at: repliedAt, type: 'contacted', channel: 'email' }]);
  });

  it('re-clipping the thread after replying completes the waiting first contact', async () => {
    const { db, leadId, command } = await setup();
    await command('lead.capture', gmailDraft({ inquiryAt: INQUIRY_AT, repliedAt: INQUIRY_AT + MINUTE }), contentScript);
    expect(await db.leads.get(leadId)).toMatchObject({ stage: 'contacted', firstContactAt: INQUIRY_AT + MINUTE });
    expect((await tasksOf(db, leadId)).map((task) => `${task.kind}:${task.status}`)).toStrictEqual([
      'first_contact:done',
      'follow_up:pending',
      'follow_up:pending',
      'follow_up:pending',
    ]);
  });

  it('booking a meeting counts as first contact and the lead says which meeting is next', async () => {
    const { db, leadId, command } = await setup();
    const meetingAt = CAPTURED_AT + 3 * HOUR;
    await command('meeting.book', { id: leadId, meetingAt });
    expect(await db.leads.get(leadId)).toMatchObject({
      stage: 'contacted',
      firstContactAt: CAPTURED_AT,
      nextDueAt: meetingAt - HOUR,
      nextTask: { kind: 'meeting_confirmation', late: false, meetingAt },
    });
  });
});
