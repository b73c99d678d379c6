// Bundled by esbuild and evaluated inside Chromium pages (tests/bench/bundle.ts): the product's
// extractors, the bench's page and lead generators, and the baselines that run next to them.
import { extractGmail } from '@/lib/extract/gmail';
import { extractLinkedIn } from '@/lib/extract/linkedin';
import { extractPage } from '@/lib/extract/page';
import { openRawLeads, putAllRaw } from './raw-idb';
import { benchActivities, benchLeads, withTasks } from './leads';
import { measureListQueries } from './list';
import { measureImport, measureMetrics } from './product-store';

/** One extractor per bench page; a page name missing here is reported as not measurable. */
const extractors: Record<string, (doc: Document, url: URL) => unknown> = {
  gmail: extractGmail,
  linkedin: extractLinkedIn,
  generic: extractPage,
};

/** The baseline of DESIGN.md §7: one walk over every node of the page. */
function walkAll(doc: Document): number {
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_ALL);
  let nodes = 0;
  while (walker.nextNode()) nodes++;
  return nodes;
}

/**
 * Median milliseconds of one call over 15 samples. Chromium coarsens performance.now() to 0.1 ms,
 * so each sample times a batch of calls sized to take at least 10 ms, after one warm-up batch.
 */
function timeMedian(run: () => unknown, samples = 15): number {
  let batch = 1;
  const timeBatch = () => {
    const start = performance.now();
    for (let i = 0; i < batch; i++) run();
    return performance.now() - start;
  };
  while (timeBatch() < 10) batch *= 2;
  const times = Array.from({ length: samples }, () => timeBatch() / batch).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function measureExtraction(page: string, url: string) {
  const extract = extractors[page];
  const walk = timeMedian(() => walkAll(document));
  if (!extract) return { walk, extract: null, nodes: walkAll(document), found: null };
  const found = extract(document, new URL(url)) as { fullName?: string | null } | null;
  return { walk, extract: timeMedian(() => extract(document, new URL(url))), nodes: walkAll(document), found: found?.fullName ?? null };
}

Object.assign(globalThis, { LeadClipBench: { measureExtraction, measureListQueries, measureImport, measureMetrics, benchLeads, benchActivities, withTasks, openRawLeads, putAllRaw } });
