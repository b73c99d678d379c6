// Selected text → lead draft ("Clip selection as lead"): the rep marked the person's details on a
// page no extractor understands, or a signature in a mail. The selection goes through the same
// reader as any email text (signature.ts): a block that is only a signature is a signature.
import type { Channel, LeadDraft, NotALead } from '../schema';
import { isGmailMessage, isLinkedInProfile } from './detectors';
import { identifiesSomeone } from './dom';
import { notificationFromText } from './notification';
import { emailDraft } from './signature';

function channelOf(url: URL | null): Channel {
  if (url && isGmailMessage.test(url)) return 'email';
  if (url && isLinkedInProfile.test(url)) return 'linkedin';
  return 'web';
}

/**
 * The selection as a capture reads it: a selected form notification names the person in its labels
 * (issue 13), or is refused with its reason (a receipt, a digest); anything else is read as email text.
 */
export function readSelection(text: string, url: URL | null): LeadDraft | NotALead | null {
  const notification = notificationFromText(text, url);
  if (notification) return notification;
  const draft = emailDraft(text, channelOf(url), url);
  return identifiesSomeone(draft) ? draft : null;
}

/** The lead a selection names, or null (a refused notification names none). */
export function extractSelection(text: string, url: URL | null): LeadDraft | null {
  const read = readSelection(text, url);
  return read && 'kind' in read ? null : read;
}
