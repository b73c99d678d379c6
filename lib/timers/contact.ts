// Logging a first contact: which channel a one-click "Mark contacted" means, and the metric it
// produces (time to first contact, measured from when the inquiry arrived).
import type { ContactChannel, Lead } from '../schema';

export const CONTACT_CHANNEL_LABELS: Record<ContactChannel, string> = {
  call: 'Call',
  email: 'Email',
  linkedin: 'LinkedIn message',
  meeting: 'Meeting',
};

/** The channel a rep most likely answered on: the one the inquiry came through, if reachable. */
export function defaultContactChannel(lead: Pick<Lead, 'source' | 'emails' | 'phones' | 'linkedinUrl'>): ContactChannel {
  if (lead.source.channel === 'linkedin' && lead.linkedinUrl) return 'linkedin';
  if (lead.source.channel === 'phone' && lead.phones.length) return 'call';
  if (lead.emails.length) return 'email';
  if (lead.phones.length) return 'call';
  if (lead.linkedinUrl) return 'linkedin';
  return 'email';
}

/** Milliseconds from inquiry to first contact; null while the lead waits. */
export function timeToFirstContact(lead: Pick<Lead, 'source' | 'firstContactAt'>): number | null {
  return lead.firstContactAt === null ? null : Math.max(0, lead.firstContactAt - lead.source.inquiryAt);
}
