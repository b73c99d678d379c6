import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/components/db';
import { readSettings } from '@/lib/store/settings';
import { ChannelsSection, DataSection, IntegrationsSection, QualificationSection, TimersSection } from './sections';
import './Options.css';

export function Options() {
  const settings = useLiveQuery(() => readSettings(db), []);
  return (
    <main className="options">
      <h1>LeadClip options</h1>
      {settings === undefined ? (
        <p className="muted">Loading settings…</p>
      ) : (
        <>
          <TimersSection settings={settings} />
          <QualificationSection settings={settings} />
          <ChannelsSection settings={settings} />
          <DataSection settings={settings} />
          <IntegrationsSection settings={settings} />
        </>
      )}
    </main>
  );
}
