// Export for remarketing and backup: all leads or a saved segment, as CSV (every stored field)
// or as a JSON backup with the whole history. Exports are reads, straight from the database.
import { useState } from 'react';
import { CSV_PRESETS, type CsvPreset, exportFileName, leadsToCsv, readBackup, readSegment } from '@/lib/export';
import { CHANNELS, type Lead, type LeadSegment, STAGES, type Settings } from '@/lib/schema';
import { send } from './commands';
import { db } from './db';
import { STAGE_NAMES } from '@/lib/stages';
import { type CommandStatus, StatusLine } from './useCommand';

export type ExportFormat = 'csv' | 'json';

/** Saves text as a file through the browser's download flow. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoking at once can cancel the download in Firefox; a later revoke frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads the given leads (e.g. the side panel's current filter) as CSV, or as a JSON backup of
 * those leads with their history. Returns how many leads were exported.
 */
export async function downloadLeads(leads: Lead[] | null, format: ExportFormat, kind: string, now = Date.now(), preset: CsvPreset = 'leadclip'): Promise<number> {
  if (format === 'csv') {
    const rows = leads ?? (await db.leads.toArray());
    downloadText(leadsToCsv(rows, preset), exportFileName(preset === 'leadclip' ? kind : `${kind}-for-${preset}`, 'csv', now), 'text/csv;charset=utf-8');
    return rows.length;
  }
  const backup = await readBackup(db, now, leads?.map((lead) => lead.id));
  downloadText(JSON.stringify(backup), exportFileName(kind, 'json', now), 'application/json');
  return backup.leads.length;
}

const NEW_SEGMENT: LeadSegment = { name: '', stages: [], channels: [], withinDays: null, budgetYes: false };

export function DataToolsExport({ settings }: { settings: Settings }) {
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [preset, setPreset] = useState<CsvPreset>('leadclip');
  const [scope, setScope] = useState('all');
  const [draft, setDraft] = useState<LeadSegment>(NEW_SEGMENT);
  const [status, setStatus] = useState<CommandStatus | null>(null);
  const segment = scope === 'new' ? draft : settings.segments.find((s) => s.name === scope);

  async function exportNow() {
    try {
      const now = Date.now();
      const leads = segment ? await readSegment(db, segment, now) : null;
      const kind = segment ? segment.name.toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'segment' : format === 'json' ? 'backup' : 'leads';
      const count = await downloadLeads(leads, format, kind, now, preset);
      setStatus({ ok: true, text: `Exported ${count} ${count === 1 ? 'lead' : 'leads'}.` });
    } catch (error) {
      setStatus({ ok: false, text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  async function saveSegment() {
    if (!draft.name.trim()) return setStatus({ ok: false, text: 'Name the segment before saving it.' });
    const segments = [...settings.segments.filter((s) => s.name !== draft.name.trim()), { ...draft, name: draft.name.trim() }];
    const reply = await send('settings.update', { segments });
    setStatus(reply.ok ? { ok: true, text: `Segment "${draft.name.trim()}" saved.` } : { ok: false, text: reply.error.message });
    if (reply.ok) setScope(draft.name.trim());
  }

  return (
    <div className="data-tool">
      <h3>Export</h3>
      <fieldset className="inline-fieldset">
        <legend>Format</legend>
        <label className="inline">
          <input type="radio" name="export-format" checked={format === 'csv'} onChange={() => setFormat('csv')} /> CSV (spreadsheet)
        </label>
        <label className="inline">
          <input type="radio" name="export-format" checked={format === 'json'} onChange={() => setFormat('json')} /> JSON backup (with history)
        </label>
      </fieldset>
      {format === 'csv' && (
        <label>
          Columns for
          <select value={preset} onChange={(event) => setPreset(event.target.value as CsvPreset)}>
            {Object.entries(CSV_PRESETS).map(([key, { label }]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Leads to export
        <select value={scope} onChange={(event) => setScope(event.target.value)}>
          <option value="all">All leads</option>
          {settings.segments.map((s) => (
            <option key={s.name} value={s.name}>
              Segment: {s.name}
            </option>
          ))}
          <option value="new">New segment…</option>
        </select>
      </label>
      {scope === 'new' && <SegmentEditor segment={draft} onChange={setDraft} onSave={saveSegment} />}
      <div className="settings-actions">
        <button type="button" onClick={exportNow}>
          Export {format === 'csv' ? 'CSV' : 'JSON'}
        </button>
        <StatusLine status={status} inline />
      </div>
    </div>
  );
}

function SegmentEditor({ segment, onChange, onSave }: { segment: LeadSegment; onChange: (s: LeadSegment) => void; onSave: () => void }) {
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  return (
    <fieldset>
      <legend>Segment</legend>
      <label>
        Segment name
        <input value={segment.name} placeholder="Lost in the last 90 days, budget yes" onChange={(e) => onChange({ ...segment, name: e.target.value })} />
      </label>
      <fieldset className="inline-fieldset">
        <legend>Stages (none ticked: any)</legend>
        {STAGES.map((stage) => (
          <label key={stage} className="inline">
            <input type="checkbox" checked={segment.stages.includes(stage)} onChange={() => onChange({ ...segment, stages: toggle(segment.stages, stage) })} />{' '}
            {STAGE_NAMES[stage]}
          </label>
        ))}
      </fieldset>
      <fieldset className="inline-fieldset">
        <legend>Channels (none ticked: any)</legend>
        {CHANNELS.map((channel) => (
          <label key={channel} className="inline">
            <input type="checkbox" checked={segment.channels.includes(channel)} onChange={() => onChange({ ...segment, channels: toggle(segment.channels, channel) })} />{' '}
            {channel}
          </label>
        ))}
      </fieldset>
      <label>
        Entered that stage within (days; empty: any time)
        <input
          type="number"
          min="1"
          value={segment.withinDays ?? ''}
          onChange={(e) => onChange({ ...segment, withinDays: e.target.value ? Math.max(1, Math.round(Number(e.target.value))) : null })}
        />
      </label>
      <label className="inline">
        <input type="checkbox" checked={segment.budgetYes} onChange={(e) => onChange({ ...segment, budgetYes: e.target.checked })} /> Budget: yes
      </label>
      <button type="button" className="secondary" onClick={onSave}>
        Save segment
      </button>
    </fieldset>
  );
}
