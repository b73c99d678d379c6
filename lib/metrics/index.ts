// The funnel dashboard's numbers (issue 6, DESIGN.md §2): pure functions over leads and their
// activities. A lead belongs to a range by when its inquiry arrived (cohort view): its contact,
// meeting, qualification and sale count for that range whenever they happened afterwards.
//
// Three steps: leadFactsFor (./lead-facts) sums up each lead and its activities in one small
// record, which the database also keeps up to date in its leadFacts table; metricFacts (./facts)
// reads those records once into columns; metricsFor computes the figures of one range and channel
// from the columns. computeMetrics does all three.
import { CHANNELS, STAGES, type Activity, type Channel, type Lead, type Settings, type Stage } from '../schema';
import { CHANNEL_INDEX, type MetricFacts, metricFacts, stageIndex } from './facts';
import { median, ratio, sortedPercentile } from './stats';

import { MEETING, SALE, SQL, leadFactsFor } from './lead-facts';

export { type MetricFacts, metricFacts } from './facts';
export { type LeadFacts, leadFactsFor, leadFactsOf } from './lead-facts';

export const DAY_MS = 86_400_000;
/** Channel costs in options are per month; a range costs its share of an average month. */
const AVERAGE_MONTH_MS = (365.25 / 12) * DAY_MS;

/** Half-open interval of inquiry times: `from` ≤ inquiryAt < `to`. */
export interface MetricsRange {
  from: number;
  to: number;
}
export type ChannelFilter = Channel | 'all';

