// Every metric on a small dataset whose figures are worked out by hand in the comments.
import { type Metrics, computeMetrics, leadFactsFor, metricFacts, metricsFor } from '@/lib/metrics';
import { median, percentile } from '@/lib/metrics/stats';
import type { Activity, Lead } from '@/lib/schema';
import { makeLead } from '../../helpers/dataset';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 1);
const NOW = T0 + 29 * DAY;
const RANGE = { from: T0, to: T0 + 7 * DAY };
const SETTINGS = { slaMinutes: 5, channelCosts: { email: 300, linkedin: 600 }, currency: 'USD', staleAfterDays: 14 };
/** 7 days of a monthly cost: options hold costs per average month of 30.4375 days. */
const week = (monthly: number) => (monthly * 7) / 30.4375;

let n = 0;
const act = (leadId: string, at: number, fields: Record<string, unknown>) => ({ id: `a${(n += 1)}`, leadId, at, ...fields }) as Activity;

function dataset(): { leads: Lead[]; activities: Activity[] } {
  const aCreated = T0 + HOUR + 2 * MIN;
  const leads = [
    // A: email, answered in 3 min, met, qualified, won 5,000 USD.
    makeLead({ id: 'A', createdAt: aCreated, stage: 'won', firstContactAt: T0 + HOUR + 3 * MIN, source: src('email', T0 + HOUR) }),
    // B: email, answered in 10 min, called again later, still 'contacted'.
    makeLead({ id: 'B', createdAt: T0 + DAY, stage: 'contacted', firstContactAt: T0 + DAY + 10 * MIN, source: src('email', T0 + DAY) }),
    // C: linkedin, never contacted: overdue, and stuck in 'new'.
    makeLead({ id: 'C', createdAt: T0 + 2 * DAY, stage: 'new', source: src('linkedin', T0 + 2 * DAY) }),
    // D: linkedin, answered in 4 min, a meeting held, then lost.
    makeLead({ id: 'D', createdAt: T0 + 3 * DAY, stage: 'lost', firstContactAt: T0 + 3 * DAY + 4 * MIN, source: src('linkedin', T0 + 3 * DAY) }),
    // E: web, inquiry on day 8: outside the range, counts nowhere.
    makeLead({ id: 'E', createdAt: T0 + 8 * DAY, stage: 'won', tier: 'sql', source: src('web', T0 + 8 * DAY) }),
    // F: web, answered in 1 min, scored SQL, qualifying since day 8.
    makeLead({ id: 'F', createdAt: T0 + 6 * DAY, stage: 'qualifying', tier: 'sql', firstContactAt: T0 + 6 * DAY + MIN, source: src('web', T0 + 6 * DAY) }),
  ];
  const activities = [
    act('A', T0 + HOUR + 3 * MIN, { type: 'contacted', channel: 'email' }),
    act('A', aCreated + DAY, { type: 'meeting_booked', meetingAt: aCreated + 2 * DAY }),
    act('A', aCreated + HOUR, { type: 'stage_changed', from: 'new', to: 'contacted' }),
    // Out of order on purpose: velocity sorts each lead's changes by time.
    act('A', aCreated + 3 * DAY + HOUR, { type: 'stage_changed', from: 'qualified', to: 'won' }),
    act('A', aCreated + DAY + HOUR, { type: 'stage_changed', from: 'contacted', to: 'qualified' }),
    act('A', aCreated + 3 * DAY + HOUR, { type: 'won', value: 5000, currency: 'USD' }),
    act('A', aCreated + 3 * DAY + HOUR, { type: 'won', value: 999, currency: 'EUR' }),
    act('B', T0 + DAY + 10 * MIN, { type: 'contacted', channel: 'call' }),
    act('B', T0 + DAY + 3 * HOUR, { type: 'contacted', channel: 'email' }),
    act('B', T0 + DAY + 2 * HOUR, { type: 'stage_changed', from: 'new', to: 'contacted' }),
    act('D', T0 + 3 * DAY + 2 * HOUR, { type: 'meeting_held' }),
    act('D', T0 + 3 * DAY + HOUR, { type: 'stage_changed', from: 'new', to: 'contacted' }),
    act('D', T0 + 8 * DAY, { type: 'stage_changed', from: 'contacted', to: 'lost' }),
    act('E', T0 + 8 * DAY, { type: 'won', value: 7000, currency: 'USD' }),
    act('F', T0 + 7 * DAY, { type: 'stage_changed', from: 'new', to: 'contacted' }),
    act('F', T0 + 8 * DAY, { type: 'stage_changed', from: 'contacted', to: 'qualifying' }),
  ];
  return { leads, activities };
}

