// The side panel's Metrics tab: the funnel dashboard over a date range and a channel, computed by
// lib/metrics from the live database.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { type ChannelFilter, DAY_MS, type Metrics, metricFacts, metricsFor } from '@/lib/metrics';
import { CHANNELS, type Settings } from '@/lib/schema';
import { Chart } from './Chart';
import { db } from './db';
import { displayName } from './format';
import { STAGE_NAMES } from '@/lib/stages';
import { dateInputValue, formatDuration, formatMoney, formatRoi, formatShare, startOfLocalDay } from './metricsFormat';
import './Metrics.css';
import { readMetricsInput } from '@/lib/queries/metrics';

const PRESETS = [7, 30, 90, 365];
const STEP_LABELS = { inquiry: 'Inquiries', contacted: 'Contacted', meeting: 'Meeting', sql: 'SQL', sale: 'Sale' };

/** `now` is fixed when the tab opens, so the figures hold still while the rep reads them. */
export function MetricsView({ now: fixedNow }: { now?: number }) {
  const [now] = useState(() => fixedNow ?? Date.now());
  const today = dateInputValue(now);
  const [from, setFrom] = useState(dateInputValue(now - 29 * DAY_MS));
  const [to, setTo] = useState(today);
  const [channel, setChannel] = useState<ChannelFilter>('all');
  const range = useMemo(() => ({ from: startOfLocalDay(from), to: startOfLocalDay(to) + DAY_MS }), [from, to]);
  const valid = range.to > range.from;
  // Records are read from the earliest start the rep has chosen since the tab opened: a range
  // inside what was read costs no new read, an earlier start reads once more.
  const [readFrom, setReadFrom] = useState(range.from);
  if (range.from < readFrom) setReadFrom(range.from);
  const data = useLiveQuery(() => readMetricsInput(db, readFrom), [readFrom]);
  const ready = data !== undefined && data.from <= range.from;
  // The records are read into columns once per change of the data; a new range or channel only
  // recomputes the figures from the columns.
  const facts = useMemo(() => data && metricFacts(data.leads, data.settings.currency), [data]);
  const metrics = useMemo(
    () => (ready && facts && valid ? metricsFor(facts, range, data.settings, now, channel) : null),
    [ready, data, facts, valid, range, channel, now],
  );

  function preset(days: number) {
    setFrom(dateInputValue(now - (days - 1) * DAY_MS));
    setTo(today);
  }

  return (
    <section className="metrics" aria-label="Metrics">
      <div className="metrics-controls">
        <label>
          From
          <input type="date" value={from} max={to} onChange={(event) => event.target.value && setFrom(event.target.value)} />
        </label>
        <label>
          To
          <input type="date" value={to} min={from} onChange={(event) => event.target.value && setTo(event.target.value)} />
        </label>
        <label>
          Channel
          <select value={channel} onChange={(event) => setChannel(event.target.value as ChannelFilter)}>
            <option value="all">All channels</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <div className="metrics-presets" role="group" aria-label="Quick ranges">
          {PRESETS.map((days) => (
            <button key={days} type="button" className="secondary" onClick={() => preset(days)}>
              {days} days
            </button>
          ))}
        </div>
      </div>
      {!valid ? (
        <p className="error">The start of the range must be before its end.</p>
      ) : metrics === null || data === undefined ? (
        <p className="muted">Loading metrics…</p>
      ) : (
        <MetricsBody metrics={metrics} settings={data.settings} />
      )}
    </section>
  );
}

/** Stuck leads listed by name; the rest are counted. */
const STUCK_SHOWN = 20;

