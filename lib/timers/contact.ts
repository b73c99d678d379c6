// Logging a first contact: which channel a one-click "Mark contacted" means, and the metric it
// produces (time to first contact, measured from when the inquiry arrived), and which captures are
// inquiries that the first-contact clock applies to at all.
import type { Activity, Channel, ContactChannel, Lead, LeadDraft, Settings } from '../schema';
import { formatWhen } from './countdown';
import { HOUR } from './zoned';

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

/** Channels on which the person reached out: an email, a web form, a call. */
const INQUIRY_CHANNELS: readonly Channel[] = ['email', 'form', 'phone'];

/**
 * Whether a capture is an inquiry (the person asked, so the first-contact SLA runs) or a prospect
 * the rep means to reach out to. The rep's (or extractor's) word wins; otherwise an email, form or
 * call is an inquiry, a LinkedIn message is one, and a LinkedIn profile or any other page is not.
 */
export function isInquiry(draft: Pick<LeadDraft, 'channel' | 'sourceUrl' | 'inbound'>): boolean {
  if (typeof draft.inbound === 'boolean') return draft.inbound;
  if (draft.channel === 'linkedin') return draft.sourceUrl !== null && /^https:\/\/(www\.)?linkedin\.com\/messaging\//i.test(draft.sourceUrl);
  return INQUIRY_CHANNELS.includes(draft.channel);
}

/** An inquiry older than the late limit when clipped: its SLA is long gone, so it is not alarmed. */
export function isLateInquiry(inquiryAt: number, now: number, settings: Pick<Settings, 'lateInquiryHours'>): boolean {
  return now - inquiryAt > settings.lateInquiryHours * HOUR;
}

/** The meeting booked last, if it has not started yet at `now`. */
export function upcomingMeeting(activities: readonly Activity[], now: number): number | null {
  let latest: Extract<Activity, { type: 'meeting_booked' }> | null = null;
  for (const activity of activities) if (activity.type === 'meeting_booked' && (!latest || activity.at >= latest.at)) latest = activity;
  return latest && latest.meetingAt > now ? latest.meetingAt : null;
}

/** Why "Meeting held" cannot be logged yet (the booked meeting is still ahead), or null when it can. */
export function meetingHeldProblem(activities: readonly Activity[], now: number, timeZone: string): string | null {
  const meetingAt = upcomingMeeting(activities, now);
  return meetingAt === null ? null : `The meeting is booked for ${formatWhen(meetingAt, now, timeZone)}: log it as held once it has started.`;
}
