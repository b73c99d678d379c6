// Import: a CSV file (columns mapped automatically, adjustable, with a preview) or a LeadClip JSON
// backup. Rows go to the background in batches through the same validation, normalization and
// dedup as captures; progress shows, and Cancel stops between batches (never inside a row).
import { useRef, useState } from 'react';
import { type ColumnMapping, IMPORT_TARGET_LABELS, IMPORT_TARGETS, type ImportTarget } from '@/lib/import/columns';
import { type BackupFile, chunkBackup, parseBackup } from '@/lib/import/backup';
import { type CsvFile, type ImportProgress, type ImportReport, readCsvFile, runImport } from '@/lib/import/run';
import { toImportRow } from '@/lib/import/rows';
import { send } from './commands';

type Loaded = { kind: 'csv'; name: string; file: CsvFile; loadedAt: number } | { kind: 'backup'; name: string; backup: BackupFile };

const PREVIEW_ROWS = 5;

/** A backup restore also says how many people it left out because they are on the suppression list. */
type Report = ImportReport & { suppressed?: number };

export function DataToolsImport() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const abort = useRef<AbortController | null>(null);

  async function choose(file: File | undefined) {
    setReport(null);
    setError(null);
    setLoaded(null);
    if (!file) return;
    const text = await file.text();
    if (/\.json$/i.test(file.name) || text.trimStart().startsWith('{')) {
      const parsed = parseBackup(text);
      if (!parsed.ok) return setError(parsed.reason);
      return setLoaded({ kind: 'backup', name: file.name, backup: parsed.backup });
    }
    const csv = readCsvFile(text);
    if (csv.header.length === 0) return setError('This file has no rows.');
    setLoaded({ kind: 'csv', name: file.name, file: csv, loadedAt: Date.now() });
    setMapping(csv.mapping);
  }

  async function start() {
    if (!loaded) return;
    const controller = new AbortController();
    abort.current = controller;
    setRunning(true);
    setReport(null);
    setError(null);
    try {
      if (loaded.kind === 'csv') {
        const result = await runImport(loaded.file, mapping, async (rows) => {
          const reply = await send('data.import', { rows });
          if (!reply.ok) throw new Error(reply.error.message);
          return reply.value;
        }, { now: Date.now(), signal: controller.signal, onProgress: setProgress });
        setReport(result);
      } else {
        const chunks = chunkBackup(loaded.backup);
        let restored = 0;
        let suppressed = 0;
        for (const [index, chunk] of chunks.entries()) {
          if (controller.signal.aborted) break;
          const reply = await send('data.restore', { chunk });
          if (!reply.ok) throw new Error([reply.error.message, ...reply.error.issues.slice(0, 3)].join(' '));
          restored += reply.value.leads;
          suppressed += reply.value.suppressed;
          setProgress({ done: index + 1, total: chunks.length });
        }
        setReport({ created: restored, merged: 0, unchanged: 0, problems: [], cancelled: controller.signal.aborted, suppressed });
      }
    } catch (failure) {
      // Batches before the failure are saved whole; the failed batch wrote nothing.
      setError(`Import stopped: ${failure instanceof Error ? failure.message : String(failure)} Rows before this batch were saved.`);
    } finally {
      abort.current = null;
      setRunning(false);
      setProgress(null);
    }
  }

  return (
    <div className="data-tool">
      <h3>Import</h3>
      <label>
        CSV file or LeadClip backup (.json)
        <input type="file" accept=".csv,.tsv,.txt,.json,text/csv,application/json" disabled={running} onChange={(event) => choose(event.target.files?.[0])} />
      </label>
      {loaded?.kind === 'backup' && (
        <p>
          Backup from {new Date(loaded.backup.exportedAt).toLocaleString()}: {loaded.backup.leads.length} leads, {loaded.backup.activities.length} activities,{' '}
          {loaded.backup.tasks.length} tasks, {loaded.backup.handoffs.length} handoffs. Records already here are replaced by the backup's copy.
        </p>
      )}
      {loaded?.kind === 'csv' && <CsvMapping file={loaded.file} mapping={mapping} onChange={setMapping} now={loaded.loadedAt} />}
      {loaded && (
        <div className="settings-actions">
          <button type="button" onClick={start} disabled={running || (loaded.kind === 'csv' && mapping.every((t) => t === null))}>
            {loaded.kind === 'csv' ? `Import ${loaded.file.records.length} rows` : 'Restore backup'}
          </button>
          {running && (
            <button type="button" className="secondary" onClick={() => abort.current?.abort()}>
              Cancel import
            </button>
          )}
        </div>
      )}
      {progress && (
        <label>
          Import progress
          <progress max={progress.total} value={progress.done}>
            {progress.done} of {progress.total}
          </progress>
        </label>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {report && <ImportSummary report={report} />}
    </div>
  );
}

function CsvMapping({ file, mapping, onChange, now }: { file: CsvFile; mapping: ColumnMapping; onChange: (m: ColumnMapping) => void; now: number }) {
  const samples = file.records.slice(0, PREVIEW_ROWS);
  const preview = samples.map((record) => toImportRow(record.cells, mapping, record.row, now));
  return (
    <>
      <div className="metrics-table-scroll">
        <table className="mapping-table">
          <caption>Columns ({file.records.length} rows)</caption>
          <thead>
            <tr>
              <th scope="col">Column in file</th>
              <th scope="col">Lead field</th>
              <th scope="col">First values</th>
            </tr>
          </thead>
          <tbody>
            {file.header.map((header, index) => (
              <tr key={`${header}-${index}`}>
                <th scope="row">{header || `Column ${index + 1}`}</th>
                <td>
                  <select
                    aria-label={`Field for column ${header || index + 1}`}
                    value={mapping[index] ?? ''}
                    onChange={(event) => onChange(mapping.map((t, i) => (i === index ? ((event.target.value || null) as ImportTarget | null) : t)))}
                  >
                    <option value="">Ignore</option>
                    {IMPORT_TARGETS.map((target) => (
                      <option key={target} value={target}>
                        {IMPORT_TARGET_LABELS[target]}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="muted">{samples.map((record) => record.cells[index] ?? '').filter(Boolean).slice(0, 2).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul aria-label="Preview" className="import-preview">
        {preview.map((row) =>
          'reason' in row ? (
            <li key={row.row} className="error">
              Row {row.row}: {row.reason}
            </li>
          ) : (
            <li key={row.row}>
              Row {row.row}: {[row.draft.fullName, row.draft.emails[0], row.draft.company].filter(Boolean).join(' · ')}
            </li>
          ),
        )}
      </ul>
    </>
  );
}

function ImportSummary({ report }: { report: Report }) {
  return (
    <div role="status">
      <p className={report.cancelled ? 'error' : 'ok'}>
        {report.cancelled ? 'Import cancelled. ' : 'Import finished. '}
        {report.created} new, {report.merged} merged into existing leads, {report.unchanged} already present
        {report.problems.length ? `, ${report.problems.length} skipped:` : '.'}
      </p>
      {report.suppressed ? (
        <p>
          {report.suppressed} {report.suppressed === 1 ? 'person was' : 'people were'} left out with their history: they are on your suppression list.
        </p>
      ) : null}
      {report.problems.length > 0 && (
        <ul className="import-problems" aria-label="Skipped rows">
          {report.problems.slice(0, 200).map((problem) => (
            <li key={`${problem.row}-${problem.reason}`}>
              Row {problem.row}: {problem.reason}
            </li>
          ))}
          {report.problems.length > 200 && <li>…and {report.problems.length - 200} more.</li>}
        </ul>
      )}
    </div>
  );
}
