// The side panel's lead list (issue 5): search as you type, filters, sort, and a virtualized list
// that stays smooth with 100,000 leads. Arrow keys move between leads, Enter opens, "/" searches.
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { type KeyboardEvent, useDeferredValue, useEffect, useRef, useState } from 'react';
import { queryLeadPage } from '@/lib/queries/leads';
import type { Lead } from '@/lib/schema';
import { STAGE_NAMES } from '@/lib/stages';
import { Countdown, useClock } from './Countdown';
import { db } from './db';
import { CHANNEL_NAMES, displayName, TIER_LABELS } from './format';
import { LeadFilters } from './LeadFilters';
import { useWorkspace } from './ui-store';
import './LeadList.css';

const ROW_HEIGHT = 76;
const PAGE = 100;
/** Without layout (a hidden panel, or jsdom in tests) the list still renders its first rows. */
const FALLBACK_RECT = { width: 360, height: 640 };

export function LeadList() {
  const query = useWorkspace((state) => state.query);
  const deferredQuery = useDeferredValue(query);
  // The page grows as the rep scrolls and starts over with each new query.
  const [paging, setPaging] = useState({ query: deferredQuery, limit: PAGE });
  const limit = paging.query === deferredQuery ? paging.limit : PAGE;
  // The query's clock moves once a minute: due-state filters stay right without re-querying every
  // second, and the countdowns tick on their own.
  const minute = useClock((now) => Math.floor(now / 60_000));
  const page = useLiveQuery(
    () => queryLeadPage(db, deferredQuery, limit, { now: minute * 60_000 }),
    [deferredQuery, limit, minute],
  );
  // Whether any lead exists at all; count() would walk every lead in Chromium.
  const anyLead = useLiveQuery(async () => (await db.leads.limit(1).primaryKeys()).length > 0, []);

  return (
    <section className="lead-list-view" aria-label="Lead list">
      <LeadFilters />
      {page === undefined ? (
        <p className="muted pad">Loading leads…</p>
      ) : anyLead === false ? (
        <p className="muted pad">
          No leads yet. Open an email in Gmail or a LinkedIn profile and press <strong>Clip lead</strong>.
        </p>
      ) : page.leads.length === 0 ? (
        <p className="muted pad" role="status">
          No lead matches this search or these filters.
        </p>
      ) : (
        <VirtualLeadRows leads={page.leads} hasMore={page.hasMore} onNeedMore={() => setPaging({ query: deferredQuery, limit: limit + PAGE })} />
      )}
    </section>
  );
}

interface RowsProps {
  leads: Lead[];
  hasMore: boolean;
  onNeedMore(): void;
}

function VirtualLeadRows({ leads, hasMore, onNeedMore }: RowsProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { selectedLeadId, select, open, returnFocus, focusReturned } = useWorkspace();
  const activeIndex = Math.max(0, leads.findIndex((lead) => lead.id === selectedLeadId));
  // eslint-disable-next-line react-hooks/incompatible-library -- rows re-render with the virtualizer by design.
  const virtualizer = useVirtualizer({
    count: leads.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height ? rect : FALLBACK_RECT)),
  });
  const items = virtualizer.getVirtualItems();
  const lastVisible = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (hasMore && lastVisible >= leads.length - 10) onNeedMore();
  }, [hasMore, lastVisible, leads.length, onNeedMore]);

  // Back from a lead, keyboard work continues on the row the rep opened.
  useEffect(() => {
    if (!returnFocus) return;
    focusReturned();
    const index = leads.findIndex((lead) => lead.id === selectedLeadId);
    if (index >= 0) focusRow(index);
  });

  function focusRow(index: number) {
    const target = leads[Math.min(leads.length - 1, Math.max(0, index))];
    if (!target) return;
    select(target.id);
    virtualizer.scrollToIndex(leads.indexOf(target));
    // The row may only exist after the virtualizer renders it.
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLButtonElement>(`[data-lead-id="${target.id}"]`)?.focus());
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 };
    if (event.key in moves) focusRow(activeIndex + moves[event.key]!);
    else if (event.key === 'Home') focusRow(0);
    else if (event.key === 'End') focusRow(leads.length - 1);
    else return;
    event.preventDefault();
  }

  return (
    <div ref={scrollRef} className="lead-scroll">
      <ul className="lead-list" aria-label="Leads" onKeyDown={onKeyDown} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const lead = leads[item.index]!;
          return (
            <li key={lead.id} className="lead-row" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
              <button
                type="button"
                className={`lead-open ${lead.id === selectedLeadId ? 'selected' : ''}`}
                data-lead-id={lead.id}
                tabIndex={item.index === activeIndex ? 0 : -1}
                onFocus={() => select(lead.id)}
                onClick={() => open(lead.id)}
              >
                <LeadRowContent lead={lead} />
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function LeadRowContent({ lead }: { lead: Lead }) {
  return (
    <>
      <span className="lead-line">
        <span className="lead-name">{displayName(lead)}</span>
        <Countdown lead={lead} />
      </span>
      <span className="lead-company muted">{[lead.title, lead.company.name].filter(Boolean).join(' · ') || '—'}</span>
      <span className="lead-meta">
        <span className={`badge ${lead.tier}`}>{TIER_LABELS[lead.tier]}</span>
        <span className="badge">{STAGE_NAMES[lead.stage]}</span>
        <span className="badge">{CHANNEL_NAMES[lead.source.channel]}</span>
      </span>
    </>
  );
}
