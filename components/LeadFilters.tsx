// Search, sort and filters above the lead list. "/" anywhere outside a field jumps to the search.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { type DueState, LEAD_SORTS, LEAD_STATES, type LeadSort, type LeadState } from '@/lib/queries/leads';
import { CHANNELS, type Channel, STAGES, type Stage, TIERS, type Tier } from '@/lib/schema';
import { STAGE_NAMES } from '@/lib/stages';
import { db } from './db';
import { FilteredLeadTools } from './FilteredLeadTools';
import { CHANNEL_NAMES, TIER_LABELS } from './format';
import { useWorkspace } from './ui-store';

const SORT_NAMES: Record<LeadSort, string> = { urgency: 'Urgency', newest: 'Newest', score: 'Score' };
const DUE_NAMES: Record<DueState, string> = { any: 'Any', overdue: 'Overdue', due: 'Due later', none: 'Nothing due' };
const STATE_NAMES: Record<LeadState, string> = { open: 'Open leads', closed: 'Closed (won, lost, handed off)', all: 'All leads' };

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function LeadFilters() {
  const { query, setSearch, setSort, setFilters, clearFilters } = useWorkspace();
  const { filters } = query;
  const searchRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  // Read only while the filters are open: the side panel must open fast (DESIGN.md §7).
  const owners = useLiveQuery(() => (open ? db.leads.orderBy('owner').uniqueKeys() : []), [open]) ?? [];
  const active =
    [filters.stages, filters.tiers, filters.channels].filter((list) => list.length).length +
    Number(filters.owner !== null) +
    Number(filters.due !== 'any') +
    Number(filters.noConsentBasis) +
    Number((filters.state ?? 'all') !== 'open');

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== '/' || isTyping(event.target)) return;
      event.preventDefault();
      searchRef.current?.focus();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const one = <T extends string>(value: string) => (value ? [value as T] : []);

  return (
    <div className="lead-tools">
      <div className="lead-tools-row">
        <input
          ref={searchRef}
          className="grow"
          type="search"
          placeholder="Search leads ( / )"
          aria-label="Search leads"
          title="Name, company, email or phone"
          value={query.search}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            // Down goes to the list, Enter opens the lead the list would open first.
            const row = document.querySelector<HTMLButtonElement>('.lead-list .lead-open[tabindex="0"]');
            if (!row || (event.key !== 'ArrowDown' && event.key !== 'Enter')) return;
            event.preventDefault();
            if (event.key === 'ArrowDown') row.focus();
            else row.click();
          }}
        />
        <label>
          <span className="sr-only">Sort by</span>
          <select value={query.sort} onChange={(event) => setSort(event.target.value as LeadSort)}>
            {LEAD_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_NAMES[sort]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="secondary" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          Filters{active ? ` (${active})` : ''}
        </button>
      </div>
      {open && (
        <div id={panelId} className="lead-filter-panel">
          <label>
            Show
            <select value={filters.state ?? 'all'} onChange={(event) => setFilters({ state: event.target.value as LeadState })}>
              {LEAD_STATES.map((state) => (
                <option key={state} value={state}>
                  {STATE_NAMES[state]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Stage
            <select value={filters.stages[0] ?? ''} onChange={(event) => setFilters({ stages: one<Stage>(event.target.value) })}>
              <option value="">Any stage</option>
              {STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {STAGE_NAMES[stage]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Tier
            <select value={filters.tiers[0] ?? ''} onChange={(event) => setFilters({ tiers: one<Tier>(event.target.value) })}>
              <option value="">Any tier</option>
              {TIERS.map((tier) => (
                <option key={tier} value={tier}>
                  {TIER_LABELS[tier]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Channel
            <select value={filters.channels[0] ?? ''} onChange={(event) => setFilters({ channels: one<Channel>(event.target.value) })}>
              <option value="">Any channel</option>
              {CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {CHANNEL_NAMES[channel]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Owner
            <select value={filters.owner ?? ''} onChange={(event) => setFilters({ owner: event.target.value || null })}>
              <option value="">Anyone</option>
              {owners.map((owner) => (
                <option key={String(owner)} value={String(owner)}>
                  {String(owner)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Due
            <select value={filters.due} onChange={(event) => setFilters({ due: event.target.value as DueState })}>
              {(Object.keys(DUE_NAMES) as DueState[]).map((due) => (
                <option key={due} value={due}>
                  {DUE_NAMES[due]}
                </option>
              ))}
            </select>
          </label>
          <label className="inline">
            <input type="checkbox" checked={filters.noConsentBasis} onChange={(event) => setFilters({ noConsentBasis: event.target.checked })} />
            No consent basis recorded
          </label>
          <button type="button" className="secondary" onClick={clearFilters} disabled={!active}>
            Clear filters
          </button>
          {/* Only for a narrowed list: exporting or erasing everything lives under Options → Data. */}
          {(active > 0 || query.search.trim() !== '') && <FilteredLeadTools query={query} />}
        </div>
      )}
    </div>
  );
}
