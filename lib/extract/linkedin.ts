// LinkedIn profile → lead draft (DESIGN.md §3 "LinkedIn"). Classes are hashed on newer layouts,
// so JSON-LD, the <title>, headings, section anchors and `aria-hidden` text come first; classes
// are fallbacks. Only what the rep sees is read; the viewer's own name (top navigation) never is.
import type { LeadDraft } from '../schema';
import { canonicalLinkedInUrl } from './contact-text';
import { cleanText, firstOf, makeDraft, textOf } from './dom';
import { jsonLdNodes, nameOf, textValues } from './structured';

const SELECTORS = {
  /** The profile's name. 2024 logged-in: `h1.text-heading-xlarge`; 2016/guest: `.top-card-layout__title`; 2025: the main `h1`. */
  name: ['main h1.text-heading-xlarge', 'h1.top-card-layout__title', 'main section h1', 'main h1', 'h1'],
  /** Headline under the name. 2024: `div.text-body-medium`; guest: `.top-card-layout__headline`. */
  headline: ['main div.text-body-medium', '.top-card-layout__headline', '#topcard .headline', 'main section h1 ~ div', 'main section div:has(> h1) + div'],
  /** Location line. 2024: `span.text-body-small.inline`; guest: `.top-card__subline-item`; 2016: `.locality`. */
  location: [
    'main span.text-body-small.inline.t-black--light',
    'main span.text-body-small.inline',
    '.top-card-layout__first-subline .top-card__subline-item',
    '.top-card__subline-item',
    '#location .locality',
  ],
  /** Experience section. 2024/2025: the `#experience` anchor's section; guest: `section.experience`; 2016: `#experience`. */
  experience: ['section:has(> #experience)', 'section:has(#experience)', 'section.experience', 'section[data-section="experience"]', '#experience'],
  /** Positions inside it, newest first. */
  position: ['li.artdeco-list__item', 'li.experience-item', 'li.position', 'li'],
  /** Guest positions: title in h3, company in h4; 2016 public: `.item-title` (h4) and `.item-subtitle` (h5). */
  positionTitle: ['.experience-item__title', '.item-title', 'h3'],
  positionCompany: ['.experience-item__subtitle', '.item-subtitle', 'h4'],
  /** Navigation chrome: where the logged-in viewer's own name and photo live. */
  chrome: ['header', 'nav', '#global-nav', '.global-nav', 'aside'],
} as const;

const EXPERIENCE_HEADINGS = /^(?:Experience|Exp[ée]rience|Berufserfahrung|Experiencia|Esperienza|Experi[êe]ncia|Ervaring)$/i;
const EMPLOYMENT = /^(?:Full-time|Part-time|Self-employed|Freelance|Contract|Internship|Apprenticeship|Seasonal|Temps plein|Vollzeit|Jornada completa|Tempo pieno|Tempo integral)\b|\b\d+\s*(?:yrs?|mos?|years?|months?|ans?|mois|Jahre?|Monate?|años?|meses?|anni|mesi)\b/i;

function isInChrome(element: Element): boolean {
  return SELECTORS.chrome.some((selector) => element.closest(selector) !== null);
}

