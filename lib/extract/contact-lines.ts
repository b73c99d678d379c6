// The lines of a page that can hold an address or a phone number, found without reading the whole
// page as text (DESIGN.md §7: extraction within 2× one DOM walk). One walk over the text nodes
// tests each with one cheap pattern; only the few that hold a digit or an `@` have their
// surrounding lines built. The lines are exactly those `visibleLines` would give for that stretch
// of the page: one line per block element, `<br>` and newline, hidden content skipped.
import { mayHoldContact } from './contact-text';
import { isBlock, isHidden, plainLines, shownIn } from './dom';

/** A run of consecutive page lines holding contact candidates, with the readable line above it. */
export interface LineGroup {
  /** The nearest non-empty line above the group, when it is short enough to be a heading ("Fax:"). */
  above: string | null;
  lines: string[];
}

/** A digit, an `@`, or the start of a spam-shy "(at)": every address and number has one of them. */
const MAY_HOLD_CONTACT = /[\d@]|[[(]\s*(?:at\b|$)/i;

/** Headings are at most 30 characters (typeFromHeading); a longer line above types nothing. */
const HEADING_MAX = 30;

const SHOW_TEXT = 4;

type Skip = (element: Element) => boolean;

/**
 * Document order over the shown nodes under `root`, stepping over hidden and skipped subtrees.
 * Plain child/sibling links: a TreeWalker filter would call into script for every node.
 */
class ShownOrder {
  constructor(
    private readonly root: Node,
    private readonly skip?: Skip,
  ) {}

  private hides(node: Node): boolean {
    return node.nodeType === 1 && (isHidden(node as Element) || Boolean(this.skip?.(node as Element)));
  }

  next(node: Node): Node | null {
    let next = node.firstChild ?? this.after(node);
    while (next && this.hides(next)) next = this.after(next);
    return next;
  }

  /** The node after `node`'s subtree. */
  private after(node: Node): Node | null {
    for (let current: Node | null = node; current && current !== this.root; current = current.parentNode) {
      if (current.nextSibling) return current.nextSibling;
    }
    return null;
  }

  previous(node: Node): Node | null {
    if (node === this.root) return null;
    let sibling = node.previousSibling;
    while (sibling && this.hides(sibling)) sibling = sibling.previousSibling;
    if (!sibling) return node.parentNode === this.root ? null : node.parentNode;
    // The previous node is the deepest last shown descendant of the previous sibling.
    for (let current = sibling; ; ) {
      let child = current.lastChild;
      while (child && this.hides(child)) child = child.previousSibling;
      if (!child) return current;
      current = child;
    }
  }
}

export function contactLineGroups(root: Node | null, skip?: Skip): LineGroup[] {
  if (!root) return [];
  const doc = root.ownerDocument ?? (root as Document);
  const groups: LineGroup[] = [];
  const covered = new Set<Node>();
  // Runs read and found to hold no address or number ("Nov 12", "2019"): plain lines, read once.
  const plain = new Set<Node>();
  let last: LineGroup | null = null;
  // Local walks honour the same rules as the full scan: hidden and skipped subtrees are not text.
  const local = new ShownOrder(root, skip);
  const shown = shownIn(root, skip);
  const texts = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (!MAY_HOLD_CONTACT.test((node as Text).data) || covered.has(node) || plain.has(node) || !shown(node)) continue;
    const run = runAround(root, local, node as Text);
    const lines = plainLines(run.text);
    if (!lines.some(mayHoldContact)) {
      // Such lines still head the group below them: lineAbove reads them as any other plain line.
      for (const text of run.nodes) plain.add(text);
      continue;
    }
    for (const text of run.nodes) covered.add(text);
    const above = lineAbove(root, local, run.nodes[0]!, covered);
    if (above === CONTINUES && last) last.lines.push(...lines);
    else groups.push((last = { above: above === CONTINUES ? null : above, lines }));
  }
  return groups;
}

const CONTINUES = Symbol('continues the previous group');

/** A block element that the text between `earlier` and `later` leaves: a line ends there. */
function leavesBlock(root: Node, earlier: Node, later: Node): boolean {
  for (let element = earlier.parentElement; element && element !== root && !element.contains(later); element = element.parentElement) {
    if (isBlock(element)) return true;
  }
  return false;
}

/**
 * The text nodes from one line boundary to the next around `start` (block boundaries only; the
 * newlines inside them split lines later), as one string.
 */
function runAround(root: Node, order: ShownOrder, start: Text): { nodes: Text[]; text: string } {
  const before: Text[] = [];
  let later: Node = start;
  for (let node = order.previous(start); node; node = order.previous(node)) {
    if (node.nodeType === 1) {
      if (isBlock(node as Element)) break;
    } else if (node.nodeType === 3) {
      if (leavesBlock(root, node, later)) break;
      before.push(node as Text);
      later = node;
    }
  }
  const nodes = [...before.reverse(), start];
  let earlier: Node = start;
  for (let node = order.next(start); node; node = order.next(node)) {
    if (node.nodeType === 1) {
      if (isBlock(node as Element)) break;
    } else if (node.nodeType === 3) {
      if (leavesBlock(root, earlier, node)) break;
      nodes.push(node as Text);
      earlier = node;
    }
  }
  return { nodes, text: nodes.map((node) => node.data).join('') };
}

/**
 * The nearest non-empty line above `first`, read backwards run by run; CONTINUES when only empty
 * lines separate it from the previous group, whose lines then go on in the same group.
 */
function lineAbove(root: Node, order: ShownOrder, first: Text, covered: ReadonlySet<Node>): string | typeof CONTINUES | null {
  let later: Node = first;
  let pending = '';
  const settle = (complete: boolean): string | null | undefined => {
    const lines = pending.split('\n');
    for (let index = lines.length - 1; index >= (complete ? 0 : 1); index -= 1) {
      const [line] = plainLines(lines[index]!);
      if (line) return line.length <= HEADING_MAX ? line : null;
    }
    return undefined;
  };
  for (let node = order.previous(first); node; node = order.previous(node)) {
    let boundary = false;
    if (node.nodeType === 1) boundary = isBlock(node as Element);
    else if (node.nodeType === 3) {
      if (covered.has(node)) return settle(true) ?? CONTINUES;
      boundary = leavesBlock(root, node, later);
      later = node;
    }
    if (boundary) {
      const found = settle(true);
      if (found !== undefined) return found;
      pending = '';
    }
    if (node.nodeType === 3) {
      pending = (node as Text).data + pending;
      const found = settle(false);
      if (found !== undefined) return found;
    }
  }
  return settle(true) ?? null;
}
