// The popup's answer to "who do I reach now?": leads overdue or due within the hour, most urgent
// first, each saying what is due, with its contact links, the name opening the lead in the side
// panel, and "Mark contacted" asking which channel the rep used.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { send } from '@/components/commands';
import { Countdown, useClock } from '@/components/Countdown';
import { db } from '@/components/db';
import { displayName } from '@/components/format';
import { contactLinks } from '@/components/LeadDetailParts';
import { CONTACT_CHANNELS, type ContactChannel, type Lead } from '@/lib/schema';
import { CONTACT_CHANNEL_LABELS, defaultContactChannel } from '@/lib/timers/contact';

const MINUTE = 60_000;
const HORIZON = 60 * MINUTE;
const MAX_ROWS = 20;

interface Notice {
  ok: boolean;
  text: string;
}

export function DueNow({ onOpen }: { onOpen: (leadId: string) => void }) {
  // Moves once a minute, so the live query re-runs once a minute rather than every second.
  const horizon = useClock((now) => Math.floor(now / MINUTE) * MINUTE + HORIZON);
  const due = useLiveQuery(() => db.leads.where('nextDueAt').below(horizon).limit(MAX_ROWS).toArray(), [horizon]);
  // Kept here, not in the row: a lead marked contacted leaves the list, and the rep still sees what was logged.
  const [notice, setNotice] = useState<Notice | null>(null);
  return (
    <section className="due-now" aria-labelledby="due-now-heading">
      <h2 id="due-now-heading">Due now</h2>
      {notice && (
        <p role={notice.ok ? 'status' : 'alert'} className={notice.ok ? 'ok' : 'error'}>
          {notice.text}
        </p>
      )}
      {due === undefined ? null : due.length === 0 ? (
        <p className="muted">Nothing due in the next hour.</p>
      ) : (
        <ul aria-labelledby="due-now-heading">
          {due.map((lead) => (
            <DueLead key={lead.id} lead={lead} onOpen={onOpen} onNotice={setNotice} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The likeliest channel first, then the others. */
function channelsFor(lead: Lead): ContactChannel[] {
  const likeliest = defaultContactChannel(lead);
  return [likeliest, ...CONTACT_CHANNELS.filter((channel) => channel !== likeliest)];
}

function DueLead({ lead, onOpen, onNotice }: { lead: Lead; onOpen: (leadId: string) => void; onNotice: (notice: Notice) => void }) {
  const nameId = useId();
  const [asking, setAsking] = useState(false);
  const name = displayName(lead);
  async function markContacted(channel: ContactChannel) {
    const reply = await send('lead.logContact', { id: lead.id, channel });
    setAsking(false);
    onNotice(reply.ok ? { ok: true, text: `${name}: contact logged (${CONTACT_CHANNEL_LABELS[channel]}).` } : { ok: false, text: reply.error.message });
  }
  return (
    <li className="due-lead">
      <span className="due-name" id={nameId}>
        <button type="button" className="link" title="Open in the side panel" onClick={() => onOpen(lead.id)}>
          {name}
        </button>
        {lead.company.name && <span className="muted"> · {lead.company.name}</span>}
      </span>
      <Countdown lead={lead} />
      <ul className="due-links" aria-label={`Reach ${name}`}>
        {contactLinks(lead).map((link) => (
          <li key={link.href}>
            <a href={link.href} target="_blank" rel="noreferrer noopener">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      {asking ? (
        <div role="group" aria-label={`How did you reach ${name}?`} className="due-channels">
          {channelsFor(lead).map((channel) => (
            <button key={channel} type="button" className="secondary" onClick={() => void markContacted(channel)}>
              {CONTACT_CHANNEL_LABELS[channel]}
            </button>
          ))}
          <button type="button" className="link" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" aria-describedby={nameId} onClick={() => setAsking(true)}>
          Mark contacted
        </button>
      )}
    </li>
  );
}
