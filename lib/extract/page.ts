// Any web page → lead draft: a team page, a speaker bio, a "contact us" page. Structured data wins
// (JSON-LD and microdata Person/Organization/LocalBusiness, h-card), then links (`mailto:`, `tel:`,
// `rel=me`), then OpenGraph/meta, then the visible text. Nothing but http(s), mailto and tel links
// is ever read from the page; text is only ever text.
import type { LeadDraft, Phone } from '../schema';
import { canonicalLinkedInUrl, findEmails, findPhones, isEmailLike, mergePhones, toHttpUrl, typeFromHeading, typeFromLabel } from './contact-text';
import { type LineGroup, contactLineGroups } from './contact-lines';
import { cleanText, makeDraft, shownIn } from './dom';
import { type HCard, type Node, hCards, jsonLdNodes, microdataNodes, nameOf, objectsOf, textValues, typesOf } from './structured';

const SELECTORS = {
  /** OpenGraph and meta names, for the organisation behind the page. */
  siteName: ['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="og:site_name"]'],
  title: ['meta[property="og:title"]', 'title'],
} as const;

/**
 * Links the page scan collected are sorted by their `href` and `rel` (string tests, not a selector
 * query per kind): mail and phone links, identity links (IndieWeb `rel=me`, also `<link>` in the
 * head) and any link to a LinkedIn profile. Every layout.
 */
const LINKS = {
  mailto: (href: string) => /^\s*mailto:/i.test(href),
  tel: (href: string) => /^\s*(?:tel|callto):/i.test(href),
  linkedin: (href: string) => /linkedin\.com\/(?:in|pub)\//i.test(href),
  relMe: (link: Element) => /(?:^|\s)me(?:\s|$)/i.test(link.getAttribute('rel') ?? ''),
  relMeInHead: 'link[rel~="me"][href]',
} as const;

const hrefOf = (link: Element) => link.getAttribute('href') ?? '';

const ORGANIZATION_TYPES = /Organization|Business|Corporation|Company|Store|Shop|Restaurant|Hotel|Office|Agency|Clinic|Practice|Dealer|Firm|School|University|NGO|Brand/i;

interface Structured {
  person: Node | undefined;
  organization: Node | undefined;
  nodes: Node[];
}

function structuredData(jsonLd: readonly Element[], items: readonly Element[]): Structured {
  const nodes = [...jsonLdNodes(jsonLd), ...microdataNodes(items)];
  const withNested = nodes.flatMap((node) => [node, ...objectsOf(node.author), ...objectsOf(node.founder), ...objectsOf(node.employee), ...objectsOf(node.member), ...objectsOf(node.mainEntity)]);
  const person = withNested.find((node) => typesOf(node).includes('Person') && nameOf(node));
  const organization =
    objectsOf(person?.worksFor).find((node) => nameOf(node)) ??
    withNested.find((node) => typesOf(node).some((type) => ORGANIZATION_TYPES.test(type)) && nameOf(node));
  return { person, organization, nodes: withNested };
}

