// Finding elements by role and accessible name inside the page, the way the specs and a screen
// reader name them. One self-contained function, because both drivers send it into the page as
// source text (Playwright and Puppeteer serialise it; nothing from this module is in scope there).
// It covers the roles and naming rules LeadClip's pages use, not the whole ARIA specification, and
// it looks inside open shadow roots (the Clip lead button lives in one).

export interface Query {
  role: string;
  /** The accessible name, compared after collapsing white space. */
  name?: string;
  /** Match names that contain `name` instead of equal it. */
  partial?: boolean;
  /** Only elements inside the first element this query finds. */
  within?: Query;
  /** Which of several matches (0 = first). */
  nth?: number;
}

/** Runs in the page: the matching element, or null. */
export function locate(query: Query): Element | null {
  const IMPLICIT: Record<string, string> = {
    BUTTON: 'button',
    A: 'link',
    H1: 'heading',
    H2: 'heading',
    H3: 'heading',
    H4: 'heading',
    UL: 'list',
    OL: 'list',
    LI: 'listitem',
    SELECT: 'combobox',
    TEXTAREA: 'textbox',
    FIELDSET: 'group',
    FORM: 'form',
    SECTION: 'region',
    TABLE: 'table',
    PROGRESS: 'progressbar',
  };
  const INPUTS: Record<string, string> = { checkbox: 'checkbox', radio: 'radio', button: 'button', submit: 'button', number: 'spinbutton', file: 'file' };
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

  function roleOf(element: Element): string | null {
    const explicit = element.getAttribute('role');
    if (explicit) return explicit.split(' ')[0]!;
    if (element instanceof HTMLInputElement) return INPUTS[element.type] ?? 'textbox';
    if (element.tagName === 'A' && !element.hasAttribute('href')) return null;
    return IMPLICIT[element.tagName] ?? null;
  }

  function labelText(element: Element): string {
    const root = element.getRootNode() as Document | ShadowRoot;
    const byFor = element.id ? root.querySelector(`label[for="${CSS.escape(element.id)}"]`) : null;
    const label = byFor || element.closest('label');
    if (!label) return '';
    const copy = label.cloneNode(true) as Element;
    copy.querySelectorAll('input, select, textarea').forEach((control) => control.remove());
    return squash(copy.textContent);
  }

  function nameOf(element: Element): string {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      const root = element.getRootNode() as Document | ShadowRoot;
      return squash(labelledBy.split(' ').map((id) => root.getElementById?.(id)?.textContent ?? '').join(' '));
    }
    const aria = element.getAttribute('aria-label');
    if (aria) return squash(aria);
    if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) {
      return labelText(element) || squash(element.getAttribute('title') ?? element.getAttribute('placeholder'));
    }
    if (element.tagName === 'FIELDSET') return squash(element.querySelector('legend')?.textContent);
    if (element.tagName === 'SECTION') return '';
    return squash(element.textContent) || squash(element.getAttribute('title'));
  }

  function all(root: ParentNode): Element[] {
    const found: Element[] = [];
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) found.push(...all(element.shadowRoot));
    }
    return found;
  }

  function visible(element: Element): boolean {
    if ((element as HTMLElement).hidden) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 || box.height > 0 || roleOf(element) === 'status' || roleOf(element) === 'alert';
  }

  function find(q: Query, root: ParentNode): Element | null {
    const scope = q.within ? find(q.within, root) : root;
    if (!scope) return null;
    const want = q.name === undefined ? null : squash(q.name);
    const matches = all(scope).filter((element) => {
      if (roleOf(element) !== q.role || !visible(element)) return false;
      if (want === null) return true;
      const name = nameOf(element);
      return q.partial ? name.includes(want) : name === want;
    });
    return matches[q.nth ?? 0] ?? null;
  }

  return find(query, document);
}
