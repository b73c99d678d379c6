// Validation problems in words a rep would write: "Deal value must be 0 or more.", never
// `value: Too small: expected number to be >=0` (issue 17, item 5). The background's router and
// the import's row checks both say what was wrong through here.
import type { z } from 'zod';

/** Field paths as Zod reports them (array positions dropped) → the name a rep knows the field by. */
const FIELD_LABELS: Record<string, string> = {
  createdAt: 'Created', updatedAt: 'Last updated', nextDueAt: 'Next due', firstContactAt: 'First contact', capturedAt: 'Captured',
  fullName: 'Full name', firstName: 'First name', lastName: 'Last name', title: 'Job title',
  company: 'Company', 'company.name': 'Company', 'company.domain': 'Company domain', 'company.website': 'Website',
  emails: 'Email', phones: 'Phone', phoneTypes: 'Phone type', fax: 'Fax', website: 'Website', linkedinUrl: 'LinkedIn URL',
  location: 'Location', interest: 'Interest', budget: 'Budget', 'budget.amount': 'Budget', 'budget.currency': 'Budget currency',
  owner: 'Owner', tags: 'Tags', stage: 'Stage', to: 'Stage', score: 'Score', tier: 'Tier',
  channel: 'Channel', 'source.channel': 'Channel', sourceUrl: 'Source page', 'source.url': 'Source page', sourceTitle: 'Source title',
  inquiryAt: 'Inquiry received', 'source.inquiryAt': 'Inquiry received', 'source.utm': 'UTM parameters',
  'consent.basis': 'Consent basis', basis: 'Consent basis', 'consent.note': 'Consent note', note: 'Note', text: 'Note',
  value: 'Deal value', currency: 'Currency', reason: 'Reason', outcome: 'Outcome', at: 'Time', when: 'Time', duration: 'Snooze',
  slaMinutes: 'Reply target (minutes)', firstContactClock: 'First-contact clock', workingHours: 'Working hours',
  'workingHours.days': 'Working days', 'workingHours.start': 'Working hours start', 'workingHours.end': 'Working hours end',
  'workingHours.timeZone': 'Time zone', followUpCadenceDays: 'Follow-up days', meetingConfirmationHours: 'Meeting reminder (hours before)',
  tierThresholds: 'Tier thresholds', 'tierThresholds.mql': 'MQL threshold', 'tierThresholds.sql': 'SQL threshold',
  channelCosts: 'Monthly cost', defaultRegion: 'Phone region', webhookUrl: 'Webhook address', retentionDays: 'Erase untouched leads after (days)',
  staleAfterDays: 'Stuck after (days)', segments: 'Saved segment', id: 'Lead', leadId: 'Lead', taskId: 'Reminder', name: 'Name',
  answer: 'Answer', itemId: 'Question', items: 'Questions', weight: 'Weight', question: 'Question', format: 'Format',
};

const CHANNEL_COST = /^channelCosts\.(\w+)$/;

/** The rep's name for a field path, e.g. ["tierThresholds", "mql"] → "MQL threshold", ["leads", 0, "fullName"] → "Full name". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const names = path.filter((part): part is string => typeof part === 'string');
  const cost = CHANNEL_COST.exec(names.join('.'));
  if (cost) return `Monthly cost of ${cost[1]} leads`;
  // The most specific known name: the longest run of the path's names ending at its last one, then shorter paths.
  for (let end = names.length; end > 0; end -= 1) {
    for (let start = 0; start < end; start += 1) {
      const label = FIELD_LABELS[names.slice(start, end).join('.')];
      if (label) return label;
    }
  }
  return 'A value';
}

/** Our own refine messages are already sentences ("the MQL threshold must be below…"); Zod's are not. */
function problem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return Number(issue.minimum) <= 1 ? 'cannot be empty' : `needs at least ${issue.minimum}`;
      return `must be ${issue.minimum} or more`;
    case 'too_big':
      if (issue.origin === 'string') return `is too long (at most ${issue.maximum} characters)`;
      if (issue.origin === 'array') return `can hold at most ${issue.maximum}`;
      return `must be ${issue.maximum} or less`;
    case 'invalid_type':
      // Zod leaves the input out of its issues; its message says what arrived.
      if (/received undefined/.test(issue.message)) return 'is missing';
      return issue.expected === 'number' ? 'must be a number' : 'is not filled in correctly';
    case 'invalid_format':
      if (issue.format === 'email') return 'is not an email address';
      if (issue.format === 'url') return 'is not a web address';
      // A pattern's own message says what is expected ("two-letter country code such as US").
      return issue.format === 'regex' && !/^invalid/i.test(issue.message) ? `must be a ${issue.message}` : 'is not in the expected form';
    case 'invalid_value':
      return 'is not one of the choices';
    case 'unrecognized_keys':
      return 'has a field LeadClip does not know';
    case 'custom':
      return /^(must|is|are|has) /.test(issue.message) ? issue.message : `must be a ${issue.message}`;
    default:
      return 'is not valid';
  }
}

const capitalized = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

/** "MQL threshold must be 100 or less." — one sentence per problem. */
export function issueSentence(issue: z.core.$ZodIssue): string {
  // A schema message that names its fields itself ("the MQL threshold must be below the SQL
  // threshold") or tells the rep what to do ("say why the lead was lost") is already a sentence.
  if (/^(the|say|enter|choose|pick|name|add|write) /i.test(issue.message)) return capitalized(issue.message);
  return capitalized(`${fieldLabel(issue.path)} ${problem(issue)}`);
}
