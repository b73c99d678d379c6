// 100,000 deterministic leads shaped exactly as the capture path stores them (leadFromDraft), so
// bulk-write and memory figures measure real records, not toy objects.
import type { Activity, Lead, LeadDraft, Task } from '@/lib/schema';
import { leadFromDraft } from '@/lib/store/capture';
import { COMPANIES, FIRST_NAMES, LAST_NAMES, seeded } from './prng';

export const LEAD_COUNT = 100_000;
const START = Date.UTC(2026, 0, 1);

export function benchLeads(count = LEAD_COUNT, seed = 7): Lead[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, i) => {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const company = random.pick(COMPANIES);
    const domain = `${company.split(' ')[0]!.toLowerCase()}-${i % 997}.example`;
    const channel = random.pick(['email', 'linkedin', 'web', 'referral', 'form'] as const);
    const at = START + i * 60_000;
    const draft: LeadDraft = {
      fullName: `${first} ${last}`,
      title: random.pick(['Head of Operations', 'Fleet Manager', 'CFO', 'Logistics Lead', null]),
      company,
      emails: [`${first}.${last}.${i}@${domain}`.toLowerCase()],
      phones: random.next() < 0.5 ? [{ number: `+1415555${String(i % 10_000).padStart(4, '0')}`, type: 'mobile' }] : [],
      website: `https://www.${domain}/`,
      linkedinUrl: channel === 'linkedin' ? `https://www.linkedin.com/in/${first}-${last}-${i}/`.toLowerCase() : null,
      location: random.pick(['Oakland, CA', 'Berlin', 'Lyon', 'Osaka', null]),
      channel,
      sourceUrl: channel === 'email' ? `https://mail.google.com/mail/u/0/#inbox/${i.toString(36)}` : null,
      sourceTitle: random.words(5),
      inquiryAt: at - random.int(600_000),
      interest: random.words(8),
    };
    const id = `bench-${String(i).padStart(6, '0')}`;
    return leadFromDraft(draft, { id, captureId: `capture-${id}`, now: at });
  });
}

export const ACTIVITIES_PER_LEAD = 5;

/**
 * Five timeline events per lead (500,000 for the bench's 100,000 leads), following the funnel the
 * metrics read: captured → contacted → meeting booked → stage change → won or lost.
 */
export function benchActivities(leads: readonly Lead[], seed = 11): Activity[] {
  const random = seeded(seed);
  return leads.flatMap((lead, i): Activity[] => {
    const at = lead.createdAt;
    const id = (n: number) => `bench-activity-${String(i).padStart(6, '0')}-${n}`;
    const contactedAt = at + 60_000 + random.int(3_600_000);
    const won = random.next() < 0.2;
    return [
      { id: id(0), leadId: lead.id, at, type: 'captured', channel: lead.source.channel, url: lead.source.url },
      { id: id(1), leadId: lead.id, at: contactedAt, type: 'contacted', channel: random.pick(['call', 'email', 'linkedin'] as const) },
      { id: id(2), leadId: lead.id, at: contactedAt + 86_400_000, type: 'meeting_booked', meetingAt: contactedAt + 3 * 86_400_000 },
      { id: id(3), leadId: lead.id, at: contactedAt + 2 * 86_400_000, type: 'stage_changed', from: 'contacted', to: 'qualifying' },
      won
        ? { id: id(4), leadId: lead.id, at: contactedAt + 20 * 86_400_000, type: 'won', value: 1000 + random.int(50_000), currency: 'USD' }
        : { id: id(4), leadId: lead.id, at: contactedAt + 20 * 86_400_000, type: 'lost', reason: random.pick(['budget', 'timing', 'competitor']) },
    ];
  });
}

/** Pending follow-ups are due from this fixed date on, so the data set stays the same run to run. */
const FUTURE = Date.UTC(2030, 0, 1);

/**
 * One first-contact task per lead: most done, 1% overdue and already notified, 5% with a pending
 * follow-up in the future. Leads get the matching nextDueAt, as lib/store/tasks keeps it.
 */
export function withTasks(leads: readonly Lead[]): { leads: Lead[]; tasks: Task[] } {
  const tasks: Task[] = [];
  const updated = leads.map((lead, i) => {
    const id = (kind: string) => `bench-task-${kind}-${String(i).padStart(6, '0')}`;
    const firstDue = lead.source.inquiryAt + 5 * 60_000;
    if (i % 100 === 0) {
      tasks.push({ id: id('first'), leadId: lead.id, kind: 'first_contact', status: 'pending', dueAt: firstDue, doneAt: null, notifiedAt: firstDue + 20 });
      return { ...lead, nextDueAt: firstDue };
    }
    tasks.push({ id: id('first'), leadId: lead.id, kind: 'first_contact', status: 'done', dueAt: firstDue, doneAt: firstDue - 60_000, notifiedAt: null });
    if (i % 20 !== 1) return lead;
    const followUpDue = FUTURE + i * 60_000;
    tasks.push({ id: id('follow'), leadId: lead.id, kind: 'follow_up', status: 'pending', dueAt: followUpDue, doneAt: null, notifiedAt: null });
    return { ...lead, stage: 'contacted' as const, firstContactAt: firstDue - 60_000, nextDueAt: followUpDue };
  });
  return { leads: updated, tasks };
}
