// The single source of truth for LeadClip's data (DESIGN.md §2). Dexie tables mirror these
// schemas; every other type is inferred from them.
import { z } from 'zod';

// Extension pages run under a CSP without 'unsafe-eval'; Zod's JIT would try `new Function`.
z.config({ jitless: true });

/** Epoch milliseconds. Numbers index and subtract cheaply in IndexedDB and in metrics. */
export const Timestamp = z.number().int().nonnegative();

export const CHANNELS = ['email', 'linkedin', 'web', 'referral', 'phone', 'form', 'event', 'other'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const STAGES = [
  'new',
  'contacted',
  'qualifying',
  'qualified',
  'handed_off',
  'won',
  'lost',
  'nurturing',
] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

export const TIERS = ['cold', 'mql', 'sql'] as const;
export const Tier = z.enum(TIERS);
export type Tier = z.infer<typeof Tier>;

export const LAWFUL_BASES = ['consent', 'legitimate_interest', 'contract', 'none_recorded'] as const;
export const LawfulBasis = z.enum(LAWFUL_BASES);
export type LawfulBasis = z.infer<typeof LawfulBasis>;

export const PHONE_TYPES = ['mobile', 'office', 'fax', 'other'] as const;
export const PhoneType = z.enum(PHONE_TYPES);
export type PhoneType = z.infer<typeof PhoneType>;

export const CONTACT_CHANNELS = ['call', 'email', 'linkedin', 'meeting'] as const;
export const ContactChannel = z.enum(CONTACT_CHANNELS);
export type ContactChannel = z.infer<typeof ContactChannel>;

const Text = z.string().trim().max(2000);
const ShortText = z.string().trim().max(300);
const NullableText = ShortText.nullable();

/** Only http(s) URLs are ever stored: captured links with other schemes are dropped. */
export const WebUrl = z
  .string()
  .max(2048)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) URL');

export const Email = z.email().max(254);

export const Money = z.object({
  amount: z.number().finite().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code such as USD'),
});
export type Money = z.infer<typeof Money>;

export const Phone = z.object({
  /** E.164 when the number parses, otherwise the text as captured. */
  number: z.string().min(3).max(40),
  type: PhoneType,
});
export type Phone = z.infer<typeof Phone>;

export const Company = z.object({
  name: NullableText,
  domain: NullableText,
  website: WebUrl.nullable(),
});
export type Company = z.infer<typeof Company>;

export const Source = z.object({
  channel: Channel,
  url: WebUrl.nullable(),
  title: NullableText,
  capturedAt: Timestamp,
  /** When the inquiry arrived (an email's date); the first-contact clock starts here. */
  inquiryAt: Timestamp,
  utm: z.record(z.string(), z.string().max(200)).nullable(),
  /** The page a website form was sent from (issue 13); absent on leads captured before it. */
  pageUrl: WebUrl.nullable().optional(),
  /** Where the inquiry really came from: the portal, booking tool or form service ("Zillow", "Calendly"). */
  platform: NullableText.optional(),
});
export type Source = z.infer<typeof Source>;

export const Consent = z.object({
  basis: LawfulBasis,
  recordedAt: Timestamp.nullable(),
  note: NullableText,
  /** When the person was told their data is held (GDPR art. 14 notice). */
  noticeSentAt: Timestamp.nullable(),
});
export type Consent = z.infer<typeof Consent>;

export const LEAD_FIELDS = [
  'fullName',
  'firstName',
  'lastName',
  'title',
  'company.name',
  'company.domain',
  'company.website',
  'emails',
  'phones',
  'linkedinUrl',
  'location',
  'interest',
] as const;
export const LeadField = z.enum(LEAD_FIELDS);
export type LeadField = z.infer<typeof LeadField>;

export const Provenance = z.object({
  captureId: z.string(),
  url: WebUrl.nullable(),
  at: Timestamp,
});
export type Provenance = z.infer<typeof Provenance>;

