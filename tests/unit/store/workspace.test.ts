import { createRouter } from '@/entrypoints/background/router';
import type { LeadClipDb } from '@/lib/db';
import { handOff } from '@/lib/store/handoffs';
import { captureLead } from '@/lib/store/capture';
import { rescoreAll } from '@/lib/store/scores';
import { saveSettings } from '@/lib/store/settings';
import { defaultTemplate, templatePayload } from '@/lib/templates';
import { freshDatabase, snapshot } from '../../helpers/db';
import { gmailDraft } from '../../helpers/fixtures';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const sidePanel = { id: EXTENSION_ID, url: `${ORIGIN}sidepanel.html` };
const NOW = Date.UTC(2026, 10, 20, 14, 10);

async function setup() {
  const db = freshDatabase();
  const route = createRouter({ db, now: () => NOW, extensionId: EXTENSION_ID, extensionOrigin: ORIGIN });
  const send = (command: string, payload: unknown) => route({ leadclip: 1, command, payload }, sidePanel);
  const { leadId } = await captureLead(db, gmailDraft(), NOW - 5 * 60_000);
  return { db, send, leadId };
}

async function answerAll(send: (c: string, p: unknown) => Promise<unknown>, leadId: string, items: string[], value = 'yes') {
  for (const itemId of items) await send('checklist.answer', { leadId, itemId, value, note: null });
}

describe('checklist answers', () => {
  it('saves each answer, moves the lead to qualifying, then to qualified once it scores SQL', async () => {
    const { db, send, leadId } = await setup();
    const first = await send('checklist.answer', { leadId, itemId: 'timing', value: 'yes', note: '< 3 months' });
    expect(first).toMatchObject({ ok: true, value: { lead: { stage: 'qualifying', score: 12, tier: 'cold' } } });

    await answerAll(send, leadId, ['budget', 'authority', 'need']);
    expect(await db.leads.get(leadId)).toMatchObject({ stage: 'qualifying', score: 64, tier: 'mql' });
    await answerAll(send, leadId, ['fit']);

    expect(await db.leads.get(leadId)).toMatchObject({ stage: 'qualified', score: 72, tier: 'sql' });
    expect((await db.checklists.get(leadId))?.answers.timing).toStrictEqual({ value: 'yes', note: '< 3 months', answeredAt: NOW });
    const stageMoves = (await db.activities.where('type').equals('stage_changed').toArray()).map((a) => a.type === 'stage_changed' && [a.from, a.to]);
    // Both moves share the test clock's instant, so compare them as a set.
    expect(stageMoves.sort()).toStrictEqual([
      ['new', 'qualifying'],
      ['qualifying', 'qualified'],
    ]);
    expect(await db.activities.where('type').equals('checklist_answered').count()).toBe(5);
  });

  it('refuses an item that is not in the template and changes nothing', async () => {
    const { db, send, leadId } = await setup();
    await send('checklist.answer', { leadId, itemId: 'budget', value: 'yes', note: null });
    const before = await snapshot(db);
    const reply = await send('checklist.answer', { leadId, itemId: 'golf-handicap', value: 'yes', note: null });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await snapshot(db)).toStrictEqual(before);
  });
});

