import { type KeyboardEvent, useState } from 'react';
import { CaptureReview } from '@/components/CaptureReview';
import { MetricsView } from '@/components/MetricsView';
import { Workspace } from '@/components/Workspace';
import './App.css';

const TABS = [
  { id: 'leads', label: 'Leads' },
  { id: 'metrics', label: 'Metrics' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export function App() {
  const [tab, setTab] = useState<TabId>('leads');

  // WAI-ARIA tabs: arrow keys move between tabs, and focus follows.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  }

  return (
    <div className="sidepanel">
      <header className="sidepanel-header">
        <h1>LeadClip</h1>
        <div role="tablist" aria-label="Views" className="sidepanel-tabs" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t.id}
              id={`tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
      </header>
      <main>
        {tab === 'leads' ? (
          <div role="tabpanel" id="panel-leads" aria-labelledby="tab-leads">
            <CaptureReview />
            <Workspace />
          </div>
        ) : (
          <div role="tabpanel" id="panel-metrics" aria-labelledby="tab-metrics">
            <MetricsView />
          </div>
        )}
      </main>
    </div>
  );
}
