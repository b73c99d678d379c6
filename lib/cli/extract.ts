// The extraction CLI (DESIGN.md §8): the extension's own extractors, run in Node with jsdom.
//   npm run --silent extract -- --url URL FILE [FILE ...] [--url URL2 FILE ...]
// Each --url applies to the files after it. .html/.htm files are pages at that URL; anything else
// is plain email text. One JSON object per file, one per line, in input order.
import { readFile } from 'node:fs/promises';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractDocument, extractSignature } from '../extract/index';
import { notificationFromText } from '../extract/notification';
import { normalizeDraft, withoutExtension } from '../normalize';
import { isNotALead, refusalText } from '../extract/not-a-lead';
import { meetingOf } from '../extract/notification-time';
import { decodedEmailText, savedMessage } from '../extract/raw-email';
import type { Channel, LeadDraft, Money, NotALead } from '../schema';

/** Phone numbers read in the CLI are taken as US numbers unless written with a country code. */
const CLI_REGION = 'US';

export interface CliLead {
  fullName: string | null;
  title: string | null;
  company: string | null;
  emails: string[];
  phones: string[];
  website: string | null;
  linkedinUrl: string | null;
  location: string | null;
  channel: Channel;
  sourceUrl: string | null;
  interest: string | null;
  budget: Money | null;
  /** Epoch ms. */
  inquiryAt: number | null;
  // What a notification carries (issue 13); null for other sources.
  product: string | null;
  sourcePlatform: string | null;
  pageUrl: string | null;
  replyTo: string | null;
  meetingAt: number | null;
}

export type CliLine = { file: string; lead: CliLead } | { file: string; error: string };

export interface CliJob {
  file: string;
  url: URL | null;
}

export function parseArguments(args: readonly string[]): CliJob[] {
  const jobs: CliJob[] = [];
  let url: URL | null = null;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? args[(index += 1)] : arg.slice('--url='.length);
      if (!value || !URL.canParse(value)) throw new Error(`--url needs an absolute URL, got ${JSON.stringify(value ?? '')}`);
      url = new URL(value);
    } else {
      jobs.push({ file: arg, url });
    }
  }
  if (!jobs.length) throw new Error('usage: npm run --silent extract -- [--url URL] FILE [FILE ...]');
  return jobs;
}

function toCliLead(draft: LeadDraft | null, channel: Channel, url: URL | null): CliLead {
  const lead = draft ? normalizeDraft(draft, CLI_REGION) : null;
  return {
    fullName: lead?.fullName ?? null,
    title: lead?.title ?? null,
    company: lead?.company ?? null,
    emails: lead?.emails ?? [],
    // E.164 as the contract says: the extension the lead card keeps (";ext=204") is not part of it.
    phones: (lead?.phones ?? []).filter((phone) => phone.type !== 'fax').map((phone) => withoutExtension(phone.number)),
    website: lead?.website ?? null,
    linkedinUrl: lead?.linkedinUrl ?? null,
    location: lead?.location ?? null,
    channel: lead?.channel ?? channel,
    sourceUrl: lead?.sourceUrl ?? (url && /^https?:$/.test(url.protocol) ? url.href : null),
    interest: lead?.interest ?? null,
    budget: lead?.budget ?? null,
    inquiryAt: lead?.inquiryAt ?? null,
    product: lead?.product ?? null,
    sourcePlatform: lead?.sourcePlatform ?? null,
    pageUrl: lead?.pageUrl ?? null,
    replyTo: lead?.replyTo ?? null,
    meetingAt: lead ? meetingOf(lead) : null,
  };
}

/** A lead line, or the refusal of an email that is not a lead, as an error line. */
function lineFor(file: string, draft: LeadDraft | NotALead | null, channel: Channel, url: URL | null): CliLine {
  return isNotALead(draft) ? { file, error: `not a lead: ${refusalText(draft)}` } : { file, lead: toCliLead(draft, channel, url) };
}

function channelFor(url: URL | null): Channel {
  if (url?.hostname === 'mail.google.com') return 'email';
  if (url && /(^|\.)linkedin\.com$/.test(url.hostname)) return 'linkedin';
  return 'web';
}

export async function extractFile(job: CliJob): Promise<CliLine> {
  let content: string;
  try {
    content = decodedEmailText(await readFile(job.file, 'utf8'));
  } catch (error) {
    return { file: job.file, error: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  try {
    if (/\.html?$/i.test(job.file)) {
      const url = job.url ?? new URL('https://localhost/');
      // Pages are parsed, never run: no scripts, no subresources, no console noise from the page.
      const dom = new JSDOM(content, { url: url.href, virtualConsole: new VirtualConsole() });
      const draft = extractDocument(dom.window.document, url);
      dom.window.close();
      return lineFor(job.file, draft, channelFor(url), job.url);
    }
    const notification = notificationFromText(content, job.url);
    const { body, hints } = savedMessage(content);
    return lineFor(job.file, notification ?? extractSignature(body, job.url, hints), 'email', job.url);
  } catch (error) {
    return { file: job.file, error: `extraction failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function main(args: readonly string[]): Promise<number> {
  let jobs: CliJob[];
  try {
    jobs = parseArguments(args);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  let failed = false;
  for (const job of jobs) {
    const line = await extractFile(job);
    failed ||= 'error' in line;
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = await main(process.argv.slice(2));
}
