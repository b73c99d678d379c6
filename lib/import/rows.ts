// One CSV record → what the capture path takes (a LeadDraft) plus the stored fields a draft does
// not carry (stage, consent, ids…, present in LeadClip's own export). Pure: the side panel uses
// it for the preview and the background checks every row again before writing.
import { z } from 'zod';
import { normalizeEmail, parseMoney, regionOfCountry, websiteOrigin } from '../normalize';
import { describeIssues } from '../protocol';
import { CHANNELS, Company, Consent, Lead, LeadDraft, type Phone, PhoneType, Source } from '../schema';
import { type ColumnMapping, IMPORT_TARGET_LABELS, type ImportTarget } from './columns';

/** Stored lead fields beyond the draft; validated again as a whole Lead after the merge. */
export const LeadExtras = z
  .object({
    ...Lead.pick({
      id: true, createdAt: true, updatedAt: true, firstName: true, lastName: true, phoneTypes: true, fax: true,
      budget: true, owner: true, tags: true, stage: true, score: true, tier: true, provenance: true,
      nextDueAt: true, firstContactAt: true, inbound: true, nextTask: true,
    }).shape,
    company: Company.pick({ domain: true }).partial(),
    source: Source.pick({ capturedAt: true, utm: true }).partial(),
    consent: Consent.partial(),
  })
  .partial()
  .strict();
export type LeadExtras = z.infer<typeof LeadExtras>;

export const ImportRow = z.object({
  row: z.number().int().positive(),
  draft: LeadDraft,
  extra: LeadExtras,
  /** The row's own country (its "Country" column), to read its phone numbers in; else the rep's default. */
  region: z.string().regex(/^[A-Z]{2}$/).optional(),
});
export type ImportRow = z.infer<typeof ImportRow>;

export interface RowProblem {
  row: number;
  reason: string;
}

class RowError extends Error {}

/** Lists are joined with "; " in exports; emails (which never hold commas) may also use commas. */
const splitList = (value: string, commas = false) => value.split(commas ? /\s*[;,\n]\s*/ : /\s*[;\n]\s*/).filter(Boolean);

const label = (target: ImportTarget) => IMPORT_TARGET_LABELS[target] ?? target;

function timestamp(value: string, target: ImportTarget): number {
  const at = /^\d{12,}$/.test(value) ? Number(value) : Date.parse(value);
  if (!Number.isFinite(at) || at < 0) throw new RowError(`${label(target)}: "${value}" is not a date.`);
  return at;
}

function parseJson(value: string, target: ImportTarget): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw new RowError(`${label(target)}: this column can only be read from a LeadClip export, and this cell is not one.`);
  }
}

function channelOf(value: string): Lead['source']['channel'] {
  const lower = value.trim().toLowerCase();
  return CHANNELS.find((channel) => lower.includes(channel)) ?? 'other';
}

/** Cells gathered per target; list targets and location keep every mapped column. */
function collect(cells: readonly string[], mapping: ColumnMapping): Map<ImportTarget, string[]> {
  const values = new Map<ImportTarget, string[]>();
  mapping.forEach((target, index) => {
    if (target === null) return;
    const cell = (cells[index] ?? '').trim();
    values.set(target, [...(values.get(target) ?? []), cell]);
  });
  return values;
}

export function toImportRow(cells: readonly string[], mapping: ColumnMapping, row: number, now: number): ImportRow | RowProblem {
  try {
    return { row, ...convert(collect(cells, mapping), now) };
  } catch (error) {
    if (error instanceof RowError) return { row, reason: error.message };
    throw error;
  }
}

