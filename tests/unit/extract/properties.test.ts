// Whatever a page or an email holds, an extractor never throws and never returns a draft the
// background would refuse (the LeadDraft schema).
import fc from 'fast-check';
import { extractGmail } from '@/lib/extract/gmail';
import { extractLinkedIn } from '@/lib/extract/linkedin';
import { extractPage } from '@/lib/extract/page';
import { extractSelection } from '@/lib/extract/selection';
import { extractSignature } from '@/lib/extract/signature';
import { LeadDraft } from '@/lib/schema';
import { page } from '../../helpers/dom';

const TAGS = ['div', 'span', 'p', 'a', 'h1', 'h2', 'li', 'ul', 'section', 'main', 'script', 'style', 'td', 'br', 'img', 'abbr'];
const ATTRIBUTES = [
  'class="h-card"', 'class="vcard"', 'class="p-name"', 'class="u-email"', 'class="p-tel"', 'class="p-org"', 'class="gD"',
  'class="adn ads" data-message-id="x"', 'class="a3s"', 'class="hP"', 'email="a@b.co"', 'name="Ann Lee"', 'itemscope',
  'itemtype="http://schema.org/Person"', 'itemprop="name"', 'itemprop="email"', 'itemprop="telephone"', 'id="experience"',
  'aria-hidden="true"', 'href="mailto:x@y.io"', 'href="tel:+1 (555) 010-0199"', 'href="javascript:alert(1)"', 'rel="me"',
  'href="https://www.linkedin.com/in/ann-lee/"', 'class="text-heading-xlarge"', 'hidden', 'title="Fri, Nov 20, 2026, 2:02 PM"',
];
const TEXTS = [
  'Ann Lee', 'Tel: +1 415 555 0100', 'Fax: 01 42 68 53 01', 'a@b.co', 'x(at)y(dot)com', '--', 'Best regards,', 'CEO at Acme',
  '2019-2024', '<script>', '\u0000\u200b', '😀', 'Ⅻ', '(((', 'mailto:', 'javascript:alert(1)', ' ', '\n', 'x'.repeat(400),
];

const html = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.string(),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(fc.constantFrom(...ATTRIBUTES), { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 })).map(
      ([tag, attributes, children]) => `<${tag} ${attributes.join(' ')}>${children.join('')}</${tag}>`,
    ),
  ),
})).node;

const jsonLd = fc
  .jsonValue()
  .map((value) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`);

const documentHtml = fc.oneof(html, fc.string(), jsonLd, fc.tuple(html, jsonLd, fc.string()).map((parts) => parts.join('')));

const URLS = [
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKpQbVbGnKwDzRlMxQtFp',
  'https://www.linkedin.com/in/ann-lee/',
  'https://example.com/contact',
];

// One window per URL; each case is parsed with that window's DOMParser (a fresh jsdom per case is slow).
const parsers = new Map(URLS.map((address) => [address, new (page('', address).doc.defaultView!.DOMParser)()]));

function valid(draft: unknown): boolean {
  return draft === null || LeadDraft.safeParse(draft).success;
}

describe('extractors on random and malformed input', () => {
  it('page extractors never throw and return null or a valid draft', () => {
    fc.assert(
      fc.property(documentHtml, fc.constantFrom(...URLS), (markup, address) => {
        const doc = parsers.get(address)!.parseFromString(markup, 'text/html');
        const url = new URL(address);
        for (const extract of [extractGmail, extractLinkedIn, extractPage]) {
          const draft = extract(doc, url);
          if (!valid(draft)) throw new Error(`invalid draft ${JSON.stringify(draft)}`);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('text extractors never throw and return null or a valid draft', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 3000 }),
      fc.array(fc.constantFrom(...TEXTS, '> quoted', 'On Mon, Ann wrote:', 'From: Ann <a@b.co>', 'Sent: today', 'To: me', ''), { maxLength: 40 }).map((lines) => lines.join('\n')),
      // Forwards inside forwards, Lotus Notes headers and notes that pass mail on: every reading of a chain ends.
      fc
        .array(
          fc.constantFrom(
            '---------- Forwarded message ---------',
            '----- Forwarded by Ann King/HOU/ACME on 03/08/2001 08:12 AM -----',
            'Ann King',
            '\tBob Lee@ACME',
            '03/05/01 09:43 AM',
            'To: Bob Lee/HOU/ACME@ACME',
            'cc:',
            'Subject: Fwd: hi',
            'From: Bob Lee <bob@acme.example>',
            'From: Cy Dunn <cy@other.example>',
            'Forwarding from our partner.',
            '________________________________',
            '',
          ),
          { maxLength: 40 },
        )
        .map((lines) => lines.join('\n')),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(null, ...URLS), (body, address) => {
        const url = address ? new URL(address) : null;
        if (!valid(extractSignature(body, url))) throw new Error('invalid signature draft');
        if (!valid(extractSignature(body, url, { name: 'Ann King', email: 'ann@acme.example', subject: 'Fwd: hi' }))) throw new Error('invalid forward draft');
        if (!valid(extractSelection(body, url))) throw new Error('invalid selection draft');
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