export const Lead = z.object({
  id: z.string().min(1),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  fullName: NullableText,
  firstName: NullableText,
  lastName: NullableText,
  title: NullableText,
  company: Company,
  emails: z.array(Email).max(20),
  /** Contact numbers in E.164 where parseable; indexed multi-entry for dedup. Faxes excluded. */
  phones: z.array(z.string().min(3).max(40)).max(20),
  /** Search keys derived from phones by the database (lib/store/phone-digits.ts); absent before it writes. */
  phoneDigits: z.array(z.string().max(40)).max(40).optional(),
  phoneTypes: z.record(z.string(), PhoneType),
  fax: z.string().max(40).nullable(),
  linkedinUrl: WebUrl.nullable(),
  location: NullableText,
  interest: Text.nullable(),
  budget: Money.nullable(),
  /** The service, product or project the person asked about (issue 13); absent on older leads. */
  product: NullableText.optional(),
  /** A relay address that reaches the person (Zillow, Google Local Services, Yelp): not their own email. */
  replyTo: Email.nullable().optional(),
  owner: NullableText,
  tags: z.array(ShortText).max(50),
  stage: Stage,
  score: z.number().min(0).max(100),
  tier: Tier,
  source: Source,
  consent: Consent,
  provenance: z.partialRecord(LeadField, Provenance),
  /** Earliest pending task due time; null when nothing is pending. Indexed for urgency sort. */
  nextDueAt: Timestamp.nullable(),
  firstContactAt: Timestamp.nullable(),
  /** Issue 17: false for a prospect the rep reached out to (no first-contact SLA); absent on older leads, which were all inquiries. */
  inbound: z.boolean().optional(),
  /** Issue 17: what falls due at `nextDueAt`, so a chip can say "Reply due" or "Meeting Wed 10:00". Kept with `nextDueAt`. */
  nextTask: z.lazy(() => NextTask).nullable().optional(),
});
export type Lead = z.infer<typeof Lead>;

/** What an extractor returns and a capture message carries: a lead before the store owns it. */
export const LeadDraft = z.object({
  fullName: NullableText,
  title: NullableText,
  company: NullableText,
  emails: z.array(z.string().max(254)).max(20),
  phones: z.array(Phone).max(20),
  website: WebUrl.nullable(),
  linkedinUrl: WebUrl.nullable(),
  location: NullableText,
  channel: Channel,
  sourceUrl: WebUrl.nullable(),
  sourceTitle: NullableText,
  inquiryAt: Timestamp.nullable(),
  interest: Text.nullable(),
  // What a notification carries besides the person (issue 13); other extractors leave them out.
  budget: Money.nullable().optional(),
  product: NullableText.optional(),
  sourcePlatform: NullableText.optional(),
  pageUrl: WebUrl.nullable().optional(),
  utm: z.record(z.string(), z.string().max(200)).nullable().optional(),
  replyTo: Email.nullable().optional(),
  /** A booking's meeting time: capturing it books the meeting. */
  meetingAt: Timestamp.nullable().optional(),
  /**
   * The same time as a booking notification writes it ("10:00am - Tuesday, December 15, 2026 (Eastern
   * Time - US & Canada)"), when an extractor leaves the reading to the background (`meetingOf`): the
   * date reader stays out of the reader injected into Gmail (DESIGN.md §7, 30 KB).
   */
  meetingText: NullableText.optional(),
  /** Issue 17: whether the person asked (an inquiry, which gets the first-contact SLA); null or absent: judged from the source. */
  inbound: z.boolean().nullable().optional(),
  /** Issue 17: when the rep's own reply in the clipped thread was sent: the first contact, already made. */
  repliedAt: Timestamp.nullable().optional(),
});
export type LeadDraft = z.infer<typeof LeadDraft>;

/** An extractor's answer for an email that is not a lead (a receipt, a digest, a cancellation, spam): why, in the rep's words. */
export const NotALead = z.object({ kind: z.literal('not_a_lead'), reason: z.string().min(1).max(300) });
export type NotALead = z.infer<typeof NotALead>;

/** What the Gmail reader hands the background to judge receipts and newsletters on (lib/extract/not-a-lead.ts `Screen`). */
export const Screen = z.object({
  subject: z.string().max(2000).nullable(),
  opening: z.array(z.string().max(20_000)).max(4),
  notification: z.boolean(),
});
export type Screen = z.infer<typeof Screen>;

