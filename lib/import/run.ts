// Drives an import in batches: each batch is one message to the background (one transaction),
// so the page stays responsive, shows progress and can stop between batches. Stopping never
// leaves a half-written row: batches already sent are complete, the rest are not started.
import type { LeadClipDb } from '../db';
import { type CsvProblem, parseCsv } from '../csv';
import { type ColumnMapping, findHeaderRow, guessMapping } from './columns';
import { type ImportRow, type RowProblem, toImportRow } from './rows';
import { type ImportOutcome, importRows } from './write';

export const IMPORT_BATCH_SIZE = 5000;

export interface ImportProgress {
  done: number;
  total: number;
}

export interface RunOptions {
  now: number;
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportReport extends ImportOutcome {
  cancelled: boolean;
}

/** A parsed CSV file ready for mapping: header, data records and problems found while parsing. */
export interface CsvFile {
  header: string[];
  records: { row: number; cells: string[] }[];
  problems: CsvProblem[];
  mapping: ColumnMapping;
}

export function readCsvFile(text: string): CsvFile {
  const parsed = parseCsv(text);
  const headerIndex = findHeaderRow(parsed.records);
  const header = parsed.records[headerIndex]?.cells ?? [];
  const records = parsed.records.slice(headerIndex + 1);
  const problems: RowProblem[] = [...parsed.problems];
  if (header.length > 0 && guessMapping(header).every((target) => target === null)) {
    problems.unshift({ row: 1, reason: 'no column is recognised: check the header row and the mapping' });
  }
  return { header, records, problems, mapping: guessMapping(header) };
}

/** A row that does not line up with the header would fill the wrong fields: it is refused. */
function misalignment(cells: number, columns: number): string | null {
  if (cells > columns || (cells === 1 && columns > 1)) {
    return `has ${cells} field${cells === 1 ? '' : 's'} but the header has ${columns} (wrong delimiter, or a stray quote?)`;
  }
  return null;
}

/** Converts records with `mapping` and sends them to `write` batch by batch. */
export async function runImport(
  file: Pick<CsvFile, 'records' | 'problems'>,
  mapping: ColumnMapping,
  write: (rows: ImportRow[]) => Promise<ImportOutcome>,
  { now, batchSize = IMPORT_BATCH_SIZE, signal, onProgress }: RunOptions,
): Promise<ImportReport> {
  const report: ImportReport = { created: 0, merged: 0, unchanged: 0, problems: [...file.problems], cancelled: false };
  const total = file.records.length;
  const convert = (start: number): ImportRow[] => {
    const rows: ImportRow[] = [];
    for (const record of file.records.slice(start, start + batchSize)) {
      const misaligned = misalignment(record.cells.length, mapping.length);
      const row = misaligned ? { row: record.row, reason: misaligned } : toImportRow(record.cells, mapping, record.row, now);
      if ('reason' in row) report.problems.push(row);
      else rows.push(row);
    }
    return rows;
  };
  const settle = (outcome: ImportOutcome) => {
    report.created += outcome.created;
    report.merged += outcome.merged;
    report.unchanged += outcome.unchanged;
    report.problems.push(...outcome.problems);
  };
  // Pipelined: the page converts the next batch while the background writes this one. Batches
  // are written one after the other, so dedup sees every earlier batch.
  let inFlight: Promise<void> = Promise.resolve();
  for (let start = 0; start < total; start += batchSize) {
    if (signal?.aborted) {
      report.cancelled = true;
      break;
    }
    const rows = convert(start);
    await inFlight;
    if (signal?.aborted) {
      report.cancelled = true;
      break;
    }
    const done = Math.min(start + batchSize, total);
    inFlight = (rows.length ? write(rows).then(settle) : Promise.resolve()).then(() => onProgress?.({ done, total }));
  }
  await inFlight;
  report.problems.sort((a, b) => a.row - b.row);
  return report;
}

/** The whole CSV import against a database, with the guessed mapping (tests and `npm run bench`). */
export function importCsvIntoDatabase(db: LeadClipDb, text: string, options: RunOptions): Promise<ImportReport> {
  const file = readCsvFile(text);
  return runImport(file, file.mapping, (rows) => importRows(db, rows, options.now), options);
}
