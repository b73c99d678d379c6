import { describeActivity } from '@/components/Timeline';
import type { Activity } from '@/lib/schema';

const base = { id: 'a1', leadId: 'l1', at: Date.UTC(2026, 10, 20, 14) };

describe('timeline wording', () => {
  it('names fields, channels and amounts as a rep would, never by their keys', () => {
    const activities: Activity[] = [
      { ...base, type: 'updated', fields: ['fullName', 'firstName', 'lastName', 'company.name', 'linkedinUrl', 'phones'] },
      { ...base, type: 'merged', url: null, filled: ['title', 'company.website'], conflicts: [], before: null },
      { ...base, type: 'captured', channel: 'linkedin', url: null },
      { ...base, type: 'contacted', channel: 'linkedin' },
      { ...base, type: 'won', value: 48000, currency: 'USD' },
    ] as Activity[];
    expect(activities.map((activity) => describeActivity(activity, undefined))).toStrictEqual([
      'Edited full name, company, LinkedIn URL, phone',
      'Clipped again: filled in job title, website',
      'Captured from LinkedIn',
      'Contacted: LinkedIn message',
      `Won: ${new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(48000)}`,
    ]);
  });
});