function MetricsBody({ metrics, settings }: { metrics: Metrics; settings: Settings }) {
  const { totals, firstContact, currency } = metrics;
  const days = useMemo(
    () => metrics.inquiriesPerDay.map((_, index) => new Date(metrics.range.from + index * DAY_MS).toLocaleDateString(undefined, { month: 'short', day: 'numeric' })),
    [metrics],
  );
  const perDay = useMemo(() => [{ label: 'Inquiries', values: metrics.inquiriesPerDay, color: '#0b57d0' }], [metrics]);
  const funnelSteps = useMemo(() => metrics.funnel.map((step) => STEP_LABELS[step.step]), [metrics]);
  const funnel = useMemo(() => [{ label: 'Leads', values: metrics.funnel.map((step) => step.count), color: '#146c2e' }], [metrics]);
  const stages = useMemo(() => metrics.velocity.map((stage) => STAGE_NAMES[stage.stage]), [metrics]);
  const velocity = useMemo(() => [{ label: 'Median time', values: metrics.velocity.map((stage) => stage.medianMs), color: '#b06000' }], [metrics]);
  const shown = useMemo(() => metrics.stuck.slice(0, STUCK_SHOWN), [metrics]);
  const names = useLiveQuery(
    () => db.leads.bulkGet(shown.map((stuck) => stuck.leadId)).then((leads) => new Map(leads.map((lead, i) => [shown[i]!.leadId, lead ? displayName(lead) : '']))),
    [shown],
  );
  const rate = (step: string) => formatShare(metrics.funnel.find((s) => s.step === step)?.rate ?? null);

  return (
    <>
      <dl className="metrics-summary">
        <Figure label="Inquiries" value={String(totals.inquiries)} />
        <Figure label="Median first contact" value={formatDuration(firstContact.medianMs)} />
        <Figure label="90th percentile" value={formatDuration(firstContact.p90Ms)} />
        <Figure label={`Within ${settings.slaMinutes} min`} value={formatShare(firstContact.withinSlaShare)} />
        <Figure label="Inquiry → meeting" value={rate('meeting')} />
        <Figure label="Inquiry → sale" value={rate('sale')} />
        <Figure label="Cost per lead" value={formatMoney(totals.costPerLead, currency)} />
        <Figure label="Cost per sale" value={formatMoney(totals.costPerSale, currency)} />
        <Figure label="Revenue" value={formatMoney(totals.revenue, currency)} />
        <Figure label="ROI" value={formatRoi(totals.roi)} />
      </dl>
      {totals.inquiries === 0 && <p className="muted">No inquiries in this range.</p>}
      <Chart title="Inquiries per day" categories={days} series={perDay} kind={days.length > 31 ? 'line' : 'bars'} categoryName="Day" />
      <Chart title="Funnel" categories={funnelSteps} series={funnel} kind="bars" />
      <Chart title="Median time in stage" categories={stages} series={velocity} kind="bars" format={formatDuration} categoryName="Stage" />
      <ChannelTable metrics={metrics} />
      <PlatformTable metrics={metrics} />
      <h2>Stuck leads</h2>
      {metrics.stuck.length === 0 ? (
        <p className="muted">No open lead has stayed in its stage longer than {settings.staleAfterDays} days.</p>
      ) : (
        <>
          <p>
            {metrics.stuck.length} {metrics.stuck.length === 1 ? 'lead has' : 'leads have'} stayed in their stage longer than {settings.staleAfterDays} days.
          </p>
          <ul className="metrics-stuck" aria-label="Stuck leads">
            {shown.map((stuck) => (
              <li key={stuck.leadId}>
                {names?.get(stuck.leadId) ?? '…'} · {STAGE_NAMES[stuck.stage]} for {formatDuration(stuck.sinceMs)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function ChannelTable({ metrics }: { metrics: Metrics }) {
  const money = (amount: number | null) => formatMoney(amount, metrics.currency);
  // Focusable so keyboard users can scroll the wide table at 320 px.
  return (
    <div className="metrics-table-scroll" tabIndex={0} role="region" aria-label="By channel, scrollable">
      <table className="metrics-table">
        <caption>By channel</caption>
        <thead>
          <ColumnHeads names={['Channel', 'Inquiries', 'Contacted', 'Meetings', 'SQL', 'Sales', 'Cost', 'Cost / lead', 'Cost / sale', 'Revenue', 'ROI']} />
        </thead>
        <tbody>
          {metrics.byChannel.map((row) => (
            <tr key={row.channel}>
              <th scope="row">{row.channel}</th>
              <td>{row.inquiries}</td>
              <td>{row.contacted}</td>
              <td>{row.meetings}</td>
              <td>{row.sqls}</td>
              <td>{row.sales}</td>
              <td>{money(row.cost)}</td>
              <td>{money(row.costPerLead)}</td>
              <td>{money(row.costPerSale)}</td>
              <td>{money(row.revenue)}</td>
              <td>{formatRoi(row.roi)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Where inquiries really came from: the portal, booking tool or form service a notification named (issue 13). */
function PlatformTable({ metrics }: { metrics: Metrics }) {
  if (!metrics.byPlatform.some((row) => row.platform !== null)) return null;
  return (
    <div className="metrics-table-scroll" tabIndex={0} role="region" aria-label="By source platform, scrollable">
      <table className="metrics-table">
        <caption>By source platform</caption>
        <thead>
          <ColumnHeads names={['Source platform', 'Inquiries', 'Meetings', 'Sales']} />
        </thead>
        <tbody>
          {metrics.byPlatform.map((row) => (
            <tr key={row.platform ?? ''}>
              <th scope="row">{row.platform ?? 'None recorded'}</th>
              <td>{row.inquiries}</td>
              <td>{row.meetings}</td>
              <td>{row.sales}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ColumnHeads({ names }: { names: readonly string[] }) {
  return (
    <tr>
      {names.map((name) => (
        <th key={name} scope="col">
          {name}
        </th>
      ))}
    </tr>
  );
}
