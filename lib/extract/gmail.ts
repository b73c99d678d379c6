// Gmail message view → lead draft. Selectors follow DESIGN.md §3 "Gmail": the `[email]` and
// `data-*-message-id` attributes are the stable hooks; class names are fallbacks.
import type { LeadDraft } from '../schema';

const SELECTORS = {
  /** An open message; `data-legacy-message-id` on older layouts. */
  message: ['div.adn.ads[data-message-id]', 'div.adn.ads[data-legacy-message-id]', 'div[data-message-id]'],
  sender: ['span.gD[email]', 'td.gF [email]', '.gE [email]'],
  subject: ['h2.hP', 'h2[data-thread-perm-id]'],
  date: ['.gK span.g3[title]', 'span.g3[title]'],
  body: ['div.a3s', 'div.ii.gt'],
} as const;

export function isGmailMessage(url: URL): boolean {
  return url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail/');
}

function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

function all(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length) return [...found];
  }
  return [];
}

/** The inbound lead is the newest message whose sender is not the rep (`ownEmail`). */
export function extractGmail(doc: Document, url: URL, ownEmail: string | null = null): LeadDraft | null {
  const messages = all(doc, SELECTORS.message).reverse();
  const inbound = messages.find((message) => {
    const sender = first(message, SELECTORS.sender)?.getAttribute('email')?.toLowerCase();
    return sender && sender !== ownEmail?.toLowerCase();
  });
  if (!inbound) return null;
  const sender = first(inbound, SELECTORS.sender)!;
  const dateTitle = first(inbound, SELECTORS.date)?.getAttribute('title') ?? '';
  const parsedDate = Date.parse(dateTitle.replace(/\s+at\s+/, ' '));
  const subject = first(doc, SELECTORS.subject)?.textContent?.trim() || null;
  return {
    fullName: sender.getAttribute('name')?.trim() || null,
    title: null,
    company: null,
    emails: [sender.getAttribute('email')!.trim()],
    phones: [],
    website: null,
    linkedinUrl: null,
    location: null,
    channel: 'email',
    sourceUrl: url.href,
    sourceTitle: subject,
    inquiryAt: Number.isNaN(parsedDate) ? null : parsedDate,
    interest: subject,
  };
}
