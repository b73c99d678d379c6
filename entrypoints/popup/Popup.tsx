import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { db } from '@/components/db';
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
  useEffect(() => {
    void browser.windows.getCurrent().then((current) => setWindowId(current.id));
  }, []);
  return (
    <main className="popup">
      <h1>LeadClip</h1>
      <DueNow />
      <p aria-live="polite" className="muted">
        {count === undefined ? 'Counting leads…' : `${count} ${count === 1 ? 'lead' : 'leads'} saved`}
      </p>
      <button
        type="button"
        onClick={() => {
          openSidePanel(windowId)
            .then(() => window.close())
            .catch((reason: unknown) => setError(`Could not open the side panel: ${String(reason)}`));
        }}
      >
        Open side panel
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </main>
  );
}
