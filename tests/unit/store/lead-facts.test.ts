// The leadFacts table follows every kind of write to leads and activities, in the writer's own
// transaction. (After every test, tests/setup.ts also checks the table against the records.)
import Dexie from 'dexie';
import { leadFactsOf } from '@/lib/metrics';
import type { Activity } from '@/lib/schema';
import { freshDatabase } from '../../helpers/db';
import { makeLead } from '../../helpers/dataset';

const T0 = Date.UTC(2026, 10, 2, 9);
const HOUR = 3_600_000;
const change = (id: string, at: number, from: string, to: string): Activity => ({ id, leadId: 'L', at, type: 'stage_changed', from, to }) as Activity;
const history: Activity[] = [
  change('c1', T0 + HOUR, 'new', 'contacted'),
  { id: 'm1', leadId: 'L', at: T0 + 2 * HOUR, type: 'meeting_booked', meetingAt: T0 + 30 * HOUR },
  change('c2', T0 + 3 * HOUR, 'contacted', 'qualified'),
  { id: 'w1', leadId: 'L', at: T0 + 4 * HOUR, type: 'won', value: 1200, currency: 'EUR' },
  { id: 'n1', leadId: 'L', at: T0 + 5 * HOUR, type: 'note', text: 'signed' },
];

async function withHistory() {
  const db = freshDatabase();
  const lead = makeLead({ id: 'L', createdAt: T0, stage: 'won', firstContactAt: T0 + 60_000 });
  await db.leads.add(lead);
  await db.activities.bulkAdd(history);
  return { db, lead };
}

describe('leadFacts', () => {
  it('sums up a lead and its activities as they are written', async () => {
    const { db, lead } = await withHistory();
    expect(await db.leadFacts.get('L')).toStrictEqual({
      id: 'L',
      inquiryAt: T0,
      createdAt: T0,
      channel: 'email',
      stage: 'won',
      tier: 'cold',
      firstContactAt: T0 + 60_000,
      flags: 1 | 2 | 4, // a meeting, a change into 'qualified', a sale
      revenue: { EUR: 1200 },
      changeAt: [T0 + HOUR, T0 + 3 * HOUR],
      changeFrom: ['new', 'contacted'],
    });
    expect(await db.leadFacts.get('L')).toStrictEqual(leadFactsOf(lead, history));
  });

  it('keeps the activity part when only the lead changes', async () => {
    const { db } = await withHistory();
    await db.leads.update('L', { tier: 'sql', stage: 'handed_off' });
    expect(await db.leadFacts.get('L')).toMatchObject({ tier: 'sql', stage: 'handed_off', flags: 7, changeFrom: ['new', 'contacted'] });
  });

  it('follows activities deleted by id, by index and all at once', async () => {
    const { db } = await withHistory();
    await db.activities.delete('w1');
    expect(await db.leadFacts.get('L')).toMatchObject({ flags: 1 | 2 });
    expect((await db.leadFacts.get('L'))!.revenue).toBeUndefined();

    await db.activities.where('type').equals('stage_changed').delete();
    expect(await db.leadFacts.get('L')).toMatchObject({ flags: 1, changeAt: [], changeFrom: [] });

    await db.activities.clear();
    expect(await db.leadFacts.get('L')).toMatchObject({ flags: 0, changeAt: [] });
    expect(await db.leadFacts.count()).toBe(1);
  });

  it('goes with its lead', async () => {
    const { db } = await withHistory();
    await db.leads.add(makeLead({ id: 'K', createdAt: T0 }));
    await db.leads.delete('L');
    expect(await db.leadFacts.toCollection().primaryKeys()).toStrictEqual(['K']);
    await db.leads.clear();
    expect(await db.leadFacts.count()).toBe(0);
  });

  it('counts activities written before their lead in the same transaction', async () => {
    const db = freshDatabase();
    await db.transaction('rw', db.leads, db.activities, async () => {
      await db.activities.bulkAdd(history);
      await db.leads.add(makeLead({ id: 'L', createdAt: T0, stage: 'won' }));
    });
    expect(await db.leadFacts.get('L')).toMatchObject({ flags: 7, revenue: { EUR: 1200 } });
  });

  it('rolls back with the transaction that failed', async () => {
    const { db } = await withHistory();
    const before = await db.leadFacts.get('L');
    await expect(
      db.transaction('rw', db.activities, async () => {
        await db.activities.add(change('c3', T0 + 6 * HOUR, 'won', 'lost'));
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await db.leadFacts.get('L')).toStrictEqual(before);
  });

  it('counts only the rows of a bulk write that were stored', async () => {
    const db = freshDatabase();
    await db.leads.bulkAdd([makeLead({ id: 'A', createdAt: T0 }), makeLead({ id: 'B', createdAt: T0 })]);
    await db.activities.add({ id: 'dup', leadId: 'A', at: T0, type: 'note', text: 'x' });
    const rows: Activity[] = [
      { id: 'dup', leadId: 'A', at: T0 + HOUR, type: 'won', value: 10, currency: 'USD' },
      { id: 'ok', leadId: 'B', at: T0 + HOUR, type: 'won', value: 20, currency: 'USD' },
    ];
    await expect(db.activities.bulkAdd(rows)).rejects.toThrow(Dexie.BulkError);
    expect((await db.leadFacts.get('A'))!.flags).toBe(0);
    expect(await db.leadFacts.get('B')).toMatchObject({ flags: 4, revenue: { USD: 20 } });
  });

  it('leaves reading transactions as they were asked for', async () => {
    const { db } = await withHistory();
    await db.transaction('r', db.leads, async (tx) => {
      expect(tx.storeNames).toStrictEqual(['leads']);
      expect(tx.idbtrans.objectStoreNames).toHaveLength(1);
    });
  });
});
