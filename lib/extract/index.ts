// One entry point per input: a page at a URL (the right extractor for the site) or plain email
// text. The injected page script, the content scripts' fallbacks and the CLI all call these.
import type { LeadDraft, NotALead } from '../schema';
import { isLinkedInMessaging, isLinkedInProfile } from './detectors';
import { extractGmail } from './gmail';
import { extractLinkedIn } from './linkedin';
import { extractLinkedInMessaging } from './linkedin-messaging';
import { extractPage } from './page';

/**
 * Gmail URL → Gmail extractor, LinkedIn `/in/` → LinkedIn extractor, a LinkedIn conversation → the
 * conversation's extractor, anything else → generic (DESIGN.md §8).
 * A notification that is not a lead (issue 13) says why instead of giving a draft.
 */
export function extractDocument(doc: Document, url: URL): LeadDraft | NotALead | null {
  return url.hostname === 'mail.google.com' ? extractGmail(doc, url) : extractSite(doc, url);
}

/** Any page but Gmail's, whose reader is a script of its own (entrypoints/gmail-extract): what the injected page script carries. */
export function extractSite(doc: Document, url: URL): LeadDraft | null {
  if (isLinkedInProfile.test(url)) return extractLinkedIn(doc, url);
  if (isLinkedInMessaging.test(url)) return extractLinkedInMessaging(doc, url);
  return extractPage(doc, url);
}

export { extractSignature } from './signature';
export { extractSelection } from './selection';
