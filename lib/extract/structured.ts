// Structured data a page declares about people and organisations: JSON-LD, microdata (both read
// into one JSON-LD-like shape) and microformats h-card (mf2 and classic hCard). Pure DOM reading.
import { cleanText } from './dom';

export type Node = Record<string, unknown>;

/**
 * Every JSON-LD object of the page (or of the given script elements): top-level, arrays and
 * `@graph` members flattened.
 */
export function jsonLdNodes(source: ParentNode | readonly Element[]): Node[] {
  const nodes: Node[] = [];
  // A bare tag query (then the type test here) is what Chromium answers fastest on a large page.
  const scripts = 'querySelectorAll' in source ? [...source.querySelectorAll('script')].filter((script) => script.getAttribute('type')?.toLowerCase() === 'application/ld+json') : source;
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A page's broken JSON-LD is the page's problem; the other sources still count.
    }
    const queue = [data];
    while (queue.length && nodes.length < 500) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        nodes.push(item as Node);
        const graph = (item as Node)['@graph'];
        if (graph) queue.push(graph);
      }
    }
  }
  return nodes;
}

/** Strings out of a JSON-LD or microdata value: a string, a list, or `{ "@value" | "name" }`. */
export function textValues(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string' || typeof value === 'number') return [cleanText(String(value))].filter(Boolean);
  if (Array.isArray(value)) return value.flatMap(textValues);
  if (typeof value === 'object') {
    const object = value as Node;
    return textValues(object['@value'] ?? object.name ?? object['@id'] ?? null);
  }
  return [];
}