function convert(values: Map<ImportTarget, string[]>, now: number): Omit<ImportRow, 'row'> {
  const has = (target: ImportTarget) => values.has(target);
  const one = (target: ImportTarget) => values.get(target)?.find(Boolean) ?? null;
  const many = (target: ImportTarget) => (values.get(target) ?? []).flatMap((cell) => splitList(cell, target === 'emails'));
  const time = (target: ImportTarget) => {
    const value = one(target);
    return value === null ? null : timestamp(value, target);
  };

  const emails = many('emails').map((raw) => normalizeEmail(raw) ?? raw);
  const badEmail = emails.find((email) => normalizeEmail(email) === null);
  if (badEmail !== undefined) throw new RowError(`"${badEmail}" is not an email address.`);

  const phoneTypes = has('phoneTypes') && one('phoneTypes') ? z.record(z.string(), PhoneType).safeParse(parseJson(one('phoneTypes')!, 'phoneTypes')) : null;
  if (phoneTypes && !phoneTypes.success) throw new RowError(`${label('phoneTypes')}: this cell is not from a LeadClip export.`);
  const typeOf = (number: string) => phoneTypes?.data?.[number] ?? phoneTypes?.data?.[number.replace(/[^\d+]/g, '')] ?? 'other';
  const phones: Phone[] = many('phones').map((number) => ({ number, type: typeOf(number) }));
  const fax = one('fax');
  if (fax) phones.push({ number: fax, type: 'fax' });

  const website = one('company.website');
  const origin = website ? websiteOrigin(website) : null;
  if (website && !origin) throw new RowError(`"${website}" is not a web address.`);
  const first = one('firstName');
  const last = one('lastName');
  const fullName = one('fullName') ?? ([first, last].filter(Boolean).join(' ') || null);

  const draft = LeadDraft.safeParse({
    fullName,
    title: one('title'),
    company: one('company.name'),
    emails,
    phones,
    website: origin,
    linkedinUrl: one('linkedinUrl'),
    location: [...(values.get('location') ?? []), ...(values.get('country') ?? [])].filter(Boolean).join(', ') || null,
    channel: channelOf(one('source.channel') ?? 'other'),
    sourceUrl: one('source.url'),
    sourceTitle: one('source.title'),
    inquiryAt: time('source.inquiryAt') ?? now,
    interest: one('interest'),
    // Notification fields (issue 13), only when the file has their columns.
    ...(has('product') ? { product: one('product') } : {}),
    ...(has('replyTo') ? { replyTo: one('replyTo') } : {}),
    ...(has('source.platform') ? { sourcePlatform: one('source.platform') } : {}),
    ...(has('source.pageUrl') ? { pageUrl: one('source.pageUrl') } : {}),
  });
  if (!draft.success) throw new RowError(describeIssues(draft.error).join('; '));
  const { fullName: name, emails: list, phones: numbers, linkedinUrl } = draft.data;
  if (!name && list.length === 0 && numbers.length === 0 && !linkedinUrl) {
    throw new RowError('no name, email, phone or LinkedIn URL');
  }
  const extra = LeadExtras.safeParse(extrasOf(values, { has, one, many, time }));
  if (!extra.success) throw new RowError(describeIssues(extra.error).join('; '));
  const country = one('country');
  const region = regionOfCountry(country);
  if (country && !region) throw new RowError(`"${country}" is not a country LeadClip knows; write its name in English or its two-letter code.`);
  return { draft: draft.data, extra: extra.data, ...(region ? { region } : {}) };
}

interface Readers {
  has: (target: ImportTarget) => boolean;
  one: (target: ImportTarget) => string | null;
  many: (target: ImportTarget) => string[];
  time: (target: ImportTarget) => number | null;
}

/** Only mapped columns become extras; an empty mapped cell means "empty", not "unknown". */
function extrasOf(values: Map<ImportTarget, string[]>, { has, one, many, time }: Readers): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  const set = (target: ImportTarget, apply: () => void) => {
    if (has(target)) apply();
  };
  set('id', () => one('id') && (extra.id = one('id')));
  set('createdAt', () => time('createdAt') !== null && (extra.createdAt = time('createdAt')));
  set('updatedAt', () => time('updatedAt') !== null && (extra.updatedAt = time('updatedAt')));
  set('firstName', () => (extra.firstName = one('firstName')));
  set('lastName', () => (extra.lastName = one('lastName')));
  set('phoneTypes', () => (extra.phoneTypes = one('phoneTypes') ? JSON.parse(one('phoneTypes')!) : {}));
  set('fax', () => (extra.fax = one('fax')));
  set('owner', () => (extra.owner = one('owner')));
  set('tags', () => (extra.tags = many('tags')));
  set('stage', () => one('stage') && (extra.stage = one('stage')!.toLowerCase()));
  set('score', () => one('score') && (extra.score = Number(one('score'))));
  set('tier', () => one('tier') && (extra.tier = one('tier')!.toLowerCase()));
  set('provenance', () => (extra.provenance = one('provenance') ? parseJson(one('provenance')!, 'provenance') : {}));
  set('nextDueAt', () => (extra.nextDueAt = time('nextDueAt')));
  set('firstContactAt', () => (extra.firstContactAt = time('firstContactAt')));
  set('inbound', () => one('inbound') && (extra.inbound = one('inbound')!.toLowerCase() === 'yes'));
  set('nextTask', () => one('nextTask') && (extra.nextTask = parseJson(one('nextTask')!, 'nextTask') as LeadExtras['nextTask']));
  if (has('budget.amount')) {
    const amount = one('budget.amount');
    const money = amount ? parseMoney(amount) : null;
    if (amount && !money) throw new RowError(`${label('budget.amount')}: "${amount}" is not an amount.`);
    extra.budget = money ? { amount: money.amount, currency: (one('budget.currency') ?? money.currency ?? 'USD').toUpperCase() } : null;
  }
  if (has('company.domain')) extra.company = { domain: one('company.domain') };
  const source: Record<string, unknown> = {};
  set('source.capturedAt', () => time('source.capturedAt') !== null && (source.capturedAt = time('source.capturedAt')));
  set('source.utm', () => (source.utm = one('source.utm') ? parseJson(one('source.utm')!, 'source.utm') : null));
  if (Object.keys(source).length) extra.source = source;
  const consent: Record<string, unknown> = {};
  set('consent.basis', () => one('consent.basis') && (consent.basis = one('consent.basis')));
  set('consent.recordedAt', () => (consent.recordedAt = time('consent.recordedAt')));
  set('consent.note', () => (consent.note = one('consent.note')));
  set('consent.noticeSentAt', () => (consent.noticeSentAt = time('consent.noticeSentAt')));
  if (Object.keys(consent).length) extra.consent = consent;
  return extra;
}