/** Fields a rep may edit directly; stage, score and timers move through their own commands. */
export const LeadPatch = z
  .object({
    fullName: NullableText,
    firstName: NullableText,
    lastName: NullableText,
    title: NullableText,
    company: Company.partial(),
    emails: z.array(Email).max(20),
    phones: z.array(z.string().min(3).max(40)).max(20),
    linkedinUrl: WebUrl.nullable(),
    location: NullableText,
    interest: Text.nullable(),
    budget: Money.nullable(),
    owner: NullableText,
    tags: z.array(ShortText).max(50),
    consent: Consent.partial(),
    inquiryAt: Timestamp,
  })
  .partial()
  .strict();
export type LeadPatch = z.infer<typeof LeadPatch>;

/** A captured value that disagreed with the lead's: the lead keeps its value, history keeps both. */
export const MergeConflict = z.object({ field: LeadField, kept: z.string(), incoming: z.string() });
export type MergeConflict = z.infer<typeof MergeConflict>;

const ActivityBase = z.object({
  id: z.string().min(1),
  leadId: z.string().min(1),
  at: Timestamp,
});

export const Activity = z.discriminatedUnion('type', [
  ActivityBase.extend({ type: z.literal('captured'), channel: Channel, url: WebUrl.nullable() }),
  ActivityBase.extend({
    type: z.literal('merged'),
    url: WebUrl.nullable(),
    filled: z.array(LeadField),
    conflicts: z.array(MergeConflict),
    /** The lead as it was before this merge, so "Undo" can restore it (lib/store/capture.ts). */
    before: Lead.optional(),
  }),
  ActivityBase.extend({ type: z.literal('updated'), fields: z.array(z.string()) }),
  ActivityBase.extend({ type: z.literal('contacted'), channel: ContactChannel }),
  ActivityBase.extend({ type: z.literal('meeting_booked'), meetingAt: Timestamp }),
  ActivityBase.extend({ type: z.literal('meeting_confirmed') }),
  ActivityBase.extend({ type: z.literal('meeting_held') }),
  ActivityBase.extend({ type: z.literal('stage_changed'), from: Stage, to: Stage }),
  ActivityBase.extend({
    type: z.literal('checklist_answered'),
    itemId: z.string(),
    answer: z.enum(['yes', 'no', 'unknown']),
  }),
  ActivityBase.extend({ type: z.literal('note'), text: Text.min(1) }),
  ActivityBase.extend({ type: z.literal('handed_off'), handoffId: z.string(), via: z.enum(['copy', 'email', 'webhook', 'crm']) }),
  ActivityBase.extend({ type: z.literal('won'), value: z.number().finite().nonnegative(), currency: z.string() }),
  ActivityBase.extend({ type: z.literal('lost'), reason: ShortText.min(1) }),
]);
export type Activity = z.infer<typeof Activity>;
export type ActivityType = Activity['type'];

export const TASK_KINDS = ['first_contact', 'follow_up', 'meeting_confirmation'] as const;
export const TASK_STATUSES = ['pending', 'done', 'snoozed', 'missed'] as const;

export const Task = z.object({
  id: z.string().min(1),
  leadId: z.string().min(1),
  kind: z.enum(TASK_KINDS),
  status: z.enum(TASK_STATUSES),
  dueAt: Timestamp,
  doneAt: Timestamp.nullable(),
  notifiedAt: Timestamp.nullable(),
  /** Issue 17: a first contact for an inquiry already past the late limit when clipped: shown quietly, never alarmed. */
  late: z.boolean().optional(),
  /** Issue 17: the meeting a confirmation reminder is for. */
  meetingAt: Timestamp.optional(),
});
export type Task = z.infer<typeof Task>;

export const NextTask = z.object({
  kind: z.enum(TASK_KINDS),
  late: z.boolean(),
  meetingAt: Timestamp.nullable(),
});
export type NextTask = z.infer<typeof NextTask>;

export const ANSWERS = ['yes', 'no', 'unknown'] as const;
export const Answer = z.enum(ANSWERS);
export type Answer = z.infer<typeof Answer>;

export const Checklist = z.object({
  leadId: z.string().min(1),
  templateId: z.string().min(1),
  answers: z.record(z.string(), z.object({ value: Answer, note: Text.nullable(), answeredAt: Timestamp })),
  updatedAt: Timestamp,
});
export type Checklist = z.infer<typeof Checklist>;

