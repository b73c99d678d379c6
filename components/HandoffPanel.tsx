// The handoff (issue 5): the composed note, editable, copied as text or Markdown, sent as an email
// draft, to the webhook or (issue 14) to the connected CRM through the outbox. The background
// refuses it, naming the missing answers, until every required checklist item has a yes or no.
import { useState } from 'react';
import { composeHandoffNote, type HandoffInput, type NoteFormat } from '@/lib/handoff';
import { CRM_NAMES, Email, type Handoff, type TemplateItem } from '@/lib/schema';
import { CrmPanel } from './integrations/CrmPanel';
import { useCrmStatus } from './integrations/useCrmStatus';
import { canMove } from '@/lib/stages';
import { StatusLine, useCommand } from './useCommand';

interface Props {
  input: HandoffInput;
  missing: readonly TemplateItem[];
  webhookUrl: string | null;
}

type Via = Handoff['via'];

const VIA_NAMES: Record<Exclude<Via, 'crm'>, string> = { copy: 'Copy the note', email: 'Email draft', webhook: 'CRM webhook' };

/** mailto: built only from a validated address; subject and body are encoded, never raw. */
export function handoffMailto(to: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

export function HandoffPanel({ input, missing, webhookUrl }: Props) {
  const [format, setFormat] = useState<NoteFormat>('text');
  const [edited, setEdited] = useState<string | null>(null);
  const [via, setVia] = useState<Via>('copy');
  const [to, setTo] = useState('');
  const { run, status, setStatus, busy } = useCommand();
  const { status: crm } = useCrmStatus();
  const crmName = crm?.connected ? CRM_NAMES[crm.kind] : null;
  const composed = composeHandoffNote(input, format);
  const note = edited ?? composed;
  const subject = composed.split('\n')[0]!;

  async function copy(): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(note);
      return true;
    } catch (error) {
      setStatus({ ok: false, text: `Could not copy: ${error instanceof Error ? error.message : String(error)}. Select the note and copy it by hand.` });
      return false;
    }
  }

  async function handOff() {
    const recipient = to.trim() || null;
    if (via === 'email' && recipient !== null && !Email.safeParse(recipient).success) {
      setStatus({ ok: false, text: `"${recipient}" is not an email address.` });
      return;
    }
    if (via === 'crm') {
      // Queued, not sent: the lead shows as handed off once the CRM confirmed every step.
      await run('crm.handoff', { id: input.lead.id, note, format }, `Queued for ${crmName}: it shows as sent once ${crmName} confirms.`);
      return;
    }
    if (via === 'copy' && !(await copy())) return;
    const done = { copy: 'Handed off: the note is on the clipboard.', email: 'Handed off: the email draft is open.', webhook: 'Handed off: the webhook received the lead.' }[via];
    const handoff = await run('lead.handoff', { id: input.lead.id, note, format, via, to: via === 'email' ? recipient : null }, done);
    if (handoff && via === 'email') window.location.href = handoffMailto(recipient ?? '', subject, note);
  }

  return (
    <section className="handoff" aria-labelledby="handoff-heading">
      <h3 id="handoff-heading">Handoff</h3>
      {missing.length > 0 && (
        <p className="warning">Answer before handing off: {missing.map((item) => item.question).join(' · ')}</p>
      )}
      <fieldset className="format">
        <legend>Note format</legend>
        {(['text', 'markdown'] as const).map((value) => (
          <label key={value} className="inline">
            <input type="radio" name="handoff-format" checked={format === value} onChange={() => setFormat(value)} />
            {value === 'text' ? 'Plain text' : 'Markdown'}
          </label>
        ))}
      </fieldset>
      <label>
        Handoff note
        <textarea rows={12} value={note} onChange={(event) => setEdited(event.target.value)} spellCheck />
      </label>
      {edited !== null && (
        <button type="button" className="link" onClick={() => setEdited(null)}>
          Discard edits and recompose
        </button>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={async () => (await copy()) && setStatus({ ok: true, text: 'Copied the handoff note.' })}>
          Copy handoff note
        </button>
      </div>
      {/* Issue 17: "Hand off" only where lib/stages.ts allows it; a closed lead keeps the note to copy. */}
      {canMove(input.lead.stage, 'handed_off') && <div className="handoff-send">
        <label>
          Send by
          <select value={via} onChange={(event) => setVia(event.target.value as Via)}>
            {(Object.keys(VIA_NAMES) as Exclude<Via, 'crm'>[]).map((value) => (
              <option key={value} value={value} disabled={value === 'webhook' && !webhookUrl}>
                {VIA_NAMES[value]}
                {value === 'webhook' && !webhookUrl ? ' (set one in options)' : ''}
              </option>
            ))}
            <option value="crm" disabled={!crmName}>
              {crmName ?? 'CRM (connect one in options)'}
            </option>
          </select>
        </label>
        {via === 'email' && (
          <label>
            Email to
            <input type="email" value={to} onChange={(event) => setTo(event.target.value)} placeholder="ae@yourcompany.example" />
          </label>
        )}
        <button type="button" onClick={handOff} disabled={busy}>
          Hand off
        </button>
      </div>}
      <StatusLine status={status} />
      <CrmPanel lead={input.lead} crm={crm} />
    </section>
  );
}
