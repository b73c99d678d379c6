import { extractLinkedInMessaging } from '@/lib/extract/linkedin-messaging';
import { fixturePage } from '../../helpers/dom';

const NOW = new Date(2026, 11, 9, 10, 0).getTime(); // a Wednesday
const THREAD_URL = 'https://www.linkedin.com/messaging/thread/2-ZDk1NGQ2YzEtMWY0Ni00ZGE3LWJmNzQtOGU0ZTk4N2RkNGUxXzAxMA==/';

describe('extractLinkedInMessaging', () => {
  it('full messaging page: the other participant, never the member, and their newest message with its time', () => {
    const { doc, url } = fixturePage('linkedin/messaging-thread.html', THREAD_URL);
    expect(extractLinkedInMessaging(doc, url, NOW)).toStrictEqual({
      fullName: 'Elena Vasquez',
      title: 'Head of Sales Operations',
      company: 'Brightline Freight',
      emails: [],
      phones: [],
      website: null,
      linkedinUrl: 'https://www.linkedin.com/in/elena-vasquez-4b21a9/',
      location: null,
      channel: 'linkedin',
      sourceUrl: THREAD_URL,
      sourceTitle: 'LinkedIn conversation with Elena Vasquez',
      // The second message of her 9:12 group carries no time of its own: it has the group's.
      inquiryAt: new Date(2026, 11, 9, 9, 12).getTime(),
      interest: 'Could you send pricing for 40 seats before Friday?',
    });
  });

  it('chat overlay over the feed: the open bubble, not the minimised one; a past day heading without a year', () => {
    const { doc, url } = fixturePage('linkedin/messaging-overlay.html', 'https://www.linkedin.com/feed/');
    const draft = extractLinkedInMessaging(doc, url, NOW);
    expect([draft?.fullName, draft?.title, draft?.company, draft?.linkedinUrl, draft?.inquiryAt, draft?.interest]).toStrictEqual([
      'Kofi Mensah',
      'Procurement Manager',
      'Akwaaba Foods',
      'https://www.linkedin.com/in/kofi-mensah-b3/',
      new Date(2026, 11, 3, 11, 47).getTime(),
      'Hello Sam, do you integrate with SAP for delivery scheduling? We are looking at options for Q1.',
    ]);
  });

  it('no conversation open: nothing to clip', () => {
    const { doc, url } = fixturePage('linkedin/profile-2024.html', 'https://www.linkedin.com/in/ada-lovelace/');
    expect(extractLinkedInMessaging(doc, url, NOW)).toBeNull();
  });
});
