// What a rep does with a waiting lead: log the contact (with its channel), put the reminder off,
// or book a meeting. Every action is a background command; the list and countdown update live.
import { useState } from 'react';
import { CONTACT_CHANNELS, type ContactChannel, type Lead } from '@/lib/schema';
import { CONTACT_CHANNEL_LABELS, defaultContactChannel, timeToFirstContact } from '@/lib/timers/contact';
import { formatDuration } from '@/lib/timers/countdown';
import { SNOOZE_DURATIONS, SNOOZE_LABELS } from '@/lib/timers/schedule';
import { send } from './commands';
import './ContactActions.css';

type Outcome = { ok: boolean; message: string } | null;

/** "2026-11-20T15:30" from a datetime-local input, read in the browser's zone. */
function parseLocalDateTime(value: string): number | null {
  const at = new Date(value).getTime();
  return value && Number.isFinite(at) ? at : null;
}

export function ContactActions({ lead }: { lead: Lead }) {
  const [channel, setChannel] = useState<ContactChannel>(() => defaultContactChannel(lead));
  const [meetingAt, setMeetingAt] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function run(action: () => ReturnType<typeof send>, success: string) {
    setBusy(true);
    const reply = await action();
    setBusy(false);
    setOutcome(reply.ok ? { ok: true, message: success } : { ok: false, message: reply.error.message });
  }

  function bookMeeting() {
    const at = parseLocalDateTime(meetingAt);
    if (at === null) {
      setOutcome({ ok: false, message: 'Choose the meeting date and time first.' });
      return;
    }
    void run(() => send('meeting.book', { id: lead.id, meetingAt: at }), 'Meeting booked; a confirmation reminder is set.');
  }

  const firstContactAfter = timeToFirstContact(lead);
  return (
    <section className="contact-actions" aria-label="Contact">
      {firstContactAfter !== null && <p className="muted">First contact {formatDuration(firstContactAfter)} after the inquiry.</p>}
      <div className="contact-row">
        <label>
          Contact channel
          <select value={channel} onChange={(event) => setChannel(event.target.value as ContactChannel)}>
            {CONTACT_CHANNELS.map((value) => (
              <option key={value} value={value}>
                {CONTACT_CHANNEL_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(() => send('lead.logContact', { id: lead.id, channel }), `Contact logged (${CONTACT_CHANNEL_LABELS[channel]}).`)}
        >
          Mark contacted
        </button>
      </div>
      <div className="contact-row">
        {SNOOZE_DURATIONS.map((duration) => (
          <button
            key={duration}
            type="button"
            className="secondary"
            disabled={busy || lead.nextDueAt === null}
            onClick={() => void run(() => send('task.snooze', { leadId: lead.id, duration }), 'Reminder snoozed.')}
          >
            {SNOOZE_LABELS[duration]}
          </button>
        ))}
      </div>
      <div className="contact-row">
        <label>
          Meeting time
          <input type="datetime-local" value={meetingAt} onChange={(event) => setMeetingAt(event.target.value)} />
        </label>
        <button type="button" className="secondary" disabled={busy} onClick={bookMeeting}>
          Book meeting
        </button>
      </div>
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'ok' : 'error'}>
          {outcome.message}
        </p>
      )}
    </section>
  );
}
