// The popup's answer to "who do I call now?": leads overdue or due within the hour, most urgent
// first, each with its countdown and a one-click "Mark contacted" on the likeliest channel.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { send } from '@/components/commands';
import { Countdown, useClock } from '@/components/Countdown';
import { db } from '@/components/db';
import { displayName } from '@/components/format';
import type { Lead } from '@/lib/schema';
import { defaultContactChannel } from '@/lib/timers/contact';

const MINUTE = 60_000;
const HORIZON = 60 * MINUTE;
const MAX_ROWS = 20;

export function DueNow() {
  // Moves once a minute, so the live query re-runs once a minute rather than every second.
  const horizon = useClock((now) => Math.floor(now / MINUTE) * MINUTE + HORIZON);
  const due = useLiveQuery(() => db.leads.where('nextDueAt').below(horizon).limit(MAX_ROWS).toArray(), [horizon]);
  return (
    <section className="due-now" aria-labelledby="due-now-heading">
      <h2 id="due-now-heading">Due now</h2>
      {due === undefined ? null : due.length === 0 ? (
        <p className="muted">Nothing due in the next hour.</p>
      ) : (
        <ul aria-labelledby="due-now-heading">
          {due.map((lead) => (
            <DueLead key={lead.id} lead={lead} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DueLead({ lead }: { lead: Lead }) {
  const nameId = useId();
  const [error, setError] = useState<string | null>(null);
  async function markContacted() {
    const reply = await send('lead.logContact', { id: lead.id, channel: defaultContactChannel(lead) });
    setError(reply.ok ? null : reply.error.message);
  }
  return (
    <li className="due-lead">
      <span className="due-name" id={nameId}>
        {displayName(lead)}
        {lead.company.name && <span className="muted"> · {lead.company.name}</span>}
      </span>
      <Countdown dueAt={lead.nextDueAt} />
      <button type="button" aria-describedby={nameId} onClick={() => void markContacted()}>
        Mark contacted
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </li>
  );
}