/** "Ada Lovelace | LinkedIn", "(3) Ada Lovelace | LinkedIn", "Ada Lovelace - CTO - Acme | LinkedIn". */
function titleParts(title: string): string[] {
  if (!/\|\s*LinkedIn\s*$/i.test(title)) return [];
  return title
    .replace(/^\(\d+\)\s*/, '')
    .replace(/\s*\|\s*LinkedIn\s*$/i, '')
    .split(/\s+[-–]\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function profileName(doc: Document, person: Record<string, unknown> | undefined): string | null {
  const fromJsonLd = person ? nameOf(person) : null;
  if (fromJsonLd) return fromJsonLd;
  const fromTitle = titleParts(doc.title)[0];
  if (fromTitle && !/^(?:LinkedIn|Profile Not Found|Sign Up|Log In)/i.test(fromTitle)) return fromTitle;
  for (const selector of SELECTORS.name) {
    for (const heading of doc.querySelectorAll(selector)) {
      const text = textOf(heading);
      if (text && !isInChrome(heading)) return text;
    }
  }
  return null;
}

function experienceSection(doc: Document): Element | null {
  // The `#experience` anchor is one id lookup; the selector chain would search the whole profile
  // once per selector before reaching it. Its section is the one it sits in directly, else the
  // outermost one around it (as `section:has(> #experience)`, then `section:has(#experience)`).
  // An anchor that is itself the section (2016) is taken as it is.
  const anchor = doc.getElementById('experience');
  if (anchor) {
    if (anchor.parentElement?.tagName === 'SECTION') return anchor.parentElement;
    let outermost: Element | null = null;
    for (let section = anchor.parentElement?.closest('section'); section; section = section.parentElement?.closest('section')) outermost = section;
    if (outermost) return outermost;
    if (anchor.tagName === 'SECTION') return anchor;
  }
  for (const selector of SELECTORS.experience) {
    try {
      const found = doc.querySelector(selector);
      if (found) return found.tagName === 'SECTION' ? found : (found.closest('section') ?? found);
    } catch {
      // `:has()` is missing from older DOM implementations; the next selector is plain.
    }
  }
  const heading = [...doc.querySelectorAll('section h2')].find((h2) => EXPERIENCE_HEADINGS.test(visibleTextOf(h2)));
  return heading?.closest('section') ?? null;
}

/** LinkedIn writes each label twice (`aria-hidden` for eyes, `.visually-hidden` for readers); read one. */
function visibleTextOf(element: Element): string {
  const shown = element.querySelector('[aria-hidden="true"]');
  return cleanText((shown ?? element).textContent);
}

/** The texts of a position entry in reading order, each label once. */
function labelsOf(entry: Element): string[] {
  const labels = [...entry.querySelectorAll('span[aria-hidden="true"]')]
    .filter((span) => !span.parentElement?.closest('span[aria-hidden="true"]'))
    .map((span) => cleanText(span.textContent))
    .filter(Boolean);
  return labels;
}

/** Current position: the first entry of the experience section (a company group's first role). */
export function currentPosition(doc: Document): { title: string | null; company: string | null } {
  const section = experienceSection(doc);
  if (!section) return { title: null, company: null };
  const entry = firstOf(section, SELECTORS.position);
  if (!entry) return { title: null, company: null };
  const title = firstOf(entry, SELECTORS.positionTitle);
  const company = firstOf(entry, SELECTORS.positionCompany);
  if (title && company) return { title: textOf(title), company: textOf(company) };
  const labels = labelsOf(entry);
  if (labels.length < 2) return { title: labels[0] ?? null, company: null };
  const grouped = EMPLOYMENT.test(labels[1]!) && entry.querySelector('li [aria-hidden="true"]') !== null;
  if (grouped) {
    // Several roles at one company: the bold line is the company, the nested first role the title.
    const nested = [...entry.querySelectorAll('li')].map(labelsOf).find((inner) => inner.length >= 2 && !EMPLOYMENT.test(inner[0]!));
    return { title: nested?.[0] ?? null, company: labels[0]! };
  }
  return { title: labels[0]!, company: companyOfLine(labels[1]!) };
}

/** "Novare Potential · Full-time" → "Novare Potential". */
function companyOfLine(line: string): string | null {
  const company = line.split(/\s+·\s+/)[0]!.trim();
  return company && !EMPLOYMENT.test(company) ? company : null;
}

/** "Title at Company", "Title @ Company", "Titre chez Société", "Titel bei Firma". */
export function splitHeadline(headline: string | null): { title: string | null; company: string | null } {
  if (!headline) return { title: null, company: null };
  const match = /^(.*?)\s+(?:at|@|chez|bei|en|presso|na|em)\s+(.+)$/i.exec(headline) ?? /^(.*?)\s*@\s*(.+)$/.exec(headline);
  return match ? { title: match[1]!.trim(), company: match[2]!.split(/\s+[|·]\s+/)[0]!.trim() } : { title: headline, company: null };
}

function firstText(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    // The first match is nearly always the one (the top card comes before everything else):
    // querySelector stops there, where querySelectorAll would go through a 1 MB profile.
    const first = doc.querySelector(selector);
    if (!first) continue;
    const text = isInChrome(first) ? null : textOf(first);
    if (text) return text;
    for (const element of doc.querySelectorAll(selector)) {
      if (!isInChrome(element)) {
        const text = textOf(element);
        if (text) return text;
      }
    }
  }
  return null;
}

function personNode(doc: Document): Record<string, unknown> | undefined {
  return jsonLdNodes(doc).find((node) => textValues(node['@type']).includes('Person') && nameOf(node));
}

/** Sign-in walls and "Profile Not Found" pages name no one; their headings must not become a lead. */
const NOT_A_PROFILE = /^(?:Profile Not Found|LinkedIn: Log In or Sign Up|Sign Up|Log In|Sign in|LinkedIn Login|Security Verification)\b/i;

export function extractLinkedIn(doc: Document, url: URL): LeadDraft | null {
  const pageTitle = cleanText(doc.title);
  if (NOT_A_PROFILE.test(pageTitle) || NOT_A_PROFILE.test(titleParts(pageTitle)[0] ?? '')) return null;
  // A profile heading is found near the top; only without one is the page searched for a sign-in form.
  if (!doc.querySelector('main h1, h1.top-card-layout__title') && doc.querySelector('form.join-form, form[action*="/uas/login"], .authwall-join-form')) return null;
  const person = personNode(doc);
  const fullName = profileName(doc, person);
  if (!fullName) return null;
  const position = currentPosition(doc);
  const headline = splitHeadline(firstText(doc, SELECTORS.headline) ?? textValues(person?.jobTitle)[0] ?? null);
  const worksFor = (Array.isArray(person?.worksFor) ? person.worksFor : [person?.worksFor]).find(
    (org): org is Record<string, unknown> => typeof org === 'object' && org !== null,
  );
  const titleCompany = titleParts(doc.title).slice(1).at(-1) ?? null;
  const address = person?.address as Record<string, unknown> | undefined;
  return makeDraft('linkedin', url, {
    fullName,
    title: position.title ?? headline.title,
    company: position.company ?? (worksFor ? nameOf(worksFor) : null) ?? headline.company ?? titleCompany,
    linkedinUrl: canonicalLinkedInUrl(url.href),
    location: firstText(doc, SELECTORS.location) ?? textValues(address?.addressLocality)[0] ?? null,
    sourceTitle: doc.title,
  });
}
