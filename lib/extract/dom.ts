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

// Local names (lower case in HTML documents; compared lower-cased for XHTML ones).
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'head']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'option', 'body', 'center',
]);

/** Elements whose content is never shown: scripts, styles, `hidden` subtrees. */
export function isHidden(element: Element): boolean {
  return INVISIBLE.has(element.localName.toLowerCase()) || element.hasAttribute('hidden');
}

/** Elements that start and end a line of text (and `<br>`). */
export function isBlock(element: Element): boolean {
  return BLOCKS.has(element.localName.toLowerCase());
}

/**
 * A test for many nodes under one root: true when no element between `root` and the node hides it
 * (or is skipped by the caller). Each element's answer is kept for the next node: the nodes a page
 * scan asks about (its hits, its links) share most of their ancestors, and climbing every chain
 * anew cost ten times a whole DOM walk on a real product page with 1,600 links. Meant for one
 * extraction: the page must not change while the test is in use.
 */
export function shownIn(root: Node, skip?: (element: Element) => boolean): (node: Node) => boolean {
  const known = new Map<Element, boolean>();
  return (node) => {
    const unknown: Element[] = [];
    let shown = true;
    for (let element = node.parentElement; element && element !== root; element = element.parentElement) {
      const seen = known.get(element);
      if (seen !== undefined) {
        shown = seen;
        break;
      }
      unknown.push(element);
      if (isHidden(element) || skip?.(element)) {
        shown = false;
        break;
      }
    }
    // Below a hiding element everything is hidden; below a shown one, nothing on the way hid it.
    for (const element of unknown) known.set(element, shown);
    return shown;
  };
}

/**
 * The text a reader sees under `root`, one line per block element, `<br>` and newline. Scripts,
 * styles and `hidden` elements are skipped: their content is never shown to the rep. Meant for
 * one message body or card; a whole page goes through `contactLineGroups` instead, which builds
 * lines only around possible contact details (DESIGN.md §7).
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
        if (isHidden(element) || skip?.(element)) continue;
        const block = isBlock(element);
        if (block) parts.push('\n');
        walk(element);
        if (block) parts.push('\n');
      }
    }
  };
  walk(root);
  return plainLines(parts.join(''));
}

/**
 * Control characters (`\p{Cc}`) that are not white space, and zero-width spaces and joiners: they
 * are dropped. The white-space ones (tab, CR, newline, U+FEFF) go with the other white space, which
 * becomes one space, so no replacement callback runs on every newline of a page.
 */
const INVISIBLE_CHARACTERS = /[^\P{Cc}\s]|[\u200b-\u200d]/gu;

/**
 * Raw text as the lines a reader sees: split at newlines, control and zero-width characters out,
 * runs of white space to one space. One pass each over the whole text rather than once per line.
 */
export function plainLines(raw: string): string[] {
  return raw
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(/[^\S\n]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Collapses white space and drops control characters; captured text is only ever plain text. */
export function cleanText(value: string | null | undefined): string {
  return (value ?? '')
    .replace(INVISIBLE_CHARACTERS, '')
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
