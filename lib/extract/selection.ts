// Selected text → lead draft ("Clip selection as lead"): the rep marked the person's details on a
// page no extractor understands. The selection is read like a signature block, line by line.
import type { Channel, LeadDraft } from '../schema';
import { isGmailMessage, isLinkedInProfile } from './detectors';
import { identifiesSomeone, makeDraft } from './dom';
import { notificationFromText } from './notification';
import { newestMessage, parseSignatureLines } from './signature';

function channelOf(url: URL | null): Channel {
  if (url && isGmailMessage.test(url)) return 'email';
  if (url && isLinkedInProfile.test(url)) return 'linkedin';
  return 'web';
}

export function extractSelection(text: string, url: URL | null): LeadDraft | null {
  // A selected form notification names the person in its labels (issue 13); a refused one names no lead.
  const notification = notificationFromText(text, url);
  if (notification) return 'kind' in notification ? null : notification;
  // Browsers join a multi-line selection with newlines; some flatten it into one line with runs of spaces.
  const lines = newestMessage(text.replace(/\r\n?/g, '\n').split(/\n|\s{3,}|\t+/)).filter((line) => line.trim());
  const fields = parseSignatureLines(lines.slice(0, 60));
  const draft = makeDraft(channelOf(url), url, {
    fullName: fields.fullName,
    title: fields.title,
    company: fields.company,
    emails: fields.emails,
    phones: fields.phones,
    website: fields.website,
    linkedinUrl: fields.linkedinUrl,
    location: fields.address,
  });
  return identifiesSomeone(draft) ? draft : null;
}
