// LinkedIn profile → lead draft (DESIGN.md §3 "LinkedIn"). Classes are hashed on newer layouts,
// so the <title>, headings and link structure come first; classes are fallbacks.
import type { LeadDraft } from '../schema';

const SELECTORS = {
  /** 2024 logged-in layout, then any top-level heading of the main column. */
  name: ['main h1.text-heading-xlarge', 'main h1', 'h1'],
  headline: ['main div.text-body-medium', 'main .top-card-layout__headline'],
  location: ['main span.text-body-small.inline', 'main .top-card__subline-item'],
} as const;

export function isLinkedInProfile(url: URL): boolean {
  return /(^|\.)linkedin\.com$/.test(url.hostname) && /^\/in\/[^/]+\/?$/.test(url.pathname);
}

export function canonicalLinkedInUrl(url: URL): string | null {
  const slug = /^\/in\/([^/?#]+)/.exec(url.pathname)?.[1];
  return slug ? `https://www.linkedin.com/in/${decodeURIComponent(slug).toLowerCase()}/` : null;
}

function text(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    if (value) return value;
  }
  return null;
}

/** "Ada Lovelace | LinkedIn" and "(3) Ada Lovelace | LinkedIn" → "Ada Lovelace". */
function nameFromTitle(title: string): string | null {
  const name = title.replace(/^\(\d+\)\s*/, '').split(/\s+[|–-]\s+/)[0]?.trim();
  return name && !/^linkedin$/i.test(name) ? name : null;
}

export function splitHeadline(headline: string | null): { title: string | null; company: string | null } {
  if (!headline) return { title: null, company: null };
  const match = /^(.*?)\s+(?:at|@|chez|bei|en|presso|na)\s+(.+)$/i.exec(headline);
  return match ? { title: match[1]!.trim(), company: match[2]!.trim() } : { title: headline, company: null };
}

export function extractLinkedIn(doc: Document, url: URL): LeadDraft | null {
  const fullName = nameFromTitle(doc.title) ?? text(doc, SELECTORS.name);
  if (!fullName) return null;
  const { title, company } = splitHeadline(text(doc, SELECTORS.headline));
  return {
    fullName,
    title,
    company,
    emails: [],
    phones: [],
    website: null,
    linkedinUrl: canonicalLinkedInUrl(url),
    location: text(doc, SELECTORS.location),
    channel: 'linkedin',
    sourceUrl: url.href,
    sourceTitle: doc.title.trim() || null,
    inquiryAt: null,
    interest: null,
  };
}
