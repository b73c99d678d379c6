// The lines built around possible contact details must be the page's own lines (those a reader
// sees, as visibleLines reads them): the generic extractor's accuracy rests on it.
import fc from 'fast-check';
import { contactLineGroups } from '@/lib/extract/contact-lines';
import { mayHoldContact } from '@/lib/extract/contact-text';
import { visibleLines } from '@/lib/extract/dom';
import { page } from '../../helpers/dom';

// One jsdom window parses every page: a new window per fast-check run would take seconds.
const { doc } = page('<!doctype html><title>parser</title>', 'https://example.test/');
const parser = new doc.defaultView!.DOMParser();
const body = (html: string) => parser.parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html').body;

describe('contactLineGroups', () => {
  it('keeps the lines around numbers and addresses, with the heading line above each run', () => {
    const root = body(`
      <h1>Harbor Lights</h1><p>We answer within a day.</p>
      <h3>Fax Numbers</h3><ul><li>(207) 555-0179</li><li>(207) 555-0180</li></ul>
      <p>A long paragraph about the shop that is no heading at all.</p>
      <p>Write to <b>dana</b>@harborlights.example<br>or call <span>207.555.</span>0185</p>
      <div hidden>Tel: 999 999 9999</div><script>var phone = "555 123 4567";</script>
      <p>ada (at) acme (dot) com</p>`);
    expect(contactLineGroups(root)).toStrictEqual([
      { above: 'Fax Numbers', lines: ['(207) 555-0179', '(207) 555-0180'] },
      { above: null, lines: ['Write to dana@harborlights.example', 'or call 207.555.0185', 'ada (at) acme (dot) com'] },
    ]);
  });

  it('leaves out what the caller skips, as visibleLines does', () => {
    const root = body('<p>Call 0171 555 0100</p><blockquote>Old: 0171 555 0199</blockquote>');
    const skip = (element: Element) => element.localName === 'blockquote';
    expect(contactLineGroups(root, skip)).toStrictEqual([{ above: null, lines: ['Call 0171 555 0100'] }]);
    expect(visibleLines(root, skip)).toStrictEqual(['Call 0171 555 0100']);
  });

  const TAGS = ['div', 'span', 'p', 'b', 'a', 'li', 'ul', 'br', 'td', 'script', 'section'];
  const TEXTS = ['Tel:', '+1 415 555 0100', '555', '0100', 'Nov 12', 'a@b.co', 'Fax', 'Mobile', 'x (at) y.com', '\n', ' ', '12', 'word', 'Fax Numbers', 'x'.repeat(40)];
  const html = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...TEXTS),
      fc.tuple(fc.constantFrom(...TAGS), fc.boolean(), fc.array(tie('node'), { maxLength: 4 })).map(
        ([tag, hidden, children]) => `<${tag}${hidden ? ' hidden' : ''}>${children.join('')}</${tag}>`,
      ),
    ),
  })).node;

  /** Where each of `part` sits in `whole` read in order, or null when it is not a subsequence. */
  function positions(part: readonly string[], whole: readonly string[]): number[] | null {
    const found: number[] = [];
    let from = 0;
    for (const line of part) {
      const at = whole.indexOf(line, from);
      if (at < 0) return null;
      found.push(at);
      from = at + 1;
    }
    return found;
  }

  it('on any page: every line that may hold an address or a number is kept, in order, and every kept line is a page line', () => {
    fc.assert(
      fc.property(fc.array(html, { maxLength: 6 }), (nodes) => {
        const root = body(nodes.join(''));
        const lines = visibleLines(root);
        const kept = contactLineGroups(root).flatMap((group) => group.lines);
        expect(positions(kept, lines)).not.toBeNull();
        expect(positions(lines.filter(mayHoldContact), kept)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
