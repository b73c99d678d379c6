// Export or erase exactly the leads the rep has searched and filtered down to: the remarketing
// export of "the current filter" (issue 6) and erasing a selection.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { type LeadQuery, queryLeadPage } from '@/lib/queries/leads';
import { EraseLeadsButton } from './DataToolsErase';
import { downloadLeads, type ExportFormat } from './DataToolsExport';
import { db } from './db';

/** Far above any rep's book of business, so an export is never silently cut short. */
const MATCH_LIMIT = 250_000;

export function FilteredLeadTools({ query }: { query: LeadQuery }) {
  const matching = useLiveQuery(() => queryLeadPage(db, query, MATCH_LIMIT, { now: Date.now() }), [query]);
  const [status, setStatus] = useState<string | null>(null);
  if (!matching) return null;
  const { leads } = matching;

  async function exportMatching(format: ExportFormat) {
    const count = await downloadLeads(leads, format, 'filtered');
    setStatus(`Exported ${count} ${count === 1 ? 'lead' : 'leads'}.`);
  }

  return (
    <div className="filtered-tools" role="group" aria-label="Matching leads">
      <span className="muted">
        {leads.length} matching {leads.length === 1 ? 'lead' : 'leads'}
      </span>
      <button type="button" className="secondary" disabled={!leads.length} onClick={() => void exportMatching('csv')}>
        Export CSV
      </button>
      <button type="button" className="secondary" disabled={!leads.length} onClick={() => void exportMatching('json')}>
        Export JSON
      </button>
      <EraseLeadsButton ids={leads.map((lead) => lead.id)} />
      {status && (
        <span role="status" className="ok">
          {status}
        </span>
      )}
    </div>
  );
}