function src(channel: Lead['source']['channel'], inquiryAt: number): Lead['source'] {
  return { channel, url: null, title: null, capturedAt: inquiryAt, inquiryAt, utm: null };
}

function figures(over: Partial<Metrics['totals']> & Pick<Metrics['totals'], 'channel'>): Metrics['totals'] {
  return {
    inquiries: 0, contacted: 0, meetings: 0, sqls: 0, sales: 0, revenue: 0,
    cost: null, costPerLead: null, costPerSale: null, roi: null, ...over,
  };
}

describe('computeMetrics on a hand-computed week', () => {
  const { leads, activities } = dataset();
  const metrics = computeMetrics(leads, activities, RANGE, SETTINGS, NOW);

  it('counts inquiries and the funnel per channel, with costs, revenue and ROI', () => {
    // email: A and B; 2 contacted, 1 meeting (A), 1 SQL (A), 1 sale (A) worth 5,000 USD (the EUR win is another currency).
    // linkedin: C and D; D contacted and met, nobody qualified. web: F (SQL, so also met and contacted).
    const emailCost = week(300); // 68.99…
    const linkedinCost = week(600); // 137.98…
    expect(metrics.byChannel).toStrictEqual([
      figures({
        channel: 'email', inquiries: 2, contacted: 2, meetings: 1, sqls: 1, sales: 1, revenue: 5000,
        cost: emailCost, costPerLead: emailCost / 2, costPerSale: emailCost, roi: (5000 - emailCost) / emailCost,
      }),
      figures({
        channel: 'linkedin', inquiries: 2, contacted: 1, meetings: 1, sqls: 0, sales: 0, revenue: 0,
        cost: linkedinCost, costPerLead: linkedinCost / 2, costPerSale: null, roi: -1,
      }),
      figures({ channel: 'web', inquiries: 1, contacted: 1, meetings: 1, sqls: 1 }),
    ]);
    expect(emailCost).toBeCloseTo(68.9938, 4);
    const cost = emailCost + linkedinCost; // 206.98…, web has no recorded cost
    expect(metrics.totals).toStrictEqual(
      figures({
        channel: 'all', inquiries: 5, contacted: 4, meetings: 3, sqls: 2, sales: 1, revenue: 5000,
        cost, costPerLead: cost / 5, costPerSale: cost, roi: (5000 - cost) / cost,
      }),
    );
    expect(metrics.totals.roi).toBeCloseTo(23.157, 3);
  });

  it('gives the cumulative funnel as counts and rates of inquiries', () => {
    expect(metrics.funnel).toStrictEqual([
      { step: 'inquiry', count: 5, rate: 1 },
      { step: 'contacted', count: 4, rate: 0.8 },
      { step: 'meeting', count: 3, rate: 0.6 },
      { step: 'sql', count: 2, rate: 0.4 },
      { step: 'sale', count: 1, rate: 0.2 },
    ]);
  });

  it('measures time to first contact: median 3 min, p90 10 min, 3 of 5 within the 5-minute SLA', () => {
    // Contacted after 1 (F), 3 (A), 4 (D) and 10 (B) minutes; C was never contacted and is overdue.
    expect(metrics.firstContact).toStrictEqual({
      contacted: 4, awaiting: 0, medianMs: 3 * MIN, p90Ms: 10 * MIN, withinSla: 3, withinSlaShare: 0.6,
    });
  });

  it('measures the median time in each stage and lists stuck leads longest first', () => {
    // new: A 1 h, B 2 h, D 1 h, F 1 d → median 1 h. contacted: A 1 d, D 5 d − 1 h, F 1 d → 1 d. qualified: A 2 d.
    expect(metrics.velocity).toStrictEqual([
      { stage: 'new', stays: 4, medianMs: HOUR },
      { stage: 'contacted', stays: 3, medianMs: DAY },
      { stage: 'qualifying', stays: 0, medianMs: null },
      { stage: 'qualified', stays: 1, medianMs: 2 * DAY },
      { stage: 'handed_off', stays: 0, medianMs: null },
      { stage: 'nurturing', stays: 0, medianMs: null },
    ]);
    // B contacted since day 1 + 2 h, C new since day 2, F qualifying since day 8; A won and D lost are closed.
    expect(metrics.stuck).toStrictEqual([
      { leadId: 'B', stage: 'contacted', sinceMs: 28 * DAY - 2 * HOUR },
      { leadId: 'C', stage: 'new', sinceMs: 27 * DAY },
      { leadId: 'F', stage: 'qualifying', sinceMs: 21 * DAY },
    ]);
  });

  it('counts inquiries per day of the range', () => {
    expect(metrics.inquiriesPerDay).toStrictEqual([1, 1, 1, 1, 0, 0, 1]);
  });

  it('narrows every figure to one channel', () => {
    const email = computeMetrics(leads, activities, RANGE, SETTINGS, NOW, 'email');
    expect(email.byChannel.map((row) => row.channel)).toStrictEqual(['email']);
    expect(email.totals).toStrictEqual({ ...email.byChannel[0], channel: 'email' });
    expect(email.firstContact).toStrictEqual({
      contacted: 2, awaiting: 0, medianMs: 3 * MIN, p90Ms: 10 * MIN, withinSla: 1, withinSlaShare: 0.5,
    });
    expect(email.stuck.map((s) => s.leadId)).toStrictEqual(['B']);
  });
});

