// 100,000 deterministic leads shaped exactly as the capture path stores them (leadFromDraft), so
// bulk-write and memory figures measure real records, not toy objects.
import type { Lead, LeadDraft } from '@/lib/schema';
import { leadFromDraft } from '@/lib/store/leads';
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
