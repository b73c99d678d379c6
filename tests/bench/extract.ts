// Extraction on 1 MB pages vs one DOM walk that reads every text node of the same page once
// (DESIGN.md §7: at most 2×).
// Both run in the same Chromium page, interleaved: the ratio is the median of 15 paired samples.
import type { BrowserContext } from '@playwright/test';
import { type BenchPage, genericPage, gmailPage, linkedInPage } from './pages';
import { type Result, round } from './report';

interface Measured {
  walk: number;
  extract: number | null;
  /** Median of the per-sample ratios extract / walk. */
  ratio: number | null;
  nodes: number;
  found: string | null;
}

export async function extractionFigures(context: BrowserContext, bundle: string): Promise<Result[]> {
  const results: Result[] = [];
  for (const benchPage of [gmailPage(), linkedInPage(), genericPage()]) {
    results.push(await measurePage(context, bundle, benchPage));
  }
  return results;
}

async function measurePage(context: BrowserContext, bundle: string, benchPage: BenchPage): Promise<Result> {
  const page = await context.newPage();
  try {
    await page.setContent(benchPage.html);
    await page.evaluate(bundle);
    const m = await page.evaluate(
      ([name, url]) =>
        (globalThis as unknown as { LeadClipBench: { measureExtraction(n: string, u: string): Measured } }).LeadClipBench.measureExtraction(name, url),
      [benchPage.name, benchPage.url] as const,
    );
    const size = `${round(benchPage.html.length / 1024 / 1024)} MB, ${m.nodes.toLocaleString('en-US')} text nodes`;
    const base = { name: `extract.${benchPage.name}.1mb`, unit: 'ms', budget: '<= 2x baseline', baseline: round(m.walk, 3) };
    if (m.extract === null) {
      return { ...base, value: null, ratio: null, pass: false, note: `no ${benchPage.name} extractor on this branch yet (page: ${size})` };
    }
    const ratio = round(m.ratio!);
    if (!m.found) {
      return { ...base, value: round(m.extract, 3), ratio, pass: false, note: `the extractor found no lead on the page (${size})` };
    }
    return { ...base, value: round(m.extract, 3), ratio, pass: ratio <= 2, note: `${size}; found "${m.found}"; baseline: a walk reading every text node once; ratio: median of 15 paired samples` };
  } finally {
    await page.close();
  }
}
