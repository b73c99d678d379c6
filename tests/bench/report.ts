// The bench's output format (DESIGN.md §7): one result per figure, a table for people and
// bench-results.json for machines. A figure that cannot be measured has value null and a note.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './bundle';

export interface Result {
  name: string;
  value: number | null;
  unit: string;
  budget: string;
  baseline?: number | null;
  ratio?: number | null;
  /** null when DESIGN.md §7 sets no budget for the figure (reported for information). */
  pass: boolean | null;
  note?: string;
}

export function notMeasured(name: string, unit: string, budget: string, note: string): Result {
  return { name, value: null, unit, budget, pass: false, note };
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function cell(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(value);
}

export function printTable(results: readonly Result[]): string {
  const rows = results.map((r) => [
    r.name,
    r.value === null ? 'not measured' : `${r.value} ${r.unit}`,
    r.budget,
    r.baseline === undefined ? '' : `${cell(r.baseline)} ${r.baseline === null ? '' : r.unit}`.trim(),
    r.ratio === undefined ? '' : cell(r.ratio),
    r.pass === null ? 'info' : r.pass ? 'pass' : 'FAIL',
  ]);
  const header = ['figure', 'value', 'budget', 'baseline', 'ratio', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const table = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
  const notes = results.filter((r) => r.note).map((r) => `- ${r.name}: ${r.note}`);
  return [...table, '', ...notes].join('\n');
}

export function writeResults(results: readonly Result[], chromiumVersion: string, seconds: number): string {
  const file = path.join(ROOT, 'bench-results.json');
  const machine = {
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
    chromium: chromiumVersion,
    date: new Date().toISOString(),
    durationSeconds: round(seconds, 1),
  };
  writeFileSync(file, `${JSON.stringify({ machine, results }, null, 2)}\n`);
  return file;
}