export const FUNNEL_STEPS = ['inquiry', 'contacted', 'meeting', 'sql', 'sale'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export interface ChannelFigures {
  channel: ChannelFilter;
  inquiries: number;
  contacted: number;
  meetings: number;
  sqls: number;
  sales: number;
  /** Sum of 'won' values in the settings currency. */
  revenue: number;
  /** Null when the rep recorded no cost for the channel. */
  cost: number | null;
  costPerLead: number | null;
  costPerSale: number | null;
  /** (revenue − cost) / cost. */
  roi: number | null;
}

export interface FirstContactFigures {
  contacted: number;
  /** Not contacted yet, but the SLA has not run out either: neither a hit nor a miss. */
  awaiting: number;
  medianMs: number | null;
  p90Ms: number | null;
  withinSla: number;
  /** Contacted within the SLA ÷ (contacted + overdue and never contacted). */
  withinSlaShare: number | null;
}

export interface StageVelocity {
  stage: Stage;
  /** How many completed stays in this stage the median is over. */
  stays: number;
  medianMs: number | null;
}

export interface StuckLead {
  leadId: string;
  stage: Stage;
  sinceMs: number;
}

/** Inquiries of the range by where they really came from (issue 13); null: no platform recorded. */
export interface PlatformFigures {
  platform: string | null;
  inquiries: number;
  meetings: number;
  sales: number;
}

export interface Metrics {
  range: MetricsRange;
  channel: ChannelFilter;
  currency: string;
  totals: ChannelFigures;
  byChannel: ChannelFigures[];
  /** Most inquiries first (ties by name); the leads with no platform recorded last. */
  byPlatform: PlatformFigures[];
  funnel: { step: FunnelStep; count: number; rate: number | null }[];
  firstContact: FirstContactFigures;
  velocity: StageVelocity[];
  /** Open leads whose current stage is older than settings.staleAfterDays, longest first. */
  stuck: StuckLead[];
  /** Inquiries per day from range.from, one entry per day of the range. */
  inquiriesPerDay: number[];
}

type MetricsSettings = Pick<Settings, 'slaMinutes' | 'channelCosts' | 'currency' | 'staleAfterDays'>;

const CLOSED_STAGES: ReadonlySet<number> = new Set((['won', 'lost'] as const).map(stageIndex));
const VELOCITY_STAGES: readonly Stage[] = ['new', 'contacted', 'qualifying', 'qualified', 'handed_off', 'nurturing'];

/** Every figure of the Metrics tab, straight from the records. */
export function computeMetrics(
  leads: readonly Lead[],
  activities: readonly Activity[],
  range: MetricsRange,
  settings: MetricsSettings,
  now: number,
  channel: ChannelFilter = 'all',
): Metrics {
  return metricsFor(metricFacts(leadFactsFor(leads, activities), settings.currency), range, settings, now, channel);
}

/** Every figure of the Metrics tab for one range and channel, from facts built in settings.currency. */
export function metricsFor(facts: MetricFacts, range: MetricsRange, settings: MetricsSettings, now: number, channel: ChannelFilter = 'all'): Metrics {
  const cohort = cohortOf(facts, range, channel);
  const counts = countSteps(facts, cohort);
  const channels = channel === 'all' ? CHANNELS : [channel];
  const byChannel = channels
    .map((c) => withMoney(c, counts[CHANNEL_INDEX.get(c)!]!, channelCost(c, range, settings)))
    .filter((figures) => figures.inquiries > 0 || figures.cost !== null);
  const costs = byChannel.map((row) => row.cost).filter((cost): cost is number => cost !== null);
  const totals = withMoney(channel, sumCounts(counts), costs.length ? costs.reduce((a, b) => a + b, 0) : null);

  return {
    range,
    channel,
    currency: facts.currency,
    totals,
    byChannel,
    byPlatform: platformFigures(facts, cohort),
    funnel: FUNNEL_STEPS.map((step) => {
      const count = step === 'inquiry' ? totals.inquiries : stepCount(totals, step);
      return { step, count, rate: ratio(count, totals.inquiries) };
    }),
    firstContact: firstContactFigures(facts, cohort, settings.slaMinutes * 60_000, now),
    ...velocityFigures(facts, cohort, settings.staleAfterDays * DAY_MS, now),
    inquiriesPerDay: perDay(facts, cohort, range),
  };
}

function platformFigures(facts: MetricFacts, cohort: Uint32Array): PlatformFigures[] {
  const rows = new Map<string | null, PlatformFigures>();
  for (const i of cohort) {
    const platform = facts.platform[i] ?? null;
    let row = rows.get(platform);
    if (!row) rows.set(platform, (row = { platform, inquiries: 0, meetings: 0, sales: 0 }));
    const flags = facts.flags[i]!;
    row.inquiries += 1;
    // Cumulative like the funnel: a qualified lead or a sale had its meeting.
    if (flags & (MEETING | SQL | SALE)) row.meetings += 1;
    if (flags & SALE) row.sales += 1;
  }
  return [...rows.values()].sort(
    (a, b) => Number(a.platform === null) - Number(b.platform === null) || b.inquiries - a.inquiries || (a.platform ?? '').localeCompare(b.platform ?? ''),
  );
}

/** Positions in `facts` of the leads whose inquiry falls in the range, on the channel. */
function cohortOf(facts: MetricFacts, range: MetricsRange, channel: ChannelFilter): Uint32Array {
  const only = channel === 'all' ? -1 : CHANNEL_INDEX.get(channel)!;
  const members = new Uint32Array(facts.size);
  let size = 0;
  for (let i = 0; i < facts.size; i++) {
    const at = facts.inquiryAt[i]!;
    if (at >= range.from && at < range.to && (only === -1 || facts.channel[i] === only)) members[size++] = i;
  }
  return members.subarray(0, size);
}

type StepCounts = Pick<ChannelFigures, 'inquiries' | 'contacted' | 'meetings' | 'sqls' | 'sales' | 'revenue'>;

const emptyCounts = (): StepCounts => ({ inquiries: 0, contacted: 0, meetings: 0, sqls: 0, sales: 0, revenue: 0 });

/** Per channel, indexed like CHANNELS. The funnel is cumulative: a sale implies the lead was contacted, met and qualified. */
function countSteps(facts: MetricFacts, cohort: Uint32Array): StepCounts[] {
  const counts = CHANNELS.map(emptyCounts);
  for (const i of cohort) {
    const row = counts[facts.channel[i]!]!;
    const flags = facts.flags[i]!;
    const sale = (flags & SALE) !== 0;
    const sql = sale || (flags & SQL) !== 0;
    const meeting = sql || (flags & MEETING) !== 0;
    const contacted = meeting || !Number.isNaN(facts.firstContactAt[i]!);
    row.inquiries += 1;
    row.contacted += Number(contacted);
    row.meetings += Number(meeting);
    row.sqls += Number(sql);
    row.sales += Number(sale);
    row.revenue += facts.revenue[i]!;
  }
  return counts;
}

function sumCounts(rows: StepCounts[]): StepCounts {
  const total = emptyCounts();
  for (const row of rows) {
    for (const key of Object.keys(total) as (keyof StepCounts)[]) total[key] += row[key];
  }
  return total;
}

function stepCount(figures: ChannelFigures, step: Exclude<FunnelStep, 'inquiry'>): number {
  return { contacted: figures.contacted, meeting: figures.meetings, sql: figures.sqls, sale: figures.sales }[step];
}

function channelCost(channel: Channel, range: MetricsRange, settings: MetricsSettings): number | null {
  const monthly = settings.channelCosts[channel];
  return monthly === undefined ? null : (monthly * (range.to - range.from)) / AVERAGE_MONTH_MS;
}

function withMoney(channel: ChannelFilter, counts: StepCounts, cost: number | null): ChannelFigures {
  return {
    channel,
    ...counts,
    cost,
    costPerLead: cost === null ? null : ratio(cost, counts.inquiries),
    costPerSale: cost === null ? null : ratio(cost, counts.sales),
    roi: cost === null || cost === 0 ? null : (counts.revenue - cost) / cost,
  };
}

function firstContactFigures(facts: MetricFacts, cohort: Uint32Array, slaMs: number, now: number): FirstContactFigures {
  const times = new Float64Array(cohort.length);
  let contacted = 0;
  let withinSla = 0;
  let awaiting = 0;
  let overdue = 0;
  for (const i of cohort) {
    const firstContactAt = facts.firstContactAt[i]!;
    const inquiryAt = facts.inquiryAt[i]!;
    if (!Number.isNaN(firstContactAt)) {
      const ms = Math.max(0, firstContactAt - inquiryAt);
      times[contacted++] = ms;
      if (ms <= slaMs) withinSla += 1;
    } else if (now < inquiryAt + slaMs) awaiting += 1;
    else overdue += 1;
  }
  const sorted = times.subarray(0, contacted).sort();
  return {
    contacted,
    awaiting,
    medianMs: sortedPercentile(sorted, 50),
    p90Ms: sortedPercentile(sorted, 90),
    withinSla,
    withinSlaShare: ratio(withinSla, contacted + overdue),
  };
}

/** Time in each stage from 'stage_changed' events; a lead enters 'new' when it is created. */
function velocityFigures(facts: MetricFacts, cohort: Uint32Array, staleMs: number, now: number) {
  const stays = STAGES.map((): number[] => []);
  const stuck: StuckLead[] = [];
  const { changeStart, changeAt, changeFrom } = facts;
  for (const i of cohort) {
    let enteredAt = facts.createdAt[i]!;
    for (let c = changeStart[i]!; c < changeStart[i + 1]!; c++) {
      stays[changeFrom[c]!]!.push(Math.max(0, changeAt[c]! - enteredAt));
      enteredAt = changeAt[c]!;
    }
    const stage = facts.stage[i]!;
    if (!CLOSED_STAGES.has(stage) && now - enteredAt > staleMs) {
      stuck.push({ leadId: facts.ids[i]!, stage: STAGES[stage]!, sinceMs: now - enteredAt });
    }
  }
  stuck.sort((a, b) => b.sinceMs - a.sinceMs);
  const velocity = VELOCITY_STAGES.map((stage) => {
    const durations = stays[stageIndex(stage)]!;
    return { stage, stays: durations.length, medianMs: median(durations) };
  });
  return { velocity, stuck };
}

function perDay(facts: MetricFacts, cohort: Uint32Array, range: MetricsRange): number[] {
  const days = new Array<number>(Math.max(0, Math.ceil((range.to - range.from) / DAY_MS))).fill(0);
  for (const i of cohort) days[Math.floor((facts.inquiryAt[i]! - range.from) / DAY_MS)]! += 1;
  return days;
}