describe('stage changes and outcomes', () => {
  it('moves along allowed transitions and names the allowed ones when refusing', async () => {
    const { db, send, leadId } = await setup();
    expect(await send('lead.changeStage', { id: leadId, to: 'contacted' })).toMatchObject({ ok: true, value: { stage: 'contacted' } });
    expect(await send('lead.changeStage', { id: leadId, to: 'new' })).toStrictEqual({
      ok: false,
      error: {
        code: 'invalid_transition',
        message:
          'A lead cannot move from Contacted to New. From Contacted you can move to Qualifying, Qualified or Nurturing, or use "Hand off", "Log won" or "Log lost".',
        issues: [],
      },
    });
    expect(await send('lead.changeStage', { id: leadId, to: 'handed_off' })).toMatchObject({
      ok: false,
      error: { message: 'Use "Hand off" instead: it checks the checklist and records the handoff note.' },
    });
    expect((await db.leads.get(leadId))?.stage).toBe('contacted');
  });

  it('logs a note, a meeting held, and a loss with its reason', async () => {
    const { db, send, leadId } = await setup();
    expect(await send('lead.addNote', { id: leadId, text: '  Wants a demo for the night shift.  ' })).toMatchObject({
      ok: true,
      value: { type: 'note', text: 'Wants a demo for the night shift.', at: NOW },
    });
    expect(await send('lead.addNote', { id: leadId, text: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
    await send('lead.logOutcome', { id: leadId, outcome: 'meeting_held' });
    // A meeting held is a contact: the lead is no longer New, and its engagement (meeting, first contact) scores.
    expect(await db.leads.get(leadId)).toMatchObject({ score: 12, stage: 'contacted', firstContactAt: NOW });
    await send('lead.logOutcome', { id: leadId, outcome: 'lost', reason: 'Chose a competitor' });
    expect((await db.leads.get(leadId))?.stage).toBe('lost');
    expect(await send('lead.logOutcome', { id: leadId, outcome: 'won', value: 1000, currency: 'USD' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_transition', message: 'A lead cannot move from Lost to Won. From Lost you can move to Nurturing.' },
    });
    const types = (await db.activities.where('leadId').equals(leadId).toArray()).map((a) => a.type).sort();
    expect(types).toStrictEqual(['captured', 'lost', 'meeting_held', 'note', 'stage_changed', 'stage_changed']);
  });

  it('logs a win straight from New: a rep closes their own deal without a handoff', async () => {
    const { db, send, leadId } = await setup();
    expect(await send('lead.logOutcome', { id: leadId, outcome: 'won', value: 48000, currency: 'EUR' })).toMatchObject({ ok: true, value: { stage: 'won', nextDueAt: null } });
    const won = await db.activities.where('type').equals('won').toArray();
    expect(won).toStrictEqual([{ id: expect.any(String), leadId, at: NOW, type: 'won', value: 48000, currency: 'EUR' }]);
    expect(await db.tasks.where('leadId').equals(leadId).filter((task) => task.status !== 'done').count()).toBe(0);
  });

  it('refuses "Meeting held" for a meeting still ahead, naming when it is', async () => {
    const { db, send, leadId } = await setup();
    await send('meeting.book', { id: leadId, meetingAt: NOW + 2 * 24 * 3_600_000 });
    const before = await snapshot(db);
    const reply = await send('lead.logOutcome', { id: leadId, outcome: 'meeting_held' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_transition', message: expect.stringMatching(/^The meeting is booked for \w{3} \d{1,2}:\d\d: log it as held once it has started\.$/) } });
    expect(await snapshot(db)).toStrictEqual(before);
  });
});

describe('handoff', () => {
  it('is refused naming every required question without a yes or no', async () => {
    const { db, send, leadId } = await setup();
    await send('checklist.answer', { leadId, itemId: 'budget', value: 'yes', note: null });
    await send('checklist.answer', { leadId, itemId: 'authority', value: 'unknown', note: null });
    const before = await snapshot(db);
    const reply = await send('lead.handoff', { id: leadId, note: 'Hot lead', format: 'text', via: 'copy', to: null });
    expect(reply).toStrictEqual({
      ok: false,
      error: {
        code: 'invalid_transition',
        message:
          'Hand off needs an answer (yes or no) to: "Is this person the decision maker, or do we know who is?", "Do they have a clear need we solve?", "Do they want to buy within 3 months?".',
        issues: ['Is this person the decision maker, or do we know who is?', 'Do they have a clear need we solve?', 'Do they want to buy within 3 months?'],
      },
    });
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('records the note, a handed_off activity and the stage once the required items are answered', async () => {
    const { db, send, leadId } = await setup();
    await answerAll(send, leadId, ['budget', 'authority', 'need']);
    await send('checklist.answer', { leadId, itemId: 'timing', value: 'no', note: 'next year' });
    const reply = await send('lead.handoff', { id: leadId, note: 'Hot lead: call Priya.', format: 'markdown', via: 'copy', to: null });
    expect(reply).toStrictEqual({
      ok: true,
      value: {
        id: expect.any(String),
        leadId,
        createdAt: NOW,
        note: 'Hot lead: call Priya.',
        format: 'markdown',
        via: 'copy',
        to: null,
        result: { ok: true, status: null, error: null },
      },
    });
    expect((await db.leads.get(leadId))?.stage).toBe('handed_off');
    expect(await db.handoffs.count()).toBe(1);
    expect((await db.activities.where('type').equals('handed_off').toArray()).map((a) => a.type === 'handed_off' && a.via)).toStrictEqual(['copy']);
    expect(await send('lead.handoff', { id: leadId, note: 'again', format: 'text', via: 'copy', to: null })).toMatchObject({
      ok: false,
      error: { message: 'A lead in Handed off cannot be handed off.' },
    });
  });

  it('posts the documented JSON body to the webhook, and records nothing when the webhook fails', async () => {
    const { db, send, leadId } = await setup();
    await answerAll(send, leadId, ['budget', 'authority', 'need', 'timing']);
    await saveSettings(db, { webhookUrl: 'https://hooks.example.com/leadclip' });
    const failing = vi.fn(async () => 502);
    await expect(handOff(db, { id: leadId, note: 'n', format: 'text', via: 'webhook', to: null }, NOW, failing)).rejects.toMatchObject({
      code: 'delivery_failed',
      message: 'Not handed off: the webhook answered HTTP 502. The note is still here; try again.',
    });
    expect(await db.handoffs.count()).toBe(0);
    expect((await db.leads.get(leadId))?.stage).toBe('qualifying');

    const post = vi.fn(async () => 200);
    const handoff = await handOff(db, { id: leadId, note: 'Call Priya', format: 'text', via: 'webhook', to: null }, NOW, post);
    expect(handoff).toMatchObject({ via: 'webhook', to: 'hooks.example.com', result: { ok: true, status: 200, error: null } });
    expect(post).toHaveBeenCalledWith('https://hooks.example.com/leadclip', {
      event: 'lead.handed_off',
      version: 1,
      sentAt: '2026-11-20T14:10:00.000Z',
      lead: expect.objectContaining({
        id: leadId,
        fullName: 'Priya Raman',
        company: 'Northwind Logistics',
        emails: ['priya.raman@northwind-logistics.example'],
        score: 64,
        tier: 'mql',
        source: { channel: 'email', url: expect.stringContaining('mail.google.com'), inquiryAt: '2026-11-20T14:02:00.000Z' },
        consent: { basis: 'none_recorded', recordedAt: null },
      }),
      qualification: {
        reasons: ['budget yes', 'authority yes', 'need yes', 'timing yes'],
        answers: expect.arrayContaining([{ question: 'Do they fit our ideal customer profile?', dimension: 'fit', answer: 'unanswered', note: null }]),
      },
      note: { format: 'text', text: 'Call Priya' },
    });
    expect((await db.leads.get(leadId))?.stage).toBe('handed_off');
  });
});

describe('templates and rescoring', () => {
  async function leadsByTier(db: LeadClipDb) {
    return (await db.leads.toArray()).map((lead) => [lead.fullName, lead.score, lead.tier]);
  }

  it('rescores existing leads after a template or threshold change', async () => {
    const { db, send, leadId } = await setup();
    await answerAll(send, leadId, ['budget', 'authority']);
    expect(await leadsByTier(db)).toStrictEqual([['Priya Raman', 32, 'cold']]);

    const heavierBudget = defaultTemplate();
    heavierBudget.items = heavierBudget.items.map((item) => (item.id === 'budget' ? { ...item, weight: 60 } : item));
    const payload = templatePayload(heavierBudget);
    expect(await send('template.save', payload)).toMatchObject({ ok: true, value: { updatedAt: NOW, isDefault: true } });
    expect(await rescoreAll(db, 1)).toBe(1);
    // 80 × (60 + 20) / 140 = 45.7
    expect(await leadsByTier(db)).toStrictEqual([['Priya Raman', 46, 'mql']]);

    await saveSettings(db, { tierThresholds: { mql: 20, sql: 45 } });
    expect(await rescoreAll(db)).toBe(1);
    expect(await leadsByTier(db)).toStrictEqual([['Priya Raman', 46, 'sql']]);
    expect(await rescoreAll(db)).toBe(0);
  });

  it('keeps one default template and refuses to delete the last one', async () => {
    const { db, send } = await setup();
    const bant = templatePayload(defaultTemplate());
    await send('template.save', bant);
    await send('template.save', { ...bant, id: 'meddic', name: 'MEDDIC', isDefault: true });
    expect((await db.templates.toArray()).map((t) => [t.id, t.isDefault])).toStrictEqual([
      ['default-bant', false],
      ['meddic', true],
    ]);
    expect(await send('template.delete', { id: 'meddic' })).toStrictEqual({ ok: true, value: { deleted: true } });
    expect((await db.templates.toArray()).map((t) => [t.id, t.isDefault])).toStrictEqual([['default-bant', true]]);
    expect(await send('template.delete', { id: 'default-bant' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Keep at least one') } });
  });
});

describe('engagement', () => {
  it('rescores a lead when a contact within the SLA is logged and a meeting is booked', async () => {
    const { db, send, leadId } = await setup();
    // Inquiry 14:02, contact 14:10: 8 minutes, over the 5-minute SLA but within the hour.
    expect(await send('lead.logContact', { id: leadId, channel: 'call' })).toMatchObject({ ok: true, value: { score: 2 } });
    expect((await db.leads.get(leadId))?.score).toBe(2);
    await send('meeting.book', { id: leadId, meetingAt: NOW + 86_400_000 });
    expect((await db.leads.get(leadId))?.score).toBe(12);
  });
});

describe('leads that leave the working stages', () => {
  async function captureThroughRouter() {
    const db = freshDatabase();
    const route = createRouter({ db, now: () => NOW, extensionId: EXTENSION_ID, extensionOrigin: ORIGIN });
    const send = (command: string, payload: unknown) => route({ leadclip: 1, command, payload }, sidePanel);
    const reply = (await send('lead.capture', gmailDraft({ inquiryAt: NOW }))) as { ok: true; value: { leadId: string } };
    return { db, send, leadId: reply.value.leadId };
  }

  it('closes the open reminders of a lost lead, so the badge and popup stop counting it', async () => {
    const { db, send, leadId } = await captureThroughRouter();
    expect((await db.leads.get(leadId))?.nextDueAt).toBe(NOW + 5 * 60_000);

    await send('lead.logOutcome', { id: leadId, outcome: 'lost', reason: 'No budget this year' });

    expect((await db.tasks.where('leadId').equals(leadId).toArray()).map(({ status, doneAt }) => ({ status, doneAt }))).toStrictEqual([
      { status: 'done', doneAt: NOW },
    ]);
    expect((await db.leads.get(leadId))?.nextDueAt).toBeNull();
  });

  it('closes the open reminders of a lead that is handed off', async () => {
    const { db, send, leadId } = await captureThroughRouter();
    await answerAll(send, leadId, ['budget', 'authority', 'need', 'timing']);

    expect(await send('lead.handoff', { id: leadId, note: 'Call Priya', format: 'text', via: 'copy', to: null })).toMatchObject({ ok: true });

    expect((await db.tasks.where('leadId').equals(leadId).toArray()).every((task) => task.status === 'done')).toBe(true);
    expect((await db.leads.get(leadId))?.nextDueAt).toBeNull();
  });
});
