// The Metrics tab's read: the facts of the leads whose inquiry arrived from a time on, which the
// database keeps in step with the leads and their activities.
import { readMetricsInput } from '@/lib/queries/metrics';
import type { Activity } from '@/lib/schema';
import { freshDatabase } from '../../helpers/db';
import { makeLead } from '../../helpers/dataset';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);
const source = (inquiryAt: number) => ({ channel: 'web' as const, url: null, title: null, capturedAt: inquiryAt, inquiryAt, utm: null });

describe('readMetricsInput', () => {
  it('reads the facts of the leads from a time on, with their stage changes and sales, and the settings', async () => {
    const db = freshDatabase();
    await db.leads.bulkPut([
      makeLead({ id: 'old', createdAt: T0 - 10 * DAY, source: source(T0 - 10 * DAY) }),
      makeLead({ id: 'new', createdAt: T0 + DAY, source: source(T0 + DAY), firstContactAt: T0 + DAY + 60_000 }),
    ]);
    const activities: Activity[] = [
      { id: 'a1', leadId: 'old', at: T0 - 9 * DAY, type: 'contacted', channel: 'call' },
      { id: 'a2', leadId: 'new', at: T0 + DAY + 60_000, type: 'contacted', channel: 'email' },
      { id: 'a3', leadId: 'new', at: T0 + 2 * DAY, type: 'stage_changed', from: 'new', to: 'contacted' },
      { id: 'a4', leadId: 'new', at: T0 + 3 * DAY, type: 'note', text: 'called back' },
      { id: 'a5', leadId: 'new', at: T0 + 4 * DAY, type: 'won', value: 100, currency: 'USD' },
    ];
    await db.activities.bulkPut(activities);

    const input = await readMetricsInput(db, T0);
    expect(input.from).toBe(T0);
    expect(input.leads).toStrictEqual([
      {
        id: 'new',
        inquiryAt: T0 + DAY,
        createdAt: T0 + DAY,
        channel: 'web',
        stage: 'new',
        tier: 'cold',
        firstContactAt: T0 + DAY + 60_000,
        flags: 4, // SALE
        revenue: { USD: 100 },
        changeAt: [T0 + 2 * DAY],
        changeFrom: ['new'],
      },
    ]);
    expect(input.settings.slaMinutes).toBe(5);

    const everything = await readMetricsInput(db, 0);
    expect(everything.leads.map((facts) => facts.id)).toStrictEqual(['old', 'new']);
  });
});
