// Small parts of the lead detail: contact links, stage changer, note box and outcome log.
import { useState } from 'react';
import { displayPhone, isCheckedPhone, parseMoney } from '@/lib/normalize';
import { type Activity, Email, type Lead, type Stage, WebUrl } from '@/lib/schema';
import { STAGE_NAMES, canMove, describeMoves, manualMoves } from '@/lib/stages';
import { meetingHeldProblem } from '@/lib/timers/contact';
import { LOCAL_ZONE, useClock } from './Countdown';
import { exactMoney } from './format';
import { StatusLine, useCommand } from './useCommand';

/** Links only from values that validate: mailto for emails, tel for E.164 numbers and their extension (shown international), LinkedIn over https. */
export function contactLinks(lead: Pick<Lead, 'emails' | 'phones' | 'linkedinUrl'>): { href: string; label: string }[] {
  const emails = lead.emails.filter((email) => Email.safeParse(email).success).map((email) => ({ href: `mailto:${email}`, label: email }));
  const phones = lead.phones
    .filter(isCheckedPhone)
    .map((phone) => ({ href: `tel:${phone}`, label: displayPhone(phone).text }));
  const linkedin =
    lead.linkedinUrl && WebUrl.safeParse(lead.linkedinUrl).success && /^https:\/\/([a-z]+\.)?linkedin\.com\//i.test(lead.linkedinUrl)
      ? [{ href: lead.linkedinUrl, label: 'LinkedIn profile' }]
      : [];
  return [...emails, ...phones, ...linkedin];
}

/** Numbers kept as captured because they could not be read: shown as text, never dialled or hidden. */
export const uncheckedPhones = (lead: Pick<Lead, 'phones'>) => lead.phones.filter((phone) => !isCheckedPhone(phone));

export function ContactLinks({ lead }: { lead: Lead }) {
  const links = contactLinks(lead);
  const unchecked = uncheckedPhones(lead);
  if (!links.length && !unchecked.length) return <p className="muted">No verified email, phone or LinkedIn yet.</p>;
  return (
    <ul className="contact-links" aria-label="Contact">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} target={link.href.startsWith('https:') ? '_blank' : undefined} rel="noreferrer noopener">
            {link.label}
          </a>
        </li>
      ))}
      {unchecked.map((phone) => (
        <li key={phone} className="unchecked-phone">
          {phone} <span className="badge warn">number not recognised: check it</span>
        </li>
      ))}
    </ul>
  );
}

/** Offers only the moves lib/stages.ts allows by hand; handed off, won and lost have their own actions. */
export function StageChanger({ lead }: { lead: Lead }) {
  const [to, setTo] = useState<Stage>(lead.stage);
  const { run, status, busy } = useCommand();
  const moves = manualMoves(lead.stage);
  if (!moves.length) return <p className="stage-changer muted">{describeMoves(lead.stage)}</p>;
  return (
    <form
      className="stage-changer"
      onSubmit={(event) => {
        event.preventDefault();
        void run('lead.changeStage', { id: lead.id, to }, `Moved to ${STAGE_NAMES[to]}.`);
      }}
    >
      <label>
        Stage
        <select value={to} onChange={(event) => setTo(event.target.value as Stage)}>
          {[lead.stage, ...moves].map((stage) => (
            <option key={stage} value={stage}>
              {STAGE_NAMES[stage]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="secondary" disabled={busy || to === lead.stage}>
        Change stage
      </button>
      <StatusLine status={status} />
    </form>
  );
}

export function NoteBox({ leadId }: { leadId: string }) {
  const [text, setText] = useState('');
  const { run, status, busy } = useCommand();
  return (
    <form
      className="note-box"
      onSubmit={async (event) => {
        event.preventDefault();
        if (await run('lead.addNote', { id: leadId, text }, 'Note added.')) setText('');
      }}
    >
      <label>
        Add a note
        <textarea rows={2} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <button type="submit" className="secondary" disabled={busy}>
        Add note
      </button>
      <StatusLine status={status} />
    </form>
  );
}

/** Outcomes offered only when lib/stages.ts allows them; a booked meeting only once its time has come. */
export function OutcomeLog({ lead, currency, activities }: { lead: Lead; currency: string; activities: readonly Activity[] }) {
  const [value, setValue] = useState('');
  const [wonCurrency, setWonCurrency] = useState(lead.budget?.currency ?? currency);
  const [reason, setReason] = useState('');
  const { run, status, setStatus, busy } = useCommand();
  const notHeldYet = useClock((now) => meetingHeldProblem(activities, now, LOCAL_ZONE));
  return (
    <section className="outcomes" aria-labelledby="outcome-heading">
      <h3 id="outcome-heading">Log outcome</h3>
      <button type="button" className="secondary" disabled={busy || notHeldYet !== null} onClick={() => run('lead.logOutcome', { id: lead.id, outcome: 'meeting_held' }, 'Meeting held logged.')}>
        Meeting held
      </button>
      {notHeldYet && <p className="muted">{notHeldYet}</p>}
      {canMove(lead.stage, 'won') && <form
        className="outcome-row"
        onSubmit={(event) => {
          event.preventDefault();
          // As the rep writes it: "48,000", "48.000,50", "48 000 €" (a typed currency wins).
          const money = parseMoney(value);
          if (!money) {
            setStatus({ ok: false, text: 'Enter the deal value as you would write it, such as 48,000 or 48.000,50.' });
            return;
          }
          const currency = (money.currency ?? wonCurrency).trim().toUpperCase();
          void run('lead.logOutcome', { id: lead.id, outcome: 'won', value: money.amount, currency }, `Won logged: ${exactMoney(money.amount, currency)}.`);
        }}
      >
        <label>
          Deal value
          <input inputMode="decimal" value={value} onChange={(event) => setValue(event.target.value)} />
        </label>
        <label>
          Currency
          <input value={wonCurrency} maxLength={3} size={4} onChange={(event) => setWonCurrency(event.target.value)} />
        </label>
        <button type="submit" className="secondary" disabled={busy}>
          Log won
        </button>
      </form>}
      {canMove(lead.stage, 'lost') && <form
        className="outcome-row"
        onSubmit={(event) => {
          event.preventDefault();
          void run('lead.logOutcome', { id: lead.id, outcome: 'lost', reason }, 'Lost logged.');
        }}
      >
        <label className="grow">
          Reason lost
          <input value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
        <button type="submit" className="danger" disabled={busy}>
          Log lost
        </button>
      </form>}
      <StatusLine status={status} />
    </section>
  );
}
