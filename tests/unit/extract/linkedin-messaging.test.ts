import { extractLinkedInMessaging } from '@/lib/extract/linkedin-messaging';
import { fixturePage, fixtureText, page } from '../../helpers/dom';

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

  it('French interface: "Hier" above the newest message, the member named by "Photo de …", a 24-hour clock', () => {
    const { doc, url } = fixturePage('linkedin/messaging-thread-fr.html', THREAD_URL);
    const draft = extractLinkedInMessaging(doc, url, NOW);
    expect([draft?.fullName, draft?.inquiryAt, draft?.interest]).toStrictEqual([
      'Julien Moreau',
      new Date(2026, 11, 8, 16, 5).getTime(),
      'Pourriez-vous m’envoyer une démo la semaine prochaine ? Nous avons 60 camions.',
    ]);
  });

  // NOW is Wednesday, December 9, 2026: today is the 9th, yesterday the 8th, the last Monday the 7th.
  it.each([
    ['Aujourd’hui', 9], ["Aujourd'hui", 9], ['Heute', 9], ['Hoy', 9], ['Oggi', 9], ['Hoje', 9],
    ['Hier', 8], ['Gestern', 8], ['Ayer', 8], ['Ieri', 8], ['Ontem', 8], ['Yesterday', 8],
    ['lundi', 7], ['Montag', 7], ['lunes', 7], ['lunedì', 7], ['segunda-feira', 7], ['Monday', 7],
    ['mardi', 8], ['Sonntag', 6], ['miércoles', 2], ['sábado', 5], ['venerdì', 4],
    ['3 déc.', 3], ['3. Dez.', 3], ['Dec 3', 3],
  ])('day heading "%s" places the message on December %i', (heading, day) => {
    const html = fixtureText('linkedin/messaging-thread-fr.html').replace('>Hier<', `>${heading}<`);
    const { doc, url } = page(html, THREAD_URL);
    expect(extractLinkedInMessaging(doc, url, NOW)?.inquiryAt).toBe(new Date(2026, 11, day, 16, 5).getTime());
  });

  it('no conversation open: nothing to clip', () => {
    const { doc, url } = fixturePage('linkedin/profile-2024.html', 'https://www.linkedin.com/in/ada-lovelace/');
    expect(extractLinkedInMessaging(doc, url, NOW)).toBeNull();
  });
});