export const DIMENSIONS = ['budget', 'authority', 'need', 'timing', 'fit', 'urgency'] as const;
export const Dimension = z.enum(DIMENSIONS);
export type Dimension = z.infer<typeof Dimension>;

export const TemplateItem = z.object({
  id: z.string().min(1),
  question: ShortText.min(1),
  dimension: Dimension,
  weight: z.number().min(0).max(100),
  requiredForHandoff: z.boolean(),
});
export type TemplateItem = z.infer<typeof TemplateItem>;

export const Template = z.object({
  id: z.string().min(1),
  name: ShortText.min(1),
  isDefault: z.boolean(),
  items: z.array(TemplateItem).max(100),
  updatedAt: Timestamp,
});
export type Template = z.infer<typeof Template>;

export const Handoff = z.object({
  id: z.string().min(1),
  leadId: z.string().min(1),
  createdAt: Timestamp,
  note: z.string().max(50_000),
  format: z.enum(['text', 'markdown', 'json']),
  via: z.enum(['copy', 'email', 'webhook', 'crm']),
  to: NullableText,
  result: z.object({ ok: z.boolean(), status: z.number().int().nullable(), error: NullableText }),
  /** Issue 14: the records a CRM handoff wrote; absent on other handoffs. */
  crm: z.lazy(() => CrmHandoffResult).optional(),
});
export type Handoff = z.infer<typeof Handoff>;

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24-hour');

export const WorkingHours = z.object({
  enabled: z.boolean(),
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  days: z.array(z.number().int().min(1).max(7)).max(7),
  start: ClockTime,
  end: ClockTime,
  /** IANA time zone the hours are in; the browser's own by default. */
  timeZone: z.string().min(1).max(64),
});
export type WorkingHours = z.infer<typeof WorkingHours>;

/** A saved export filter (issue 6), e.g. "lost in the last 90 days, budget yes" for remarketing. */
export const LeadSegment = z.object({
  name: ShortText.min(1),
  /** Empty: any stage. */
  stages: z.array(Stage),
  /** Empty: any channel. */
  channels: z.array(Channel),
  /** Only leads that entered their current stage within this many days; null: any time. */
  withinDays: z.number().int().positive().max(3650).nullable(),
  /** Only leads with a budget recorded or the checklist's budget question answered yes. */
  budgetYes: z.boolean(),
});
export type LeadSegment = z.infer<typeof LeadSegment>;

export const Settings = z.object({
  id: z.literal('settings'),
  slaMinutes: z.number().positive().max(7 * 24 * 60),
  /** Issue 17: an inquiry older than this when clipped is late: captured quietly, without overdue alarms. */
  lateInquiryHours: z.number().positive().max(24 * 365),
  firstContactClock: z.enum(['always', 'working_hours']),
  workingHours: WorkingHours,
  followUpCadenceDays: z.array(z.number().positive().max(365)).max(12),
  meetingConfirmationHours: z.number().positive().max(24 * 14),
  tierThresholds: z
    .object({ mql: z.number().min(0).max(100), sql: z.number().min(0).max(100) })
    .refine((t) => t.mql < t.sql, 'the MQL threshold must be below the SQL threshold'),
  channelCosts: z.partialRecord(Channel, z.number().finite().nonnegative()),
  currency: z.string().regex(/^[A-Z]{3}$/),
  defaultRegion: z.string().regex(/^[A-Z]{2}$/, 'two-letter country code such as US'),
  webhookUrl: WebUrl.nullable(),
  retentionDays: z.number().int().positive().max(3650).nullable(),
  staleAfterDays: z.number().int().positive().max(365),
  owner: NullableText,
  segments: z.array(LeadSegment).max(50),
});
export type Settings = z.infer<typeof Settings>;

export function defaultSettings(timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): Settings {
  return {
    id: 'settings',
    slaMinutes: 5,
    lateInquiryHours: 24,
    firstContactClock: 'always',
    workingHours: { enabled: false, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone },
    followUpCadenceDays: [1, 3, 7],
    meetingConfirmationHours: 24,
    tierThresholds: { mql: 40, sql: 70 },
    channelCosts: {},
    currency: 'USD',
    defaultRegion: 'US',
    webhookUrl: null,
    retentionDays: null,
    staleAfterDays: 14,
    owner: null,
    segments: [],
  };
}

