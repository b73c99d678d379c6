// Selected text → lead draft ("Clip selection as lead"): the rep marked the person's details on a
// page no extractor understands, or a signature in a mail. The selection goes through the same
// reader as any email text (signature.ts): a block that is only a signature is a signature.
import type { Channel, LeadDraft } from '../schema';
import { isGmailMessage, isLinkedInProfile } from './detectors';
import { identifiesSomeone, makeDraft } from './dom';
import { leadFields, parseEmailText } from './signature';

function channelOf(url: URL | null): Channel {
  if (url && isGmailMessage.test(url)) return 'email';
  if (url && isLinkedInProfile.test(url)) return 'linkedin';
  return 'web';
}

export function extractSelection(text: string, url: URL | null): LeadDraft | null {
  const lead = leadFields(parseEmailText(text));
  const draft = makeDraft(channelOf(url), url, {
    fullName: lead.name,
    title: lead.title,
    company: lead.company,
    emails: lead.emails,
    phones: lead.phones,
    website: lead.website,
    linkedinUrl: lead.linkedinUrl,
    location: lead.address,
  });
  return identifiesSomeone(draft) ? draft : null;
}
