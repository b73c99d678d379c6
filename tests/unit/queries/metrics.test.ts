// The Metrics tab's read: leads from the start of the range on, and only the metric activities
// from that time on, through the [type+at] index.
import { readMetricsInput } from '@/lib/queries/metrics';
import type { Activity } from '@/lib/schema';
import { freshDatabase } from '../../helpers/db';
import { makeLead } from '../../helpers/dataset';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);
const source = (inquiryAt: number) => ({ channel: 'web' as const, url: null, title: null, capturedAt: inquiryAt, inquiryAt, utm: null });

describe('readMetricsInput', () => {
  it('reads the leads and the meeting, stage and sale activities from a time on, and the settings', async () => {
    const db = freshDatabase();
    await db.leads.bulkPut([
      makeLead({ id: 'old', createdAt: T0 - 10 * DAY, source: source(T0 - 10 * DAY) }),
      makeLead({ id: 'new', createdAt: T0 + DAY, source: source(T0 + DAY) }),
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
    expect(input.leads.map((lead) => lead.id)).toStrictEqual(['new']);
    // Contacts are not read: the lead's firstContactAt holds its first one.
    expect(input.activities.map((activity) => activity.id).sort()).toStrictEqual(['a3', 'a5']);
    expect(input.settings.slaMinutes).toBe(5);

    const everything = await readMetricsInput(db, 0);
    expect(everything.leads).toHaveLength(2);
    expect(everything.activities.map((activity) => activity.id).sort()).toStrictEqual(['a3', 'a5']);
  });
});
