// Where and when a lead was captured, and the lawful basis for holding it (DESIGN.md §6), with
// the date the person was informed. Edits go through 'lead.update'.
import { type FormEvent, useId, useState } from 'react';
import { LAWFUL_BASES, type LawfulBasis, type Lead } from '@/lib/schema';
import { send } from './commands';
import { EraseLeadsButton } from './DataToolsErase';
import { dateInputValue, startOfLocalDay } from './metricsFormat';
import './ConsentPanel.css';
import { type CommandStatus, StatusLine } from './useCommand';

export const BASIS_LABELS: Record<LawfulBasis, string> = {
  consent: 'Consent',
  legitimate_interest: 'Legitimate interest',
  contract: 'Contract',
  none_recorded: 'Not recorded',
};

const when = (at: number | null) => (at === null ? '—' : new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }));

export function ConsentPanel({ lead }: { lead: Lead }) {
  const [status, setStatus] = useState<CommandStatus | null>(null);
  const headingId = useId();
  const { source, consent } = lead;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const basis = form.get('basis') as LawfulBasis;
    const noticeSent = String(form.get('noticeSentAt') ?? '');
    const note = String(form.get('note') ?? '').trim();
    const reply = await send('lead.update', {
      id: lead.id,
      patch: {
        consent: {
          basis,
          // The basis is "recorded" when the rep first states one; changing it re-dates it.
          recordedAt: basis === 'none_recorded' ? null : basis === consent.basis && consent.recordedAt !== null ? consent.recordedAt : Date.now(),
          noticeSentAt: noticeSent ? startOfLocalDay(noticeSent) : null,
          note: note || null,
        },
      },
    });
    setStatus(reply.ok ? { ok: true, text: 'Saved.' } : { ok: false, text: [reply.error.message, ...reply.error.issues].join(' ') });
  }

  return (
    <section className="consent-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Source and consent</h2>
      <dl className="consent-source">
        <dt>Captured</dt>
        <dd>
          {when(source.capturedAt)} via {source.channel}
        </dd>
        <dt>Inquiry arrived</dt>
        <dd>{when(source.inquiryAt)}</dd>
        <dt>From</dt>
        <dd>
          {source.url ? (
            <a href={source.url} target="_blank" rel="noreferrer noopener">
              {source.title ?? new URL(source.url).host}
            </a>
          ) : (
            (source.title ?? 'not recorded')
          )}
        </dd>
        <NotificationSource lead={lead} />
        <dt>Lawful basis</dt>
        <dd className={consent.basis === 'none_recorded' ? 'error' : undefined}>
          {BASIS_LABELS[consent.basis]}
          {consent.recordedAt !== null && `, recorded ${when(consent.recordedAt)}`}
        </dd>
        <dt>Person informed</dt>
        <dd>{consent.noticeSentAt === null ? 'not yet' : when(consent.noticeSentAt)}</dd>
      </dl>
      <form onSubmit={save} className="consent-form" key={`${consent.basis}-${consent.noticeSentAt}-${consent.note}`}>
        <label>
          Lawful basis
          <select name="basis" defaultValue={consent.basis}>
            {LAWFUL_BASES.map((basis) => (
              <option key={basis} value={basis}>
                {BASIS_LABELS[basis]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Informed on
          <input type="date" name="noticeSentAt" defaultValue={consent.noticeSentAt === null ? '' : dateInputValue(consent.noticeSentAt)} />
        </label>
        <label>
          Note (how, where)
          <input name="note" maxLength={300} defaultValue={consent.note ?? ''} />
        </label>
        <div className="settings-actions">
          <button type="submit">Save consent</button>
          <StatusLine status={status} inline />
        </div>
      </form>
      <EraseLeadsButton ids={[lead.id]} />
    </section>
  );
}

/** What a notification told about the inquiry (issue 13): the platform, what was asked about, the form's page, the reply route. */
function NotificationSource({ lead }: { lead: Lead }) {
  const { platform, pageUrl } = lead.source;
  return (
    <>
      {platform && (
        <>
          <dt>Source platform</dt>
          <dd>{platform}</dd>
        </>
      )}
      {lead.product && (
        <>
          <dt>Asked about</dt>
          <dd>{lead.product}</dd>
        </>
      )}
      {pageUrl && (
        <>
          <dt>Form page</dt>
          <dd>
            <a href={pageUrl} target="_blank" rel="noreferrer noopener">
              {new URL(pageUrl).host + new URL(pageUrl).pathname}
            </a>
          </dd>
        </>
      )}
      {lead.replyTo && (
        <>
          <dt>Reply through</dt>
          <dd>
            <a href={`mailto:${lead.replyTo}`}>{lead.replyTo}</a>
          </dd>
        </>
      )}
    </>
  );
}
