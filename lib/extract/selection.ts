// Selected text → lead draft ("Clip selection as lead"): the rep marked the person's details on a
// page no extractor understands, or a signature in a mail. The selection goes through the same
// reader as any email text (signature.ts): a block that is only a signature is a signature.
import type { Channel, LeadDraft } from '../schema';
import { isGmailMessage, isLinkedInProfile } from './detectors';
import { identifiesSomeone } from './dom';
import { emailDraft } from './signature';

function channelOf(url: URL | null): Channel {
  if (url && isGmailMessage.test(url)) return 'email';
  if (url && isLinkedInProfile.test(url)) return 'linkedin';
  return 'web';
}

export function extractSelection(text: string, url: URL | null): LeadDraft | null {
  const draft = emailDraft(text, channelOf(url), url);
  return identifiesSomeone(draft) ? draft : null;
}
