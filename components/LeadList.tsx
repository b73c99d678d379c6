import { useLiveQuery } from 'dexie-react-hooks';
import type { Lead } from '@/lib/schema';
import { lastPassedDueAt, sortOverdueFirst } from '@/lib/timers/tasks';
import { Countdown, useClock } from './Countdown';
import { db } from './db';
import { STAGE_LABELS, TIER_LABELS, displayName } from './format';
import './LeadList.css';

/** Every lead, overdue ones first, then newest first, read live from the database. */
export function LeadList() {
  const leads = useLiveQuery(() => db.leads.orderBy('createdAt').reverse().toArray(), []);
  // Re-sorts when a lead becomes overdue, not on every tick of the countdowns.
  const overdueAsOf = useClock((now) => lastPassedDueAt(leads ?? [], now));
  if (leads === undefined) return <p className="muted">Loading leads…</p>;
  if (leads.length === 0) {
    return (
      <p className="muted">
        No leads yet. Open an email in Gmail or a LinkedIn profile and press <strong>Clip lead</strong>.
      </p>
    );
  }
  return (
    <ul className="lead-list" aria-label="Leads">
      {sortOverdueFirst(leads, overdueAsOf).map((lead) => (
        <LeadRow key={lead.id} lead={lead} />
      ))}
    </ul>
  );
}

function LeadRow({ lead }: { lead: Lead }) {
  return (
    <li className="lead-row">
      <span className="lead-name">{displayName(lead)}</span>
      <span className="lead-company muted">{[lead.title, lead.company.name].filter(Boolean).join(' · ') || '—'}</span>
      <span className="lead-meta">
        <span className={`badge ${lead.tier}`}>{TIER_LABELS[lead.tier]}</span>
        <span className="badge">{STAGE_LABELS[lead.stage]}</span>
        <span className="badge">{lead.source.channel}</span>
        <Countdown dueAt={lead.nextDueAt} />
      </span>
    </li>
  );
}
