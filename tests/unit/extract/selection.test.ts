import { extractSelection } from '@/lib/extract/selection';

describe('extractSelection', () => {
  it('reads selected contact lines on any page', () => {
    const text = 'Priya Raman\nHead of Operations\nNorthwind Logistics\npriya@northwind.example\nM: +1 415 555 0123';
    expect(extractSelection(text, new URL('https://northwind.example/team'))).toStrictEqual({
      fullName: 'Priya Raman',
      title: 'Head of Operations',
      company: 'Northwind Logistics',
      emails: ['priya@northwind.example'],
      phones: [{ number: '+1 415 555 0123', type: 'mobile' }],
      website: null,
      linkedinUrl: null,
      location: null,
      channel: 'web',
      sourceUrl: 'https://northwind.example/team',
      sourceTitle: null,
      inquiryAt: null,
      interest: null,
    });
  });

  it('reads a selection flattened onto one line, and names the channel from the page', () => {
    const draft = extractSelection('Tom Okafor     tom@okafor.example     +44 20 7946 0000', new URL('https://www.linkedin.com/in/tom-okafor/'));
    expect(draft).toMatchObject({ fullName: 'Tom Okafor', emails: ['tom@okafor.example'], channel: 'linkedin' });
  });

  it('returns null when the selection names no one', () => {
    expect(extractSelection('Read our pricing page for details.', null)).toBeNull();
  });
});
