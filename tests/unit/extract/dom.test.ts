// shownIn remembers each element's answer across the nodes it is asked about; whatever the order
// of the questions, every answer must be the one a fresh climb to the root gives.
import fc from 'fast-check';
import { isHidden, shownIn } from '@/lib/extract/dom';
import { page } from '../../helpers/dom';

const { doc } = page('<!doctype html><title>parser</title>', 'https://example.test/');
const parser = new doc.defaultView!.DOMParser();

/** The rule, one climb per node: no element strictly between `root` and the node hides it. */
function climb(root: Node, node: Node, skip: (element: Element) => boolean): boolean {
  for (let element = node.parentElement; element && element !== root; element = element.parentElement) {
    if (isHidden(element) || skip(element)) return false;
  }
  return true;
}

describe('shownIn', () => {
  it('leaves out text under hidden, script and skipped elements; nothing at or above the root counts', () => {
    const body = parser.parseFromString(
      '<div hidden><p id="a">a</p></div><blockquote><p id="b">b</p></blockquote><script id="c">c</script><p id="d">d</p>',
      'text/html',
    ).body;
    const text = (id: string) => body.querySelector(`#${id}`)!.firstChild!;
    const shown = shownIn(body, (element) => element.localName === 'blockquote');
    expect(['a', 'b', 'c', 'd'].map((id) => shown(text(id)))).toStrictEqual([false, false, false, true]);
    // The script element itself sits right under the root: only what it holds is hidden.
    expect(shown(body.querySelector('#c')!)).toBe(true);
    const hiddenRoot = body.querySelector('div[hidden]')!;
    expect(shownIn(hiddenRoot)(text('a'))).toBe(true);
  });

  const TAGS = ['div', 'span', 'p', 'script', 'style', 'blockquote', 'svg', 'b'];
  const html = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant('t'),
      fc.tuple(fc.constantFrom(...TAGS), fc.boolean(), fc.array(tie('node'), { maxLength: 4 })).map(
        ([tag, hidden, children]) => `<${tag}${hidden ? ' hidden' : ''}>${children.join('')}</${tag}>`,
      ),
    ),
  })).node;

  it('gives the answer of a fresh climb for every node, asked in any order', () => {
    fc.assert(
      fc.property(fc.array(html, { maxLength: 6 }), fc.infiniteStream(fc.nat()), (nodes, picks) => {
        const body = parser.parseFromString(`<!doctype html><html><body>${nodes.join('')}</body></html>`, 'text/html').body;
        const all = [...body.querySelectorAll('*')].flatMap((element) => [element, ...element.childNodes]);
        const skip = (element: Element) => element.localName === 'blockquote';
        const shown = shownIn(body, skip);
        const order = all.map((node, index) => ({ node, key: picks.next().value ?? index })).sort((a, b) => a.key - b.key);
        for (const { node } of order) expect(shown(node)).toBe(climb(body, node, skip));
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
