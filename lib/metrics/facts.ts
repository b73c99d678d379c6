// What metrics need from each lead, as columns (typed arrays indexed by lead).
//
// Built once from the leads' facts records (./lead-facts) that the Metrics tab reads; every range
// or channel the rep picks is then arithmetic over these arrays.
import { CHANNELS, STAGES, type Stage } from '../schema';
import { type LeadFacts, SALE, SQL, SQL_STAGE_NAMES } from './lead-facts';


export const CHANNEL_INDEX = new Map<string, number>(CHANNELS.map((channel, i) => [channel, i]));
export const STAGE_INDEX = new Map<string, number>(STAGES.map((stage, i) => [stage, i]));
export const stageIndex = (stage: Stage): number => STAGE_INDEX.get(stage)!;

export interface MetricFacts {
  size: number;
  ids: string[];
  inquiryAt: Float64Array;
  createdAt: Float64Array;
  /** Index in CHANNELS. */
  channel: Uint8Array;
  /** Index in STAGES: the lead's current stage. */
  stage: Uint8Array;
  /**
   * The lead's firstContactAt, which the writer records with the first 'contacted' activity (and the
   * lead card shows as time to first contact); NaN when never contacted.
   */
  firstContactAt: Float64Array;
  /** MEETING | SQL | SALE: from the activities, and SQL or SALE from the lead's stage and tier too. */
  flags: Uint8Array;
  /** Sum of the lead's 'won' values in `currency`; wins in other currencies are not converted. */
  revenue: Float64Array;
  currency: string;
  /**
   * Stage changes of lead i, in time order: positions changeStart[i] to changeStart[i + 1] of
   * changeAt (when) and changeFrom (the stage left, index in STAGES).
   */
  changeStart: Uint32Array;
  changeAt: Float64Array;
  changeFrom: Uint8Array;
  /** The source platform of lead i ("Zillow", "Calendly"), null when none was recorded. */
  platform: (string | null)[];
}

export function metricFacts(rows: readonly LeadFacts[], currency: string): MetricFacts {
  const size = rows.length;
  let changes = 0;
  for (let i = 0; i < size; i++) changes += rows[i]!.changeAt.length;
  const facts: MetricFacts = {
    size,
    ids: new Array<string>(size),
    inquiryAt: new Float64Array(size),
    createdAt: new Float64Array(size),
    channel: new Uint8Array(size),
    stage: new Uint8Array(size),
    firstContactAt: new Float64Array(size),
    flags: new Uint8Array(size),
    revenue: new Float64Array(size),
    currency,
    changeStart: new Uint32Array(size + 1),
    changeAt: new Float64Array(changes),
    changeFrom: new Uint8Array(changes),
    platform: new Array<string | null>(size),
  };
  let c = 0;
  for (let i = 0; i < size; i++) {
    const row = rows[i]!;
    facts.ids[i] = row.id;
    facts.inquiryAt[i] = row.inquiryAt;
    facts.createdAt[i] = row.createdAt;
    facts.channel[i] = CHANNEL_INDEX.get(row.channel)!;
    facts.stage[i] = STAGE_INDEX.get(row.stage)!;
    facts.firstContactAt[i] = row.firstContactAt ?? Number.NaN;
    facts.flags[i] = row.flags | (row.tier === 'sql' || SQL_STAGE_NAMES.has(row.stage) ? SQL : 0) | (row.stage === 'won' ? SALE : 0);
    facts.revenue[i] = row.revenue?.[currency] ?? 0;
    facts.platform[i] = row.platform ?? null;
    const { changeAt, changeFrom } = row;
    for (let k = 0; k < changeAt.length; k++, c++) {
      facts.changeAt[c] = changeAt[k]!;
      facts.changeFrom[c] = STAGE_INDEX.get(changeFrom[k]!)!;
    }
    facts.changeStart[i + 1] = c;
  }
  return facts;
}
