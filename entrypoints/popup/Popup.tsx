// The toolbar popup: a triage view (issue 17). "Clip this page" (the action click that opened the
// popup granted activeTab for the page), the leads due now with what is due, and the way to the
// side panel and the options.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type CaptureOutcome, capturePage } from '@/components/capture-tab';
import { send } from '@/components/commands';
import { db } from '@/components/db';
import { displayName } from '@/components/format';
import { requestOpenLead } from '@/components/open-lead';
import { activeTab } from '@/components/site-access';
import { DueNow } from './DueNow';
import './Popup.css';

/**
 * Chrome opens its side panel per window; Firefox toggles its sidebar. Both accept the call only
 * inside the click's user gesture, so nothing may be awaited before it: the window id is read
 * when the popup opens.
 */
function openSidePanel(windowId: number | undefined): Promise<void> {
  if (import.meta.env.FIREFOX) {
    // Firefox's sidebarAction is missing from WXT's Chrome-shaped types.
    return (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  }
  if (windowId === undefined) return Promise.reject(new Error('the browser window is not known yet'));
  return browser.sidePanel.open({ windowId });
}

export function Popup() {
  const count = useLiveQuery(() => db.leads.count(), []);
  const [error, setError] = useState<string | null>(null);
  const [windowId, setWindowId] = useState<number>();
  const [clip, setClip] = useState<CaptureOutcome | null>(null);
  const [clipping, setClipping] = useState(false);
  useEffect(() => {
    void browser.windows.getCurrent().then((current) => setWindowId(current.id));
  }, []);

  /** Opens the side panel, on one lead when given. The request is written before the panel opens. */
  function openPanel(leadId?: string) {
    if (leadId) void requestOpenLead(leadId);
    openSidePanel(windowId)
      .then(() => window.close())
      .catch((reason: unknown) => setError(`Could not open the side panel: ${String(reason)}`));
  }

  async function clipThisPage() {
    setClipping(true);
    setClip(await capturePage(await activeTab(), (draft) => send('lead.capture', draft)));
    setClipping(false);
  }

  return (
    <main className="popup">
      <div className="popup-head">
        <h1>LeadClip</h1>
        <button type="button" onClick={() => void clipThisPage()} disabled={clipping}>
          Clip this page
        </button>
      </div>
      {clip && <ClipResult outcome={clip} onReview={openPanel} />}
      <DueNow onOpen={openPanel} />
      <p aria-live="polite" className="muted">
        {count === undefined ? 'Counting leads…' : `${count} ${count === 1 ? 'lead' : 'leads'} saved`}
      </p>
      <div className="popup-foot">
        <button type="button" className="secondary" onClick={() => openPanel()}>
          Open side panel
        </button>
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage().then(() => window.close());
          }}
        >
          Options
        </a>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </main>
  );
}

function ClipResult({ outcome, onReview }: { outcome: CaptureOutcome; onReview: (leadId: string) => void }) {
  const saved = outcome.leadId !== null;
  const lead = useLiveQuery(async () => (outcome.leadId ? await db.leads.get(outcome.leadId) : undefined), [outcome.leadId]);
  return (
    <div className="popup-clip">
      <p role={saved ? 'status' : 'alert'} className={saved ? 'ok' : 'error'}>
        {outcome.message}
        {lead && `: ${displayName(lead)}`}
      </p>
      {outcome.leadId !== null && (
        <button type="button" className="secondary" onClick={() => onReview(outcome.leadId!)}>
          Review in side panel
        </button>
      )}
    </div>
  );
}
