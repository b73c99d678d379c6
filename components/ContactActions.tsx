// What a rep does with a waiting lead: see what is due and when, log the contact (with its
// channel), put the reminder off, or book a meeting. Every action is a background command; the
// clock line and the list update live.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Reply } from '@/lib/protocol';
import { CONTACT_CHANNELS, type ContactChannel, type Lead } from '@/lib/schema';
import { readSettings } from '@/lib/store/settings';
import { CONTACT_CHANNEL_LABELS, defaultContactChannel, timeToFirstContact, upcomingMeeting } from '@/lib/timers/contact';
import { formatDuration, formatWhen } from '@/lib/timers/countdown';
import { SNOOZE_DURATIONS, SNOOZE_LABELS, type SnoozeDuration, snoozeUntil } from '@/lib/timers/schedule';
import { send } from './commands';
import { Countdown, LOCAL_ZONE, useClock } from './Countdown';
import { db } from './db';
import './ContactActions.css';

type Outcome = { ok: boolean; message: string } | null;

/** "2026-11-20T15:30" from a datetime-local input, read in the browser's zone. */
function parseLocalDateTime(value: string): number | null {
  const at = new Date(value).getTime();
  return value && Number.isFinite(at) ? at : null;
}

const when = (at: number) => formatWhen(at, Date.now(), LOCAL_ZONE);

/** The snoozes that would move the reminder: one that ends before it is due anyway is not offered. */
function useUsefulSnoozes(dueAt: number | null): Set<SnoozeDuration> {
  const settings = useLiveQuery(() => readSettings(db), []);
  const minute = useClock((now) => Math.floor(now / 60_000) * 60_000);
  if (dueAt === null || !settings) return new Set();
  return new Set(SNOOZE_DURATIONS.filter((duration) => snoozeUntil(minute, duration, settings) > dueAt));
}

/** The meeting booked last, while it is still ahead. */
function useUpcomingMeeting(leadId: string): number | null {
  const booked = useLiveQuery(() => db.activities.where('leadId').equals(leadId).filter((activity) => activity.type === 'meeting_booked').toArray(), [leadId]);
  const minute = useClock((now) => Math.floor(now / 60_000) * 60_000);
  return booked ? upcomingMeeting(booked, minute) : null;
}

/** The clock of the lead: what is due and when, the late-inquiry line, and the meeting ahead. */
function DueLine({ lead }: { lead: Lead }) {
  const firstContactAfter = timeToFirstContact(lead);
  const meetingAt = useUpcomingMeeting(lead.id);
  const ageAtCapture = lead.source.capturedAt - lead.source.inquiryAt;
  return (
    <div className="due-line">
      {lead.nextDueAt === null ? (
        <p className="muted">{lead.inbound === false && lead.firstContactAt === null ? 'Prospect: no reply clock runs until you reach out.' : 'Nothing is due.'}</p>
      ) : (
        <p>
          <Countdown lead={lead} />
        </p>
      )}
      {lead.nextTask?.late && (
        <p className="muted">This inquiry was already {formatDuration(ageAtCapture)} old when clipped, so no alarm was raised: reply when you can.</p>
      )}
      {meetingAt !== null && lead.nextTask?.kind !== 'meeting_confirmation' && <p>Meeting booked for {when(meetingAt)}.</p>}
      {firstContactAfter !== null && <p className="muted">First contact {formatDuration(firstContactAfter)} after the inquiry.</p>}
    </div>
  );
}

export function ContactActions({ lead }: { lead: Lead }) {
  const [channel, setChannel] = useState<ContactChannel>(() => defaultContactChannel(lead));
  const [meetingAt, setMeetingAt] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const usefulSnoozes = useUsefulSnoozes(lead.nextDueAt);

  async function run<T>(action: () => Promise<Reply<T>>, success: (value: T) => string) {
    setBusy(true);
    const reply = await action();
    setBusy(false);
    setOutcome(reply.ok ? { ok: true, message: success(reply.value) } : { ok: false, message: reply.error.message });
  }

  function bookMeeting() {
    const at = parseLocalDateTime(meetingAt);
    if (at === null) {
      setOutcome({ ok: false, message: 'Choose the meeting date and time first.' });
      return;
    }
    void run(() => send('meeting.book', { id: lead.id, meetingAt: at }), () => `Meeting booked for ${when(at)}; a confirmation reminder is set.`);
  }

  return (
    <section className="contact-actions" aria-label="Contact">
      <DueLine lead={lead} />
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
          onClick={() => void run(() => send('lead.logContact', { id: lead.id, channel }), () => `Contact logged (${CONTACT_CHANNEL_LABELS[channel]}).`)}
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
            disabled={busy || !usefulSnoozes.has(duration)}
            title={lead.nextDueAt !== null && !usefulSnoozes.has(duration) ? `Already due later than that: ${when(lead.nextDueAt)}` : undefined}
            onClick={() =>
              void run(
                () => send('task.snooze', { leadId: lead.id, duration }),
                (tasks) => `Snoozed: due ${when(Math.min(...tasks.map((task) => task.dueAt)))}.`,
              )
            }
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
