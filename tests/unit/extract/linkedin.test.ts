import { extractLinkedIn, splitHeadline } from '@/lib/extract/linkedin';
import { fixturePage, page } from '../../helpers/dom';

const empty = { emails: [], phones: [], website: null, channel: 'linkedin', inquiryAt: null, interest: null } as const;

describe('extractLinkedIn', () => {
  it('reads the 2024 logged-in layout: the current position from the experience section, not the viewer', () => {
    const { doc, url } = fixturePage('linkedin/profile-2024.html', 'https://www.linkedin.com/in/Ada-Lovelace-42/?trk=feed');
    expect(extractLinkedIn(doc, url)).toStrictEqual({
      ...empty,
      fullName: 'Ada Lovelace',
      title: 'Chief Technology Officer',
      company: 'Analytical Engines Ltd',
      linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace-42/',
      location: 'London, England, United Kingdom',
      sourceUrl: 'https://www.linkedin.com/in/Ada-Lovelace-42/?trk=feed',
      sourceTitle: '(4) Ada Lovelace | LinkedIn',
    });
  });

  it('reads the 2025 hashed-class layout from the title, headings and aria-hidden labels, including a grouped position', () => {
    const { doc, url } = fixturePage('linkedin/profile-2025-hashed.html', 'https://www.linkedin.com/in/grace-hopper/');
    expect(extractLinkedIn(doc, url)).toStrictEqual({
      ...empty,
      fullName: 'Grace Hopper',
      title: 'Rear Admiral',
      company: 'United States Navy',
      linkedinUrl: 'https://www.linkedin.com/in/grace-hopper/',
      location: null,
      sourceUrl: 'https://www.linkedin.com/in/grace-hopper/',
      sourceTitle: 'Grace Hopper | LinkedIn',
    });
  });

  it('reads the 2016 public layout and its JSON-LD Person', () => {
    const { doc, url } = fixturePage('linkedin/profile-2016-public.html', 'https://www.linkedin.com/in/katherine-johnson');
    expect(extractLinkedIn(doc, url)).toStrictEqual({
      ...empty,
      fullName: 'Katherine Johnson',
      title: 'Research Mathematician',
      company: 'NASA Langley Research Center',
      linkedinUrl: 'https://www.linkedin.com/in/katherine-johnson/',
      location: 'Hampton, Virginia',
      sourceUrl: 'https://www.linkedin.com/in/katherine-johnson',
      sourceTitle: 'Katherine Johnson | LinkedIn',
    });
  });

  it('never takes the logged-in viewer’s name when the profile heading is missing', () => {
    const { doc, url } = fixturePage('linkedin/profile-2024.html', 'https://www.linkedin.com/in/ada-lovelace-42/');
    doc.title = '';
    doc.querySelector('main h1')!.remove();
    const draft = extractLinkedIn(doc, url);
    expect(draft?.fullName).not.toBe('Sam Rep');
    expect(draft).toBeNull();
  });

  it('returns null for "Profile Not Found" and sign-in walls', () => {
    const notFound = page('<title>Profile Not Found | LinkedIn</title><main><h1>An exact match for ada could not be found.</h1></main>', 'https://www.linkedin.com/in/ada/');
    expect(extractLinkedIn(notFound.doc, notFound.url)).toBeNull();
    const wall = page('<title>LinkedIn: Log In or Sign Up</title><h1>Join LinkedIn</h1>', 'https://www.linkedin.com/in/ada/');
    expect(extractLinkedIn(wall.doc, wall.url)).toBeNull();
  });

  it.each([
    ['VP Sales at Acme', { title: 'VP Sales', company: 'Acme' }],
    ['Founder @ Tiny Co | Angel investor', { title: 'Founder', company: 'Tiny Co' }],
    ['Directrice commerciale chez Alizé', { title: 'Directrice commerciale', company: 'Alizé' }],
    ['Leiter Vertrieb bei Nordlicht', { title: 'Leiter Vertrieb', company: 'Nordlicht' }],
    ['Helping teams ship faster', { title: 'Helping teams ship faster', company: null }],
  ])('splits the headline %j', (headline, expected) => {
    expect(splitHeadline(headline)).toStrictEqual(expected);
  });
});
