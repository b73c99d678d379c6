// DOM and draft helpers every extractor shares. Nothing here reads a global: the document comes in
// as a parameter, so the same code runs in content scripts, in injected scripts and under jsdom.
import type { Channel, LeadDraft, Phone } from '../schema';
import { isEmailLike, mergePhones, toHttpUrl } from './contact-text';

/** The first element matching a selector of the fallback chain, tried in order. */
export function firstOf(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** All elements for the first selector of the chain that matches anything. */
export function allOf(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length) return [...found];
  }
  return [];
}

const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'OPTION', 'BODY', 'CENTER',
]);

/**
 * The text a reader sees, with one line per block element and `<br>`: one walk over the tree,
 * skipping scripts, styles and `hidden` elements (their content is never shown to the rep).
 */
export function visibleLines(root: Node | null, skip?: (element: Element) => boolean): string[] {
  if (!root) return [];
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const tag = element.tagName.toUpperCase();
        if (INVISIBLE.has(tag) || element.hasAttribute('hidden') || skip?.(element)) continue;
        const block = BLOCKS.has(tag);
        if (block) parts.push('\n');
        walk(element);
        if (block) parts.push('\n');
      }
    }
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map(cleanText)
    .filter(Boolean);
}

/** Collapses white space and drops control characters; captured text is only ever plain text. */
export function cleanText(value: string | null | undefined): string {
  return (value ?? '')
    .replace(/\p{Cc}|[\u200b-\u200d\ufeff]/gu, (character) => (/\s/.test(character) ? ' ' : ''))
    .replace(/\s+/g, ' ')
    .trim();
}

export function textOf(element: Element | null | undefined): string | null {
  return clip(cleanText(element?.textContent));
}

/** Text fields of a draft are at most 300 characters (lib/schema.ts); longer text is cut. */
export function clip(value: string | null | undefined, max = 300): string | null {
  const text = cleanText(value);
  if (!text) return null;
  return text.length <= max ? text : text.slice(0, max).trimEnd();
}

export interface DraftParts {
  fullName?: string | null;
  title?: string | null;
  company?: string | null;
  emails?: readonly string[];
  phones?: readonly Phone[];
  website?: string | null;
  linkedinUrl?: string | null;
  location?: string | null;
  sourceTitle?: string | null;
  inquiryAt?: number | null;
  interest?: string | null;
}

/**
 * The one place a draft is assembled: every text is cleaned and cut to the schema's limits,
 * addresses deduplicated, links kept only when http(s). Extractors return what this returns,
 * so no extractor can hand the background a draft that fails the LeadDraft schema.
 */
export function makeDraft(channel: Channel, url: URL | null, parts: DraftParts): LeadDraft {
  const emails = [...new Set((parts.emails ?? []).map((email) => email.trim().toLowerCase()).filter(isEmailLike))];
  const phones = mergePhones(
    [],
    (parts.phones ?? [])
      .map((phone) => ({ number: cleanText(phone.number).slice(0, 40), type: phone.type }))
      .filter((phone) => phone.number.length >= 3),
  );
  const sourceUrl = url ? toHttpUrl(url.href) : null;
  const inquiryAt = parts.inquiryAt;
  return {
    fullName: clip(parts.fullName),
    title: clip(parts.title),
    company: clip(parts.company),
    emails: emails.slice(0, 20),
    phones: phones.slice(0, 20),
    website: parts.website ? toHttpUrl(parts.website) : null,
    linkedinUrl: parts.linkedinUrl ? toHttpUrl(parts.linkedinUrl) : null,
    location: clip(parts.location),
    channel,
    sourceUrl,
    sourceTitle: clip(parts.sourceTitle),
    inquiryAt: typeof inquiryAt === 'number' && Number.isInteger(inquiryAt) && inquiryAt >= 0 ? inquiryAt : null,
    interest: clip(parts.interest, 2000),
  };
}

/** A draft worth saving names the person or gives a way to reach them (lib/store/capture.ts agrees). */
export function identifiesSomeone(draft: LeadDraft): boolean {
  return Boolean(draft.fullName || draft.emails.length || draft.phones.some((p) => p.type !== 'fax') || draft.linkedinUrl);
}
