import type { LeadDraft } from '@/lib/schema';

/** A realistic Gmail capture draft; override any field per test. */
export function gmailDraft(overrides: Partial<LeadDraft> = {}): LeadDraft {
  return {
    fullName: 'Priya Raman',
    title: 'Head of Operations',
    company: 'Northwind Logistics',
    emails: ['Priya.Raman@Northwind-Logistics.example'],
    phones: [
      { number: '+14155550123', type: 'mobile' },
      { number: '+14155550199', type: 'fax' },
    ],
    website: 'https://www.northwind-logistics.example/contact?utm_source=x',
    linkedinUrl: null,
    location: 'Oakland, CA',
    channel: 'email',
    sourceUrl: 'https://mail.google.com/mail/u/0/?utm_source=newsletter#inbox/FMfcgzQXJWDsKpQ',
    sourceTitle: 'Pricing for 40 trucks',
    inquiryAt: Date.UTC(2026, 10, 20, 14, 2),
    interest: 'Pricing for 40 trucks',
    ...overrides,
  };
}
