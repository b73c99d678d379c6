// The side panel's "Leads" tab: the list, or one lead opened from it. Going back returns focus to
// the lead the rep came from, so keyboard work continues where it left off.
import { useEffect, useRef } from 'react';
import { LeadDetail } from './LeadDetail';
import { LeadList } from './LeadList';
import { useWorkspace } from './ui-store';

export function Workspace() {
  const { view, selectedLeadId, backToList } = useWorkspace();
  const returning = useRef(false);
  useEffect(() => {
    if (view !== 'list' || !returning.current || !selectedLeadId) return;
    returning.current = false;
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-lead-id="${selectedLeadId}"]`)?.focus());
  }, [view, selectedLeadId]);

  if (view === 'detail' && selectedLeadId) {
    return (
      <LeadDetail
        leadId={selectedLeadId}
        onBack={() => {
          returning.current = true;
          backToList();
        }}
      />
    );
  }
  return <LeadList />;
}
