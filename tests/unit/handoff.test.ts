import { crmRequestFor } from '@/lib/crm/recipe';
import { composeHandoffNote, type HandoffInput } from '@/lib/handoff';
import type { Activity, Checklist, Lead } from '@/lib/schema';
import { leadFromDraft } from '@/lib/store/capture';
import { defaultTemplate } from '@/lib/templates';
import { gmailDraft } from '../helpers/fixtures';

const CAPTURED = Date.UTC(2026, 10, 20, 14, 5);
const MINUTE = 60_000;

function realisticInput(): HandoffInput {
  const lead: Lead = {
    ...leadFromDraft(gmailDraft({ emails: ['priya.raman@northwind-logistics.example'] }), { id: 'lead-1', captureId: 'cap-1', now: CAPTURED }),
    stage: 'qualified',
    score: 84,
    tier: 'sql',
    budget: { amount: 48000, currency: 'USD' },
    consent: { basis: 'legitimate_interest', recordedAt: CAPTURED, note: 'Asked for pricing by email', noticeSentAt: null },
  };
  const answer = (value: 'yes' | 'no' | 'unknown', note: string | null = null) => ({ value, note, answeredAt: CAPTURED + 30 * MINUTE });
  const checklist: Checklist = {
    leadId: 'lead-1',
    templateId: 'default-bant',
    updatedAt: CAPTURED,
    answers: {
      budget: answer('yes', 'approved for Q1'),
      authority: answer('yes', 'signs with the CFO'),
      need: answer('yes'),
      timing: answer('yes', '< 3 months'),
      fit: answer('unknown'),
    },
  };
  const activities: Activity[] = [
    { id: 'a1', leadId: 'lead-1', at: CAPTURED, type: 'captured', channel: 'email', url: lead.source.url },
    { id: 'a2', leadId: 'lead-1', at: CAPTURED + 3 * MINUTE, type: 'contacted', channel: 'call' },
    { id: 'a3', leadId: 'lead-1', at: CAPTURED + 20 * MINUTE, type: 'note', text: 'Runs 40 trucks, fleet grows to 60 next year.' },
    { id: 'a4', leadId: 'lead-1', at: CAPTURED + 25 * MINUTE, type: 'meeting_booked', meetingAt: Date.UTC(2026, 10, 24, 16, 0) },
    { id: 'a5', leadId: 'lead-1', at: CAPTURED + 40 * MINUTE, type: 'stage_changed', from: 'qualifying', to: 'qualified' },
  ];
  return {
    lead,
    template: defaultTemplate(),
    checklist,
    activities,
    score: { score: 84, tier: 'sql', reasons: ['budget approved for Q1', 'authority signs with the CFO', 'need yes', 'timing < 3 months'] },
    now: CAPTURED + 60 * MINUTE,
  };
}

describe('composeHandoffNote', () => {
  it('writes every section of a realistic SQL lead as Markdown', () => {
    expect(composeHandoffNote(realisticInput(), 'markdown')).toBe(`# Handoff: Priya Raman — Northwind Logistics

## Summary
- Priya Raman, Head of Operations at Northwind Logistics, Oakland, CA
- SQL: budget approved for Q1, authority signs with the CFO, need yes, timing < 3 months (score 84); stage Qualified
- Email: priya.raman@northwind-logistics.example
- Phone: +14155550123 (mobile)

## Need
- Asked about: Pricing for 40 trucks
- Do they have a clear need we solve? yes

## Budget
- 48000 USD
- Is there a budget for this? yes (approved for Q1)

## Authority
- Is this person the decision maker, or do we know who is? yes (signs with the CFO)

## Timing
- Do they want to buy within 3 months? yes (< 3 months)
- Is there a pressing event driving the purchase? not asked

## Fit
- Do they fit our ideal customer profile? unknown

## Next step
- Meeting booked for 2026-11-24 16:00 UTC

## Contact history
- 2026-11-20 14:05 UTC: captured from email
- 2026-11-20 14:08 UTC: contacted by call
- 2026-11-20 14:30 UTC: meeting booked for 2026-11-24 16:00 UTC
- 2026-11-20 14:45 UTC: Qualifying → Qualified

## Notes
- 2026-11-20 14:25 UTC: Runs 40 trucks, fleet grows to 60 next year.

## Source
- email: Pricing for 40 trucks
- https://mail.google.com/mail/u/0/?utm_source=newsletter#inbox/FMfcgzQXJWDsKpQ
- Inquiry 2026-11-20 14:02 UTC, captured 2026-11-20 14:05 UTC

## Consent
- Basis: legitimate interest (recorded 2026-11-20 14:05 UTC)
- Asked for pricing by email
- Privacy notice not sent yet
`);
  });

  it('writes the same content as plain text with upper-case headings', () => {
    const text = composeHandoffNote(realisticInput(), 'text');
    expect(text.split('\n').slice(0, 7)).toStrictEqual([
      'Handoff: Priya Raman — Northwind Logistics',
      '',
      'SUMMARY',
      '  Priya Raman, Head of Operations at Northwind Logistics, Oakland, CA',
      '  SQL: budget approved for Q1, authority signs with the CFO, need yes, timing < 3 months (score 84); stage Qualified',
      '  Email: priya.raman@northwind-logistics.example',
      '  Phone: +14155550123 (mobile)',
    ]);
    expect(text).not.toMatch(/^#/m);
    expect(text).toContain('NEXT STEP\n  Meeting booked for 2026-11-24 16:00 UTC');
  });

  it('writes an extension out for the next person and the CRM', () => {
    const input = realisticInput();
    const lead = { ...input.lead, phones: ['+12125550100;ext=4512'], phoneTypes: {} };
    expect(composeHandoffNote({ ...input, lead }, 'text')).toContain('Phone: +12125550100 ext. 4512');
    expect(crmRequestFor(lead, 'note', 'text', { ownerId: null, pipelineId: null, stageId: null }).person.phone).toBe('+12125550100 ext. 4512');
  });

  it('says what is not established yet for a fresh lead instead of leaving gaps', () => {
    const fresh = realisticInput();
    const note = composeHandoffNote(
      { ...fresh, lead: { ...fresh.lead, budget: null, interest: null }, checklist: undefined, activities: [], score: { score: 0, tier: 'cold', reasons: [] } },
      'text',
    );
    expect(note).toContain('BUDGET\n  Is there a budget for this? not asked');
    expect(note).toContain('CONTACT HISTORY\n  No contact yet');
    expect(note).toContain('NEXT STEP\n  No meeting booked yet: agree a first call');
    expect(note).toContain('Cold: no answers yet (score 0)');
    expect(note).not.toContain('NOTES');
  });

  it('names what a notification told: the product, the source platform and the form page (issue 13)', () => {
    const input = realisticInput();
    const lead = leadFromDraft(
      gmailDraft({ channel: 'form', product: 'Route planning', sourcePlatform: 'HubSpot', pageUrl: 'https://fleetly.example/pricing?utm_source=linkedin' }),
      { id: 'lead-2', captureId: 'cap-2', now: CAPTURED },
    );
    const note = composeHandoffNote({ ...input, lead }, 'text');
    expect(note).toContain('Product or service: Route planning');
    expect(note).toContain('SOURCE\n  form via HubSpot: Pricing for 40 trucks');
    expect(note).toContain('Form page: https://fleetly.example/pricing?utm_source=linkedin');
  });
});
