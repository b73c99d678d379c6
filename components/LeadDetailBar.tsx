// The lead detail's action bar (issue 17): the clock and the main actions stay in view while the
// rep scrolls a long lead, each with a keyboard shortcut named in its tooltip.
import { type ReactNode, type RefObject, useEffect, useLayoutEffect, useRef } from 'react';

/** Main actions by their button text; the contact buttons come from ContactActions, which owns them. */
const SHORTCUTS = [
  { code: 'KeyC', keys: 'Alt+C', name: 'Mark contacted' },
  { code: 'KeyS', keys: 'Alt+S', name: 'Snooze 5 min' },
  { code: 'KeyM', keys: 'Alt+M', name: 'Book meeting' },
  { code: 'KeyH', keys: 'Alt+H', name: 'Handoff' },
] as const;

const buttonNamed = (root: HTMLElement | null, name: string) =>
  [...(root?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((button) => button.textContent?.trim() === name);

export function LeadActionBar({ children }: { children: ReactNode }) {
  const bar = useRef<HTMLDivElement>(null);
  // After every render: the tooltip and aria-keyshortcuts say which key presses each button.
  useLayoutEffect(() => {
    for (const { keys, name } of SHORTCUTS) {
      const button = buttonNamed(bar.current, name);
      button?.setAttribute('title', `${name} (${keys})`);
      button?.setAttribute('aria-keyshortcuts', keys);
    }
  });
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const shortcut = SHORTCUTS.find((each) => each.code === event.code);
      const button = shortcut && buttonNamed(bar.current, shortcut.name);
      if (!button || button.disabled) return;
      event.preventDefault();
      button.focus();
      button.click();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <section ref={bar} className="lead-action-bar" aria-label="Lead actions">
      {children}
    </section>
  );
}

/** A long section the rep can fold away; its summary is the section's visible title. */
export function Fold({ title, open = false, foldRef, children }: { title: string; open?: boolean; foldRef?: RefObject<HTMLDetailsElement | null>; children: ReactNode }) {
  return (
    <details className="fold" open={open} ref={foldRef}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

/** Opens a fold, brings it into view and focuses its button named `name` (e.g. "Hand off"). */
export function openFold(fold: HTMLDetailsElement | null, name: string): void {
  if (!fold) return;
  fold.open = true;
  fold.scrollIntoView?.({ block: 'start' });
  buttonNamed(fold, name)?.focus();
}
