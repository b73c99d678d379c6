// The lead's activity timeline, newest first, with relative times ("3 min ago").
import type { Activity, Template } from '@/lib/schema';
import { STAGE_NAMES } from '@/lib/stages';
import { CONTACT_CHANNEL_LABELS } from '@/lib/timers/contact';
import { CHANNEL_NAMES, exactMoney, fieldInSentence } from './format';

/** First and last name follow the full name; a rep edited "full name", not three fields. */
const fields = (keys: readonly string[]) =>
  [...new Set(keys.filter((key) => !(keys.includes('fullName') && (key === 'firstName' || key === 'lastName'))).map(fieldInSentence))].join(', ');

export function relativeTime(at: number, now: number): string {
  const seconds = Math.round((now - at) / 1000);
  const future = seconds < 0;
  const abs = Math.abs(seconds);
  const [value, unit] =
    abs < 45 ? [0, 'now'] : abs < 3600 ? [Math.round(abs / 60), 'min'] : abs < 86_400 ? [Math.round(abs / 3600), 'h'] : [Math.round(abs / 86_400), 'd'];
  if (unit === 'now') return 'just now';
  return future ? `in ${value} ${unit}` : `${value} ${unit} ago`;
}

export function describeActivity(activity: Activity, template: Template | undefined): string {
  switch (activity.type) {
    case 'captured':
      return `Captured from ${CHANNEL_NAMES[activity.channel]}`;
    case 'merged':
      return activity.filled.length ? `Clipped again: filled in ${fields(activity.filled)}` : 'Clipped again: kept the values it already had';
    case 'updated':
      return `Edited ${fields(activity.fields)}`;
    case 'contacted':
      return `Contacted: ${CONTACT_CHANNEL_LABELS[activity.channel].toLowerCase().replace('linkedin', 'LinkedIn')}`;
    case 'meeting_booked':
      return `Meeting booked for ${new Date(activity.meetingAt).toLocaleString()}`;
    case 'meeting_confirmed':
      return 'Meeting confirmed';
    case 'meeting_held':
      return 'Meeting held';
    case 'stage_changed':
      return `Stage: ${STAGE_NAMES[activity.from]} → ${STAGE_NAMES[activity.to]}`;
    case 'checklist_answered': {
      const question = template?.items.find((item) => item.id === activity.itemId)?.question ?? activity.itemId;
      return `Answered "${question}": ${activity.answer}`;
    }
    case 'note':
      return `Note: ${activity.text}`;
    case 'handed_off':
      return `Handed off (${{ copy: 'copied note', email: 'email draft', webhook: 'webhook', crm: 'CRM' }[activity.via]})`;
    case 'won':
      return `Won: ${exactMoney(activity.value, activity.currency)}`;
    case 'lost':
      return `Lost: ${activity.reason}`;
  }
}

interface Props {
  activities: readonly Activity[];
  template: Template | undefined;
  now: number;
}

export function Timeline({ activities, template, now }: Props) {
  return (
    <section aria-labelledby="timeline-heading" className="timeline">
      <h3 id="timeline-heading">Activity</h3>
      <ol className="timeline-list">
        {activities.map((activity) => (
          <li key={activity.id} className={`timeline-item ${activity.type}`}>
            <span className="timeline-text">{describeActivity(activity, template)}</span>
            <time className="muted" dateTime={new Date(activity.at).toISOString()} title={new Date(activity.at).toLocaleString()}>
              {relativeTime(activity.at, now)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  );
}
