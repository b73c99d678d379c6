// The handoff note (DESIGN.md §5): composed from the lead, the checklist answers, the notes and
// the timeline, then edited by the rep before it is copied, mailed or posted to the webhook.
import type { Activity, Checklist, Dimension, Lead, Template } from './schema';
import { explainTier, type Score } from './scoring';
import { phoneForPeople } from './normalize';
import { STAGE_NAMES } from './stages';

export type NoteFormat = 'text' | 'markdown';

export interface HandoffInput {
  lead: Lead;
  template: Template;
  checklist: Checklist | undefined;
  activities: readonly Activity[];
  score: Pick<Score, 'score' | 'tier' | 'reasons'>;
  now: number;
}

interface Section {
  heading: string;
  lines: string[];
}

/** Times in notes are UTC and unambiguous: the reader may sit in another time zone. */
export function formatUtc(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const LAWFUL_BASIS_NAMES: Record<Lead['consent']['basis'], string> = {
  consent: 'consent',
  legitimate_interest: 'legitimate interest',
  contract: 'contract',
  none_recorded: 'no basis recorded',
};

export function composeHandoffNote(input: HandoffInput, format: NoteFormat): string {
  const { lead } = input;
  const title = `Handoff: ${[lead.fullName ?? lead.emails[0] ?? 'Unnamed lead', lead.company.name].filter(Boolean).join(' — ')}`;
  const sections = handoffSections(input);
  if (format === 'markdown') {
    return [`# ${title}`, ...sections.map((s) => `## ${s.heading}\n${s.lines.map((line) => `- ${line}`).join('\n')}`)].join('\n\n') + '\n';
  }
  return [title, ...sections.map((s) => `${s.heading.toUpperCase()}\n${s.lines.map((line) => `  ${line}`).join('\n')}`)].join('\n\n') + '\n';
}

function handoffSections({ lead, template, checklist, activities, score, now }: HandoffInput): Section[] {
  const answersFor = (dimension: Dimension) =>
    template.items
      .filter((item) => item.dimension === dimension)
      .map((item) => {
        const answer = checklist?.answers[item.id];
        const value = answer ? answer.value : 'not asked';
        return `${item.question} ${value}${answer?.note ? ` (${answer.note})` : ''}`;
      });
  const withFallback = (lines: string[], fallback: string) => (lines.length ? lines : [fallback]);
  const timeline = [...activities].sort((a, b) => a.at - b.at);
  const notes = timeline.filter((a): a is Extract<Activity, { type: 'note' }> => a.type === 'note');

  return [
    {
      heading: 'Summary',
      lines: [
        [lead.fullName, lead.title && `${lead.title}${lead.company.name ? ` at ${lead.company.name}` : ''}`, lead.location]
          .filter(Boolean)
          .join(', ') || 'Unnamed lead',
        `${explainTier(score)} (score ${score.score}); stage ${STAGE_NAMES[lead.stage]}`,
        ...contactLines(lead),
      ],
    },
    {
      heading: 'Need',
      lines: withFallback(
        [...(lead.interest ? [`Asked about: ${lead.interest}`] : []), ...(lead.product ? [`Product or service: ${lead.product}`] : []), ...answersFor('need')],
        'Not established',
      ),
    },
    {
      heading: 'Budget',
      lines: withFallback(
        [...(lead.budget ? [`${lead.budget.amount} ${lead.budget.currency}`] : []), ...answersFor('budget')],
        'Not established',
      ),
    },
    { heading: 'Authority', lines: withFallback(answersFor('authority'), 'Not established') },
    { heading: 'Timing', lines: withFallback([...answersFor('timing'), ...answersFor('urgency')], 'Not established') },
    ...(answersFor('fit').length ? [{ heading: 'Fit', lines: answersFor('fit') }] : []),
    { heading: 'Next step', lines: [nextStep(timeline, now)] },
    { heading: 'Contact history', lines: withFallback(timeline.flatMap(historyLine), 'No contact yet') },
    ...(notes.length ? [{ heading: 'Notes', lines: notes.map((note) => `${formatUtc(note.at)}: ${note.text}`) }] : []),
    {
      heading: 'Source',
      lines: [
        `${lead.source.channel}${lead.source.platform ? ` via ${lead.source.platform}` : ''}${lead.source.title ? `: ${lead.source.title}` : ''}`,
        ...(lead.source.url ? [lead.source.url] : []),
        ...(lead.source.pageUrl ? [`Form page: ${lead.source.pageUrl}`] : []),
        `Inquiry ${formatUtc(lead.source.inquiryAt)}, captured ${formatUtc(lead.source.capturedAt)}`,
      ],
    },
    {
      heading: 'Consent',
      lines: [
        `Basis: ${LAWFUL_BASIS_NAMES[lead.consent.basis]}${lead.consent.recordedAt ? ` (recorded ${formatUtc(lead.consent.recordedAt)})` : ''}`,
        ...(lead.consent.note ? [lead.consent.note] : []),
        lead.consent.noticeSentAt ? `Privacy notice sent ${formatUtc(lead.consent.noticeSentAt)}` : 'Privacy notice not sent yet',
      ],
    },
  ];
}

function contactLines(lead: Lead): string[] {
  return [
    ...lead.emails.map((email) => `Email: ${email}`),
    ...lead.phones.map((phone) => `Phone: ${phoneForPeople(phone)}${lead.phoneTypes[phone] ? ` (${lead.phoneTypes[phone]})` : ''}`),
    ...(lead.linkedinUrl ? [`LinkedIn: ${lead.linkedinUrl}`] : []),
  ];
}

function nextStep(timeline: readonly Activity[], now: number): string {
  const upcoming = timeline
    .filter((a): a is Extract<Activity, { type: 'meeting_booked' }> => a.type === 'meeting_booked' && a.meetingAt > now)
    .sort((a, b) => a.meetingAt - b.meetingAt)[0];
  return upcoming ? `Meeting booked for ${formatUtc(upcoming.meetingAt)}` : 'No meeting booked yet: agree a first call';
}

function historyLine(activity: Activity): string[] {
  const at = formatUtc(activity.at);
  switch (activity.type) {
    case 'captured':
      return [`${at}: captured from ${activity.channel}`];
    case 'contacted':
      return [`${at}: contacted by ${activity.channel}`];
    case 'meeting_booked':
      return [`${at}: meeting booked for ${formatUtc(activity.meetingAt)}`];
    case 'meeting_held':
      return [`${at}: meeting held`];
    case 'merged':
      return [`${at}: new message merged in`];
    case 'stage_changed':
      return [`${at}: ${STAGE_NAMES[activity.from]} → ${STAGE_NAMES[activity.to]}`];
    default:
      return [];
  }
}
