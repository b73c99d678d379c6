// CSV as spreadsheets read and write it (RFC 4180 plus what Excel and Google Sheets do):
// quoted fields with doubled quotes and embedded newlines, a UTF-8 byte-order mark, any of
// , ; tab | as delimiter. Values that a spreadsheet would run as a formula are neutralised.

export const BOM = '\uFEFF';
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * A cell starting with = + - @ tab or CR is a formula to Excel and Sheets (CSV injection, OWASP):
 * it gets a leading apostrophe, which spreadsheets show as text. Cells that already start with
 * apostrophes before such a character get one more, so `unneutralise` restores every value exactly.
 *
 * Except a cell that is only a number or a phone number ("+44 20 7946 0018", "+14155550123",
 * "-12.5", "(415) 555-0123", a list "+4477…; 020 7946…"): made of digits, spaces and ( ) . , ; - /
 * after one leading sign, it holds
 * no function name, cell reference, DDE pipe or URL, so even a spreadsheet that evaluates it can
 * only compute a number, never fetch, link or run anything. That is where the injection risk lives
 * (OWASP's payloads are all =HYPERLINK, =IMPORTXML, =cmd|…, @SUM…). An apostrophe there would
 * reach CRMs and sheets as part of the number ("'+447700900123"), which is the harm we avoid.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NUMBER_OR_PHONE = /^[+-]?[\d(][\d\s().\-/]*(?:[;,]\s*\+?[\d(][\d\s().\-/]*)*$/;

export function neutralise(value: string): string {
  return FORMULA_START.test(value) && !NUMBER_OR_PHONE.test(value) ? `'${value}` : value;
}

export function unneutralise(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

function quote(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV document, BOM first so Excel reads accents as UTF-8, CRLF line ends as RFC 4180 says. */
export function toCsv(header: readonly string[], rows: Iterable<readonly string[]>, delimiter: Delimiter = ','): string {
  const lines = [header.map((cell) => quote(neutralise(cell), delimiter)).join(delimiter)];
  for (const row of rows) lines.push(row.map((cell) => quote(neutralise(cell), delimiter)).join(delimiter));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export interface CsvRecord {
  /** 1-based record number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: string[];
}

export interface CsvProblem {
  row: number;
  reason: string;
}

export interface ParsedCsv {
  delimiter: Delimiter;
  records: CsvRecord[];
  problems: CsvProblem[];
}

/** The delimiter that splits the first line into the most cells (quotes respected). */
export function detectDelimiter(text: string): Delimiter {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    let count = 0;
    let quoted = false;
    for (const char of firstLine) {
      if (char === '"') quoted = !quoted;
      else if (char === delimiter && !quoted) count += 1;
    }
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/**
 * Parses CSV text into records. A record with a broken quote (text after a closing quote, or a
 * quote never closed) is reported and skipped, and parsing resumes on the next line, so one bad
 * row costs that row only. Blank lines are ignored. Cells are un-neutralised.
 */
export function parseCsv(input: string, delimiter: Delimiter = detectDelimiter(input.replace(/^\uFEFF/, ''))): ParsedCsv {
  const text = input.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let pos = 0;
  let row = 0;
  while (pos < text.length) {
    row += 1;
    const start = pos;
    const result = readRecord(text, pos, delimiter);
    if ('reason' in result) {
      problems.push({ row, reason: result.reason });
      const newline = text.indexOf('\n', start);
      pos = newline === -1 ? text.length : newline + 1;
      continue;
    }
    pos = result.end;
    if (result.cells.length === 1 && result.cells[0] === '') {
      row -= 1;
      continue;
    }
    records.push({ row, cells: result.cells.map(unneutralise) });
  }
  return { delimiter, records, problems };
}

type RecordResult = { cells: string[]; end: number } | { reason: string };

function readRecord(text: string, start: number, delimiter: string): RecordResult {
  const cells: string[] = [];
  let pos = start;
  for (;;) {
    let cell: string;
    if (text[pos] === '"') {
      const close = readQuoted(text, pos + 1);
      if (close === null) return { reason: 'a quoted field is never closed (unbalanced ")' };
      cell = close.value;
      pos = close.end;
      const next = text[pos];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        return { reason: 'text follows a closing quote (a stray " inside a field)' };
      }
    } else {
      let end = pos;
      while (end < text.length && text[end] !== delimiter && text[end] !== '\n' && text[end] !== '\r') end += 1;
      cell = text.slice(pos, end);
      pos = end;
    }
    cells.push(cell);
    if (text[pos] === delimiter) {
      pos += 1;
      continue;
    }
    if (text[pos] === '\r') pos += 1;
    if (text[pos] === '\n') pos += 1;
    return { cells, end: pos };
  }
}

function readQuoted(text: string, from: number): { value: string; end: number } | null {
  let value = '';
  let pos = from;
  for (;;) {
    const quote = text.indexOf('"', pos);
    if (quote === -1) return null;
    value += text.slice(pos, quote);
    if (text[quote + 1] === '"') {
      value += '"';
      pos = quote + 2;
      continue;
    }
    return { value, end: quote + 1 };
  }
}
