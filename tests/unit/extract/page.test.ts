import { extractPage } from '@/lib/extract/page';
import { fixturePage, page } from '../../helpers/dom';

const none = { inquiryAt: null, interest: null, channel: 'web' } as const;

describe('extractPage', () => {
  it('reads a JSON-LD Person with the organisation they work for', () => {
    const { doc, url } = fixturePage('pages/team-jsonld.html', 'https://orbital-advisory.example/team/mae-jemison');
    expect(extractPage(doc, url)).toStrictEqual({
      ...none,
      fullName: 'Mae Jemison',
      title: 'Managing Partner',
      company: 'Orbital Advisory LLC',
      emails: ['mae.jemison@orbital-advisory.example'],
      phones: [{ number: '+1 (713) 555-0142', type: 'office' }],
      website: 'https://orbital-advisory.example/',
      linkedinUrl: 'https://www.linkedin.com/in/mae-jemison-orbital/',
      location: 'Houston, TX, US',
      sourceUrl: 'https://orbital-advisory.example/team/mae-jemison',
      sourceTitle: 'Dr. Mae Jemison — Partner | Orbital Advisory',
    });
  });

  it('reads a contact page’s visible text: typed phones, the fax kept apart, no years, postcodes or order numbers', () => {
    const { doc, url } = fixturePage('pages/contact-us.html', 'https://harborlights.example/contact');
    expect(extractPage(doc, url)).toStrictEqual({
      ...none,
      fullName: null,
      title: null,
      company: 'Harbor Lights Marine Supply',
      emails: ['orders@harborlights.example', 'dana.whitfield@harborlights.example'],
      phones: [
        { number: '(207) 555-0178', type: 'office' },
        { number: '(207) 555-0179', type: 'fax' },
        { number: '1-800-555-0190', type: 'office' },
        { number: '207.555.0185', type: 'office' },
      ],
      website: 'https://harborlights.example/',
      linkedinUrl: null,
      location: null,
      sourceUrl: 'https://harborlights.example/contact',
      sourceTitle: 'Contact us — Harbor Lights Marine Supply',
    });
  });

  it('reads an h-card with rel=me and makes the LinkedIn link canonical', () => {
    const { doc, url } = fixturePage('pages/hcard.html', 'https://tidesummit.example/speakers');
    expect(extractPage(doc, url)).toStrictEqual({
      ...none,
      fullName: 'Tomás Reyes',
      title: 'Director of Partnerships',
      company: 'Mareas Logística',
      emails: ['tomas@mareas.example'],
      phones: [{ number: '+34 912 345 678', type: 'other' }],
      website: 'https://tomas-reyes.example/',
      linkedinUrl: 'https://www.linkedin.com/in/tomas-reyes-mareas/',
      location: 'Madrid',
      sourceUrl: 'https://tidesummit.example/speakers',
      sourceTitle: 'Speakers — Tide Summit',
    });
  });

  it('keeps markup in names as plain text and drops every javascript:, data: and fake link', () => {
    const { doc, url } = fixturePage('pages/hostile.html', 'https://mallory.example/team');
    expect(extractPage(doc, url)).toStrictEqual({
      ...none,
      fullName: "<script>alert('x')</script> Eve Mallory",
      title: '<img src=x onerror=alert(2)>',
      company: 'Evil Corp',
      emails: ['eve@mallory.example'],
      phones: [{ number: '+1 202 555 0147', type: 'office' }],
      website: 'https://mallory.example/',
      linkedinUrl: null,
      location: null,
      sourceUrl: 'https://mallory.example/team',
      sourceTitle: '<script>alert(1)</script> Team',
    });
  });

  it('returns null for a page that names no one and gives no way to reach anyone', () => {
    const { doc, url } = fixturePage('pages/nothing.html', 'https://example.org/story');
    expect(extractPage(doc, url)).toBeNull();
    const blank = page('', 'https://example.org/');
    expect(extractPage(blank.doc, blank.url)).toBeNull();
  });

  it('takes a lone personal mailto: link on a page without addresses in its text, never a webmaster box', () => {
    const bio = page('<h1>About me</h1><a href="mailto:Ana.Silva@Example.pt?subject=Hi">Write to me</a><a href="mailto:webmaster@example.pt">Site</a>', 'https://ana.example.pt/');
    expect(extractPage(bio.doc, bio.url)?.emails).toStrictEqual(['ana.silva@example.pt']);
  });

  it('reads no address or number out of code samples or a form field, only from the page text', () => {
    const docs = page(
      `<h1>Webhooks</h1><p>Questions? Call Dana Whit on +1 415 555 0199.</p>
       <pre><code>{"orderId": "4155550123", "phone": "+44 20 7946 0958", "email": "you@example.com"}</code></pre>
       <p>Run <kbd>git config user.email you@example.org</kbd> or <samp>call +33 1 23 45 67 89</samp> first.</p>
       <form><textarea name="message">+49 30 1234567</textarea></form>`,
      'https://docs.relay.example/webhooks',
    );
    expect(extractPage(docs.doc, docs.url)).toMatchObject({ emails: [], phones: [{ number: '+1 415 555 0199', type: 'other' }] });
  });

  it('reads spelled-out addresses, numbers split across elements and tel: links with extensions', () => {
    const { doc, url } = page(
      `<html><head><title>Contact — Harbor Tiles</title></head><body><h1>Contact Harbor Tiles</h1>
       <p>Quotes: quotes [at] harbortiles [dot] example</p>
       <p>Showroom: <span class="area">(503)</span> <span>555</span>-<span>0142</span></p>
       <p><a href="tel:+1-503-555-0150;ext=12">Front desk</a> · <a href="tel:+15035550160,,34">Orders</a></p>
       <p>Fax: 503-555-0199</p></body></html>`,
      'https://harbortiles.example/contact',
    );
    expect(extractPage(doc, url)).toMatchObject({
      emails: ['quotes@harbortiles.example'],
      phones: [
        { number: '+1-503-555-0150 ext. 12', type: 'other' },
        { number: '+15035550160 ext. 34', type: 'other' },
        { number: '(503) 555-0142', type: 'other' },
        { number: '503-555-0199', type: 'fax' },
      ],
    });
  });

  it('finds the contact on a 1 MB page', () => {
    const filler = '<div class="post"><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, 2019–2024.</p></div>\n'.repeat(12_000);
    const html = `<html><body>${filler}<footer>Questions? Ask Ines Duarte at ines@duarte-tech.example or call +351 21 123 4567.</footer></body></html>`;
    expect(html.length).toBeGreaterThan(1_000_000);
    const { doc, url } = page(html, 'https://duarte-tech.example/blog');
    expect(extractPage(doc, url)).toMatchObject({ emails: ['ines@duarte-tech.example'], phones: [{ number: '+351 21 123 4567', type: 'office' }] });
    // Speed is `npm run bench`'s to measure; this limit only catches a hang (jsdom is slow to parse 1 MB).
  }, 30_000);
});