/** Schema types without their vocabulary prefix: `http://schema.org/Person` → `Person`. */
export function typesOf(node: Node): string[] {
  return textValues(node['@type'] ?? node.type).map((type) => type.replace(/^.*[/#:]/, ''));
}

export function nameOf(node: Node): string | null {
  const name = textValues(node.name)[0];
  if (name) return name;
  const parts = [textValues(node.givenName)[0], textValues(node.familyName)[0]].filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}

export function objectsOf(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(objectsOf);
  return value && typeof value === 'object' ? [value as Node] : [];
}

// --- microdata ---------------------------------------------------------------------------------

function microdataValue(element: Element): unknown {
  if (element.hasAttribute('itemscope')) return microdataItem(element);
  const tag = element.tagName.toUpperCase();
  if (tag === 'META') return element.getAttribute('content') ?? '';
  if (['A', 'AREA', 'LINK'].includes(tag)) return element.getAttribute('href') ?? '';
  if (['IMG', 'AUDIO', 'VIDEO', 'SOURCE', 'IFRAME', 'EMBED'].includes(tag)) return element.getAttribute('src') ?? '';
  if (tag === 'TIME') return element.getAttribute('datetime') ?? cleanText(element.textContent);
  if (tag === 'DATA' || tag === 'METER') return element.getAttribute('value') ?? '';
  return element.hasAttribute('content') ? element.getAttribute('content') : cleanText(element.textContent);
}

function microdataItem(root: Element): Node {
  const item: Node = {};
  const type = root.getAttribute('itemtype');
  if (type) item['@type'] = type.split(/\s+/).filter(Boolean);
  const visit = (element: Element) => {
    for (const child of element.children) {
      const props = child.getAttribute('itemprop');
      if (props) {
        const value = microdataValue(child);
        for (const prop of props.split(/\s+/).filter(Boolean)) {
          const key = prop.replace(/^.*[/#]/, '');
          item[key] = [...((item[key] as unknown[] | undefined) ?? []), value];
        }
      }
      if (!child.hasAttribute('itemscope')) visit(child);
    }
  };
  visit(root);
  return item;
}

/** Microdata items read from their root elements (top-level `itemscope`s, found by the page scan). */
export function microdataNodes(roots: readonly Element[]): Node[] {
  return roots.slice(0, 200).map(microdataItem);
}

// --- microformats h-card -------------------------------------------------------------------------

export interface HCard {
  name: string | null;
  emails: string[];
  tels: string[];
  org: string | null;
  title: string | null;
  url: string | null;
  locality: string | null;
}

const ROOT_CLASS = /^(?:h-card|vcard)$/;
const V1 = { fn: 'p-name', email: 'u-email', tel: 'p-tel', org: 'p-org', title: 'p-job-title', role: 'p-role', url: 'u-url', locality: 'p-locality' } as const;

function classesOf(element: Element): string[] {
  return (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

function isRoot(element: Element): boolean {
  return classesOf(element).some((name) => ROOT_CLASS.test(name) || /^h-[a-z]+(?:-[a-z]+)*$/.test(name));
}

function isCard(element: Element): boolean {
  return classesOf(element).some((name) => ROOT_CLASS.test(name));
}

/** The properties an element carries; classic hCard class names map onto their mf2 names. */
function propertiesOf(element: Element, v1: boolean): string[] {
  const classes = classesOf(element);
  const mf2 = classes.filter((name) => /^(?:p|u|e|dt)-[a-z]+(?:-[a-z]+)*$/.test(name));
  if (!v1) return mf2;
  return [...mf2, ...classes.flatMap((name) => (name in V1 ? [V1[name as keyof typeof V1]] : []))];
}

/** The value-class pattern: `<span class="value">` children win over the whole text. */
function plainText(element: Element): string {
  const values = [...element.querySelectorAll(':scope > .value, :scope > * > .value')];
  if (values.length) return values.map((value) => cleanText(value.getAttribute('title') ?? value.textContent)).join('');
  const tag = element.tagName.toUpperCase();
  if (tag === 'ABBR' && element.hasAttribute('title')) return cleanText(element.getAttribute('title'));
  if ((tag === 'IMG' || tag === 'AREA') && element.hasAttribute('alt')) return cleanText(element.getAttribute('alt'));
  if (tag === 'DATA' && element.hasAttribute('value')) return cleanText(element.getAttribute('value'));
  return textWithAlt(element);
}

/** Text content with `<img alt>` in place of images and scripts/styles dropped (mf2 parsing rules). */
function textWithAlt(element: Element): string {
  let text = '';
  const walk = (node: globalThis.Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        if (tag === 'IMG') text += ` ${(child as Element).getAttribute('alt') ?? ''} `;
        else walk(child);
      }
    }
  };
  walk(element);
  return cleanText(text);
}

function urlValue(element: Element, base: string): string {
  const tag = element.tagName.toUpperCase();
  const attribute = tag === 'A' || tag === 'AREA' || tag === 'LINK' ? 'href' : tag === 'IMG' || tag === 'AUDIO' || tag === 'VIDEO' || tag === 'SOURCE' ? 'src' : tag === 'OBJECT' ? 'data' : null;
  const raw = attribute ? element.getAttribute(attribute) : null;
  if (raw === null) return plainText(element);
  if (/^(?:mailto|tel):/i.test(raw.trim())) return raw.trim();
  try {
    return new URL(raw.trim(), base).href;
  } catch {
    return raw.trim();
  }
}

interface RawCard {
  properties: Record<string, string[]>;
  nestedCards: number;
  hasProperties: boolean;
}

function parseCard(root: Element, base: string): RawCard {
  const v1 = classesOf(root).includes('vcard') && !classesOf(root).includes('h-card');
  const card: RawCard = { properties: {}, nestedCards: 0, hasProperties: false };
  const add = (name: string, value: string) => {
    card.properties[name] = [...(card.properties[name] ?? []), value];
  };
  const visit = (element: Element) => {
    for (const child of element.children) {
      const properties = propertiesOf(child, v1);
      if (properties.length) card.hasProperties = true;
      if (isRoot(child)) {
        card.nestedCards += 1;
        const nested = isCard(child) ? parseCard(child, base) : null;
        const nestedName = (nested ? (nested.properties['name']?.[0] ?? impliedName(child, nested)) : null) ?? plainText(child);
        for (const property of properties) add(property.replace(/^[a-z]+-/, ''), property.startsWith('u-') ? urlValue(child, base) : nestedName);
        continue;
      }
      for (const property of properties) {
        const name = property.replace(/^[a-z]+-/, '');
        add(name, property.startsWith('u-') ? urlValue(child, base) : plainText(child));
      }
      visit(child);
    }
  };
  visit(root);
  return card;
}

/** mf2 implied name: an `img`/`area` alt or `abbr` title at the root or its only child, else the text. */
function impliedName(root: Element, card: RawCard): string | null {
  if (card.hasProperties || card.nestedCards) return null;
  const only = (element: Element) => (element.children.length === 1 ? element.children[0]! : null);
  for (const candidate of [root, only(root), only(root) && only(only(root)!)]) {
    if (!candidate || (candidate !== root && isRoot(candidate))) continue;
    const tag = candidate.tagName.toUpperCase();
    if ((tag === 'IMG' || tag === 'AREA') && candidate.getAttribute('alt')) return cleanText(candidate.getAttribute('alt'));
    if (tag === 'ABBR' && candidate.getAttribute('title')) return cleanText(candidate.getAttribute('title'));
  }
  return textWithAlt(root) || null;
}

/** Top-level h-cards (mf2 `h-card` and classic `vcard`), in document order, of a page or of candidate roots. */
export function hCards(source: ParentNode | readonly Element[], base: string): HCard[] {
  const candidates = 'querySelectorAll' in source ? [...source.querySelectorAll('.h-card, .vcard')] : source;
  const roots = candidates.filter((element) => {
    let parent = element.parentElement;
    while (parent) {
      if (isRoot(parent)) return false;
      parent = parent.parentElement;
    }
    return true;
  });
  return roots.slice(0, 100).map((root) => {
    const card = parseCard(root, base);
    const first = (name: string) => card.properties[name]?.find((value) => value.trim()) ?? null;
    // Classic hCard has no implied properties: a `vcard` without `fn` names no one (mf2 backcompat).
    const classic = !classesOf(root).includes('h-card');
    return {
      name: first('name') ?? (classic ? null : impliedName(root, card)),
      emails: card.properties['email'] ?? [],
      tels: card.properties['tel'] ?? [],
      org: first('org'),
      title: first('job-title') ?? first('role'),
      url: first('url'),
      locality: first('locality'),
    };
  });
}
