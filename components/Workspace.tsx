// The side panel's "Leads" tab: the list, or one lead opened from it.
import { LeadDetail } from './LeadDetail';
import { LeadList } from './LeadList';
import { useOpenLeadRequests } from './open-lead';
import { useWorkspace } from './ui-store';

export function Workspace() {
  const { view, selectedLeadId, backToList, open } = useWorkspace();
  useOpenLeadRequests(open);
  if (view === 'detail' && selectedLeadId) return <LeadDetail leadId={selectedLeadId} onBack={backToList} />;
  return <LeadList />;
}