describe('computeMetrics edge cases', () => {
  it('gives zeros and no rates for an empty range, but still shows what the channels cost', () => {
    const { leads, activities } = dataset();
    const metrics = computeMetrics(leads, activities, { from: T0 + 20 * DAY, to: T0 + 21 * DAY }, SETTINGS, NOW);
    expect(metrics.totals).toStrictEqual(
      figures({ channel: 'all', cost: expect.closeTo(900 / 30.4375, 9), costPerLead: null, costPerSale: null, roi: -1 }),
    );
    expect(metrics.byChannel.map((row) => [row.channel, row.inquiries])).toStrictEqual([['email', 0], ['linkedin', 0]]);
    expect(metrics.funnel.map((step) => step.rate)).toStrictEqual([null, null, null, null, null]);
    expect(metrics.firstContact).toStrictEqual({
      contacted: 0, awaiting: 0, medianMs: null, p90Ms: null, withinSla: 0, withinSlaShare: null,
    });
    expect(metrics.stuck).toStrictEqual([]);
    expect(metrics.inquiriesPerDay).toStrictEqual([0]);
  });

  it("takes a lead's first contact from its firstContactAt, as the lead card does, not from later contacts", () => {
    // The writer sets firstContactAt with the first 'contacted' activity; a second call a day later
    // changes no figure, and a contact activity alone (no firstContactAt) is not a first contact.
    const answered = makeLead({ id: 'I', createdAt: T0, stage: 'contacted', firstContactAt: T0 + 4 * MIN, source: src('web', T0) });
    const unanswered = makeLead({ id: 'J', createdAt: T0, stage: 'new', source: src('web', T0) });
    const activities = [
      act('I', T0 + 4 * MIN, { type: 'contacted', channel: 'call' }),
      act('I', T0 + DAY, { type: 'contacted', channel: 'email' }),
      act('J', T0 + 2 * MIN, { type: 'contacted', channel: 'call' }),
    ];
    const metrics = computeMetrics([answered, unanswered], activities, { from: T0, to: T0 + DAY }, SETTINGS, NOW);
    expect(metrics.firstContact).toStrictEqual({
      contacted: 1, awaiting: 0, medianMs: 4 * MIN, p90Ms: 4 * MIN, withinSla: 1, withinSlaShare: 0.5,
    });
  });

  it('neither hits nor misses the SLA for a lead without a first contact whose clock still runs', () => {
    const fresh = makeLead({ id: 'G', createdAt: NOW - 2 * MIN, source: src('form', NOW - 2 * MIN) });
    const metrics = computeMetrics([fresh], [], { from: NOW - DAY, to: NOW + 1 }, SETTINGS, NOW);
    expect(metrics.firstContact).toStrictEqual({
      contacted: 0, awaiting: 1, medianMs: null, p90Ms: null, withinSla: 0, withinSlaShare: null,
    });
    expect(metrics.funnel[1]).toStrictEqual({ step: 'contacted', count: 0, rate: 0 });
  });

  it('handles 100,000 leads and 500,000 activities', () => {
    const leads = Array.from({ length: 100_000 }, (_, i) =>
      makeLead({ id: `L${i}`, createdAt: T0 + i * MIN, firstContactAt: T0 + i * MIN + (i % 10) * MIN, source: src('web', T0 + i * MIN) }),
    );
    const activities = leads.flatMap((lead) => [0, 1, 2, 3, 4].map((k) => act(lead.id, lead.createdAt + k * HOUR, { type: 'note', text: 'x' })));
    const metrics = computeMetrics(leads, activities, { from: T0, to: T0 + 100 * DAY }, SETTINGS, NOW);
    expect(metrics.totals.inquiries).toBe(100_000);
    // First contact 0…9 min in equal shares: 6 of every 10 are within 5 minutes.
    expect(metrics.firstContact.withinSlaShare).toBe(0.6);
    // Its speed (budget 250 ms) is measured by npm run bench, not here.
  });

  it('computes any range and channel from facts read once, as computeMetrics does from the records', () => {
    const { leads, activities } = dataset();
    const facts = metricFacts(leadFactsFor(leads, activities), SETTINGS.currency);
    for (const range of [RANGE, { from: T0, to: T0 + 3 * DAY }, { from: T0 + 5 * DAY, to: T0 + 30 * DAY }]) {
      for (const channel of ['all', 'email', 'linkedin', 'web', 'form'] as const) {
        expect(metricsFor(facts, range, SETTINGS, NOW, channel)).toStrictEqual(computeMetrics(leads, activities, range, SETTINGS, NOW, channel));
      }
    }
  });

  it('orders stage changes by time, and changes recorded at the same moment by id (ids grow in the order they are made)', () => {
    const lead = makeLead({ id: 'H', createdAt: T0, stage: 'qualifying', source: src('web', T0) });
    const change = (id: string, at: number, from: string, to: string) => ({ id, leadId: 'H', at, type: 'stage_changed', from, to }) as Activity;
    const activities = [
      change('h2', T0 + 2 * HOUR, 'nurturing', 'qualifying'),
      change('h1', T0 + 2 * HOUR, 'contacted', 'nurturing'),
      change('h0', T0 + HOUR, 'new', 'contacted'),
    ];
    const metrics = computeMetrics([lead], activities, { from: T0, to: T0 + DAY }, SETTINGS, T0 + DAY);
    const stays = Object.fromEntries(metrics.velocity.map((v) => [v.stage, v.medianMs]));
    // new 1 h, contacted 1 h, nurturing 0 (left the moment it was entered).
    expect(stays).toMatchObject({ new: HOUR, contacted: HOUR, nurturing: 0, qualifying: null });
  });
});

describe('stats', () => {
  it('uses nearest-rank percentiles', () => {
    expect(median([10, 1, 4, 3])).toBe(3);
    expect(percentile([10, 1, 4, 3], 90)).toBe(10);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNull();
  });
});