// Issue 14: CRM handoff. The outbox job (table crmJobs) records each step's result as it
// completes, so a stopped worker resumes from the last recorded step (lib/crm/outbox.ts).
export const CRM_KINDS = ['hubspot', 'pipedrive', 'attio', 'twenty'] as const;
export const CrmKind = z.enum(CRM_KINDS);
export type CrmKind = z.infer<typeof CrmKind>;
export const CRM_NAMES: Record<CrmKind, string> = { hubspot: 'HubSpot', pipedrive: 'Pipedrive', attio: 'Attio', twenty: 'Twenty' };

export const CRM_STEPS = ['person', 'company', 'link', 'deal', 'notePerson', 'noteDeal'] as const;
export const CrmStepName = z.enum(CRM_STEPS);
export type CrmStepName = z.infer<typeof CrmStepName>;

export const CrmStepState = z.object({
  /** Set before a create is sent: if its answer is lost, the next run searches before creating. */
  attemptedAt: Timestamp.nullable(),
  doneAt: Timestamp.nullable(),
  /** The CRM's id of what the step found or wrote; null when there was nothing to do. */
  id: z.string().max(200).nullable(),
  url: WebUrl.nullable(),
});
export type CrmStepState = z.infer<typeof CrmStepState>;

export const CrmDifference = z.object({ field: ShortText, crm: ShortText, lead: ShortText });
export type CrmDifference = z.infer<typeof CrmDifference>;

export const CRM_JOB_STATUSES = ['queued', 'waiting', 'done', 'needs_reconnect', 'failed', 'cancelled'] as const;
export const CrmJobStatus = z.enum(CRM_JOB_STATUSES);
export type CrmJobStatus = z.infer<typeof CrmJobStatus>;

const CrmText = ShortText.nullable();
export const CrmJobRequest = z.object({
  person: z.object({
    firstName: CrmText,
    lastName: CrmText,
    email: CrmText,
    title: CrmText,
    phone: CrmText,
    linkedinUrl: CrmText,
    city: CrmText,
  }),
  company: z.object({ name: ShortText.min(1), domain: CrmText }).nullable(),
  deal: z.object({
    title: ShortText.min(1),
    amount: z.number().finite().nonnegative().nullable(),
    currency: CrmText,
    ownerId: CrmText,
    pipelineId: CrmText,
    stageId: CrmText,
  }),
  note: z.string().max(50_000),
  format: z.enum(['text', 'markdown']),
});
export type CrmJobRequest = z.infer<typeof CrmJobRequest>;

export const CrmJob = z.object({
  id: z.string().min(1),
  leadId: z.string().min(1),
  crm: CrmKind,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  status: CrmJobStatus,
  /** When the outbox may run it next (a 429's Retry-After, a backoff, a search index to settle). */
  nextAttemptAt: Timestamp,
  attempts: z.number().int().nonnegative(),
  lastError: Text.nullable(),
  request: CrmJobRequest,
  steps: z.partialRecord(CrmStepName, CrmStepState),
  /** The company the CRM already linked the person to, which LeadClip leaves as it is. */
  existingCompanyId: z.string().max(200).nullable(),
  differed: z.array(CrmDifference),
  handoffId: z.string().nullable(),
});
export type CrmJob = z.infer<typeof CrmJob>;

export const CrmHandoffResult = z.object({
  kind: CrmKind,
  personId: z.string(),
  personUrl: WebUrl.nullable(),
  companyId: z.string().nullable(),
  dealId: z.string(),
  dealUrl: WebUrl.nullable(),
  differed: z.array(CrmDifference),
});
export type CrmHandoffResult = z.infer<typeof CrmHandoffResult>;

/** "Already in the CRM?" on the lead detail: the last answer, kept with when it was asked. */
export const CrmLookup = z.object({
  leadId: z.string().min(1),
  crm: CrmKind,
  checkedAt: Timestamp,
  person: z.object({ id: z.string(), url: WebUrl.nullable(), name: CrmText, ownerName: CrmText }).nullable(),
});
export type CrmLookup = z.infer<typeof CrmLookup>;
