// Counting right, wrong and missing answers for the extraction accuracy bench.

/** True/false positives and false negatives for one source and field. */
export class Score {
  tp = 0;
  fp = 0;
  fn = 0;
  cases = 0;

  /** A single-valued field: right, wrong, or missing. */
  single(expected: string | null, found: string | null, same: (expected: string, found: string) => boolean = equalText): void {
    if (!expected && !found) return;
    this.cases += 1;
    if (expected && found && same(expected, found)) this.tp += 1;
    else {
      if (found) this.fp += 1;
      if (expected) this.fn += 1;
    }
  }

  /** A set-valued field (all emails of a page): each expected item found or not, each extra one wrong. */
  sets(expected: Set<string>, found: Set<string>): void {
    this.cases += 1;
    for (const item of found) {
      if (expected.has(item)) this.tp += 1;
      else this.fp += 1;
    }
    for (const item of expected) if (!found.has(item)) this.fn += 1;
  }

  get precision(): number | null {
    return this.tp + this.fp ? this.tp / (this.tp + this.fp) : null;
  }

  get recall(): number | null {
    return this.tp + this.fn ? this.tp / (this.tp + this.fn) : null;
  }
}

export function equalText(a: string, b: string): boolean {
  const clean = (value: string) => value.replace(/\s+/g, ' ').trim().toLowerCase();
  return clean(a) === clean(b);
}

export function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

/** A Markdown table with padded columns. */
export function printTable(header: string[], lines: string[][]): void {
  const widths = header.map((title, index) => Math.max(title.length, ...lines.map((line) => line[index]!.length)));
  const format = (line: string[]) => `| ${line.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const line of lines) console.log(format(line));
}
