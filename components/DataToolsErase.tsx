// Erasure controls: one lead or a selection (mounted wherever leads are shown), everything, and
// the suppression list.
import { useEffect, useId, useRef, useState } from 'react';
import { send } from './commands';
import { type CommandStatus, StatusLine } from './useCommand';

type Status = CommandStatus | null;

/**
 * Erases the given leads completely (lead, activities, tasks, checklist, handoffs), after a
 * confirmation, optionally adding the people to the suppression list.
 */
export function EraseLeadsButton({ ids, onErased }: { ids: string[]; onErased?: (erased: number) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [suppress, setSuppress] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const what = ids.length === 1 ? 'this lead' : `${ids.length} leads`;
  const confirmRef = useRef<HTMLDivElement>(null);
  // The question appears where the rep is looking: scrolled into view, with "Keep" focused.
  useEffect(() => {
    if (!confirming) return;
    // jsdom (component tests) has no scrollIntoView.
    confirmRef.current?.scrollIntoView?.({ block: 'nearest' });
    confirmRef.current?.querySelector<HTMLButtonElement>('button.secondary')?.focus();
  }, [confirming]);

  async function erase() {
    const reply = await send('lead.erase', { ids, suppress });
    if (!reply.ok) return setStatus({ ok: false, text: reply.error.message });
    setConfirming(false);
    setStatus({ ok: true, text: `Erased ${reply.value.erased}${reply.value.suppressed ? ', and added to the suppression list' : ''}.` });
    onErased?.(reply.value.erased);
  }

  if (!confirming) {
    return (
      <div className="erase-leads">
        <button type="button" className="danger" disabled={ids.length === 0} onClick={() => setConfirming(true)}>
          Erase {what}
        </button>
        <StatusLine status={status} inline />
      </div>
    );
  }
  return (
    <div ref={confirmRef} className="erase-leads" role="group" aria-label={`Erase ${what}`}>
      <p>Erase {what} with all activities, tasks, checklist answers and handoffs? This cannot be undone.</p>
      <label className="inline">
        <input type="checkbox" checked={suppress} onChange={(event) => setSuppress(event.target.checked)} /> Add to the suppression list (never capture
        again)
      </label>
      <div className="settings-actions">
        <button type="button" className="danger" onClick={erase}>
          Erase permanently
        </button>
        <button type="button" className="secondary" onClick={() => setConfirming(false)}>
          Keep
        </button>
        <StatusLine status={status} inline />
      </div>
    </div>
  );
}

const CONFIRMATION = 'erase everything';

export function DataToolsErase() {
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [person, setPerson] = useState('');
  const [suppressionStatus, setSuppressionStatus] = useState<Status>(null);
  const confirmId = useId();

  async function eraseAll() {
    const reply = await send('data.eraseAll', { confirm: CONFIRMATION });
    setTyped('');
    setStatus(reply.ok ? { ok: true, text: `Erased ${reply.value.erased} leads and their history.` } : { ok: false, text: reply.error.message });
  }

  async function unsuppress() {
    const value = person.trim();
    const isProfile = /linkedin\.com\//i.test(value);
    const reply = await send('suppression.remove', { emails: isProfile ? [] : [value], linkedinUrl: isProfile ? value : null });
    if (!reply.ok) return setSuppressionStatus({ ok: false, text: reply.error.message });
    setSuppressionStatus(
      reply.value.removed ? { ok: true, text: 'Removed from the suppression list.' } : { ok: false, text: 'That address is not on the suppression list.' },
    );
  }

  return (
    <div className="data-tool">
      <h3>Erase</h3>
      <p className="muted">
        Erases every lead with its activities, tasks, checklists and handoffs. Settings, checklist templates and the suppression list stay. Export a JSON
        backup first if you may want the data back.
      </p>
      <label htmlFor={confirmId}>Type “{CONFIRMATION}” to confirm</label>
      <div className="settings-actions">
        <input id={confirmId} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" />
        <button type="button" className="danger" disabled={typed.trim().toLowerCase() !== CONFIRMATION} onClick={eraseAll}>
          Erase everything
        </button>
        <StatusLine status={status} inline />
      </div>
      <h3>Suppression list</h3>
      <p className="muted">People erased with “add to the suppression list” are refused at capture. Only a hash of their email or LinkedIn URL is kept.</p>
      <div className="settings-actions">
        <label>
          Email or LinkedIn URL to allow again
          <input value={person} onChange={(event) => setPerson(event.target.value)} />
        </label>
        <button type="button" className="secondary" disabled={!person.trim()} onClick={unsuppress}>
          Remove from list
        </button>
        <StatusLine status={suppressionStatus} inline />
      </div>
    </div>
  );
}