function addressText(value: unknown): string | null {
  const address = objectsOf(value)[0];
  if (!address) return textValues(value)[0] ?? null;
  const parts = ['addressLocality', 'addressRegion', 'addressCountry'].map((key) => textValues(address[key])[0]).filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

function structuredPhones(node: Node | undefined): Phone[] {
  if (!node) return [];
  return [
    ...textValues(node.telephone).map((number): Phone => ({ number, type: 'office' })),
    ...textValues(node.faxNumber).map((number): Phone => ({ number, type: 'fax' })),
  ];
}

function structuredEmails(node: Node | undefined): string[] {
  return node ? textValues(node.email).map((email) => findEmails(email)[0] ?? email) : [];
}

function linkedInOf(node: Node | undefined): string | null {
  if (!node) return null;
  return [...textValues(node.sameAs), ...textValues(node.url)].map(canonicalLinkedInUrl).find(Boolean) ?? null;
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function linkEmails(links: readonly Element[]): string[] {
  return links
    .filter((link) => LINKS.mailto(hrefOf(link)))
    .map((link) => decoded((link.getAttribute('href') ?? '').replace(/^mailto:/i, '').split('?')[0]!).trim())
    .flatMap((value) => value.split(/[,;]/))
    .map((value) => value.trim())
    .filter(isEmailLike);
}

/**
 * The number a `tel:` link dials, with its extension written the way people and libphonenumber read
 * it: `tel:+1-503-555-0150;ext=12`, `tel:+15035550160,,34` and `tel:5550160p34` → "… ext. 34".
 */
function telNumber(href: string): string {
  const value = decoded(href.replace(/^\s*(?:tel|callto):/i, '')).trim();
  const extension = /(?:;ext=|[,;pw]+)(\d{1,6})\s*$/i.exec(value.replace(/;(?!ext=)[a-z-]+=[^;]*/gi, ''));
  const number = value.replace(/[;,pw].*$/i, '').trim();
  return extension ? `${number} ext. ${extension[1]}` : number;
}

function linkPhones(links: readonly Element[]): Phone[] {
  return links
    .filter((link) => LINKS.tel(hrefOf(link)))
    .map((link): Phone => {
      const number = telNumber(link.getAttribute('href') ?? '');
      const label = cleanText(link.parentElement?.textContent).split(cleanText(link.textContent))[0] ?? '';
      return { number, type: typeFromLabel(label) ?? 'other' };
    })
    .filter((phone) => /\d{3}/.test(phone.number));
}

/** Shared mailboxes (feedback, webmaster, careers) are nobody's personal address. */
const ROLE_MAILBOX = /^(?:webmaster|web|info|support|help|feedback|sales|hr|jobs|careers?|recruiting|inquir(?:y|ies)|enquir(?:y|ies)|contact|admin|no-?reply|privacy|legal|press|media|marketing|office|hello|service|customerservice|abuse|postmaster|billing|accounts?)@/i;

/**
 * Addresses only behind links ("Send email"), on a page that shows none in its text. A page about
 * a person links that person's address; otherwise only a single personal-looking address is
 * taken, since contact pages also link webmaster and careers boxes nobody means as a lead's.
 */
function linkedOnlyEmails(linked: readonly string[], namesAPerson: boolean): string[] {
  const personal = [...new Set(linked.map((email) => email.toLowerCase()))].filter((email) => !ROLE_MAILBOX.test(email));
  if (namesAPerson) return personal;
  return personal.length === 1 ? personal : [];
}

/**
 * Emails and phones in the visible text. A bare number takes its type from a label alone on the
 * line above ("Fax:") or from a short heading over a list of numbers ("Fax Numbers").
 */
function textContacts(groups: readonly LineGroup[]): { emails: string[]; phones: Phone[] } {
  const emails: string[] = [];
  const phones: Phone[] = [];
  for (const { above, lines } of groups) {
    // The line above a group holds no number (it would be in the group), so it may be a heading.
    let heading: Phone['type'] | null = above === null ? null : typeFromHeading(above);
    lines.forEach((line, index) => {
      emails.push(...findEmails(line));
      const found = findPhones(line);
      if (!found.length) heading = typeFromHeading(line);
      for (const phone of found) {
        const before = line.slice(0, phone.index).trim();
        const previous = (index ? lines[index - 1] : above) ?? '';
        const fromAbove = !before ? (typeFromHeading(previous) ?? heading) : null;
        phones.push({ number: phone.number, type: phone.type === 'other' ? (fromAbove ?? 'other') : phone.type });
      }
    });
  }
  return { emails, phones };
}

function cardFor(cards: HCard[]): HCard | undefined {
  return cards.find((card) => card.name && card.name !== card.org) ?? cards[0];
}

/** Meta tags and the title live in the head; looking only there spares a walk of a large body. */
function metaContent(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const element = (doc.head ?? doc).querySelector(selector);
    const value = cleanText(element?.getAttribute('content') ?? (element?.tagName === 'TITLE' ? element.textContent : null));
    if (value) return value;
  }
  return null;
}

/** A profile link the page itself claims (`rel=me`), else the only LinkedIn profile it links to. */
function linkedInLink(doc: Document, links: readonly Element[], base: string): string | null {
  const profiles = (elements: readonly Element[]) =>
    elements.map((link) => toHttpUrl(link.getAttribute('href') ?? '', base)).map((href) => (href ? canonicalLinkedInUrl(href) : null));
  const claimed = [...links.filter(LINKS.relMe), ...(doc.head?.querySelectorAll(LINKS.relMeInHead) ?? [])];
  const own = profiles(claimed).find(Boolean);
  if (own) return own;
  const linked = [...new Set(profiles(links.filter((link) => LINKS.linkedin(hrefOf(link)))).filter(Boolean))];
  return linked.length === 1 ? linked[0]! : null;
}

interface PageElements {
  /** Mail, phone, LinkedIn and `rel=me` links (`<a>`/`<area>`), in document order. */
  links: Element[];
  /** Top-level microdata items (`itemscope` that is not itself an `itemprop`). */
  items: Element[];
  /** Microformat card roots (`h-card`, classic `vcard`). */
  cards: Element[];
  jsonLd: Element[];
}

/** The links the extractor reads; the many others a page has (1,600 on a product page) are dropped first. */
const isContactLink = (link: Element) => {
  const href = hrefOf(link);
  return LINKS.mailto(href) || LINKS.tel(href) || LINKS.linkedin(href) || LINKS.relMe(link);
};

/**
 * The few element kinds that carry contact data, each found by a native query instead of a walk
 * in script (DESIGN.md §7), and kept only when shown. One simple selector per query: Chromium
 * answers those far faster than a selector list. Relative links are left out: a mail, phone or
 * LinkedIn link always names its scheme. Each kind's own test runs before the visibility test,
 * which climbs the element's ancestors.
 */
function pageElements(doc: Document, root: Element): PageElements {
  const isShown = shownIn(root);
  const shown = (selectors: readonly string[], wanted: (element: Element) => boolean) => {
    const lists = selectors
      .map((selector) => [...root.querySelectorAll(selector)].filter((element) => wanted(element) && isShown(element)))
      .filter((list) => list.length);
    if (lists.length <= 1) return lists[0] ?? [];
    // Rarely both kinds (links and image-map areas, h-card and vcard): one list in document
    // order, an element two selectors match (`class="h-card vcard"`) once.
    return [...new Set(lists.flat())].sort(inDocumentOrder);
  };
  const headScripts = doc.head && doc.body ? [...doc.head.querySelectorAll('script[type="application/ld+json"]')] : [];
  return {
    links: shown(['a[href*=":"]', 'area[href*=":"]'], isContactLink),
    items: shown(['[itemscope]'], (element) => !element.hasAttribute('itemprop')),
    cards: shown(['.h-card', '.vcard'], (element) => /(?:^|\s)(?:h-card|vcard)(?:\s|$)/.test(element.getAttribute('class') ?? '')),
    jsonLd: [...headScripts, ...shown(['script'], (script) => script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')],
  };
}

function inDocumentOrder(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1;
}

/**
 * Code samples (`code`, `kbd`, `samp`) and form fields (`textarea`) are shown but are not the page
 * speaking: a docs page's JSON example would otherwise give its ids as phone numbers and its
 * `you@example.com` as an address.
 */
const NOT_PAGE_TEXT = new Set(['code', 'kbd', 'samp', 'textarea']);
const isNotPageText = (element: Element) => NOT_PAGE_TEXT.has(element.localName.toLowerCase());

export function extractPage(doc: Document, url: URL): LeadDraft | null {
  const root = doc.body ?? doc.documentElement;
  const scan = pageElements(doc, root);
  const { person, organization } = structuredData(scan.jsonLd, scan.items);
  const card = cardFor(hCards(scan.cards, url.href));
  const text = textContacts(contactLineGroups(root, isNotPageText));
  const phones = mergePhones([], [
    ...structuredPhones(person),
    ...structuredPhones(organization),
    ...(card?.tels ?? []).map((number): Phone => ({ number: number.replace(/^tel:/i, ''), type: 'other' })),
    ...linkPhones(scan.links),
    ...text.phones,
  ]);
  const emails = [
    ...structuredEmails(person),
    ...structuredEmails(organization),
    ...(card?.emails ?? []).map((email) => email.replace(/^mailto:/i, '').split('?')[0]!),
    ...text.emails,
  ];
  const cardIsPerson = card?.name && card.name !== card.org ? card : undefined;
  const fullName = (person ? nameOf(person) : null) ?? cardIsPerson?.name ?? null;
  if (!text.emails.length) emails.push(...linkedOnlyEmails(linkEmails(scan.links), fullName !== null));
  const website =
    [organization?.url, person?.url, card?.url].flatMap(textValues).map((href) => toHttpUrl(href, url.href)).find((href) => href && !canonicalLinkedInUrl(href)) ??
    toHttpUrl(url.origin);
  const draft = makeDraft('web', url, {
    fullName,
    title: textValues(person?.jobTitle)[0] ?? cardIsPerson?.title ?? null,
    company: (organization ? nameOf(organization) : null) ?? card?.org ?? metaContent(doc, SELECTORS.siteName),
    emails,
    phones,
    website,
    linkedinUrl: linkedInOf(person) ?? linkedInLink(doc, scan.links, url.href),
    location: addressText(person?.address) ?? addressText(organization?.address) ?? card?.locality ?? null,
    sourceTitle: metaContent(doc, SELECTORS.title),
  });
  return draft.fullName || draft.emails.length || draft.phones.some((phone) => phone.type !== 'fax') || draft.linkedinUrl ? draft : null;
}
