// Every message an extension context may send to the background, with its Zod payload and result.
// The background validates each message against this file on arrival (DESIGN.md §1, §6).
import { z } from 'zod';
import { issueSentence } from './issue-words';
import {
  Activity,
  Answer,
  Checklist,
  ContactChannel,
  CrmJob,
  CrmKind,
  CrmLookup,
  Handoff,
  Lead,
  LeadDraft,
  LeadField,
  LeadPatch,
  MergeConflict,
  Settings,
  Stage,
  Task,
  Template,
  Timestamp,
} from './schema';
import { ERROR_CODES } from './store/errors';
import { SNOOZE_DURATIONS } from './timers/schedule';

/**
 * Who may send a command: `content` = our own content scripts or extension pages;
 * `page` = extension pages only (side panel, popup, options). Destructive commands are `page`.
 */
export type Origin = 'content' | 'page';

interface CommandSpec {
  from: Origin;
  payload: z.ZodType;
  result: z.ZodType;
}

const RecordId = z.string().min(1).max(100);
const LeadId = z.object({ id: RecordId });
const SnoozeDuration = z.enum(SNOOZE_DURATIONS);

/** What pages may know of the CRM connection: never the token, only its last four characters. */
export const CrmStatus = z.union([
  z.object({ connected: z.literal(false) }),
  z.object({
    connected: z.literal(true),
    kind: CrmKind,
    baseUrl: z.string(),
    account: z.string(),
    tokenHint: z.string(),
    ownerId: z.string().nullable(),
    pipelineId: z.string().nullable(),
    stageId: z.string().nullable(),
  }),
]);
export type CrmStatus = z.infer<typeof CrmStatus>;

export const CrmChoices = z.object({
  owners: z.array(z.object({ id: z.string(), name: z.string(), email: z.string().nullable() })),
  pipelines: z.array(z.object({ id: z.string(), name: z.string(), stages: z.array(z.object({ id: z.string(), name: z.string() })) })),
});

export const COMMANDS = {
  'lead.capture': {
    from: 'content',
    payload: LeadDraft,
    result: z.object({
      leadId: z.string(),
      created: z.boolean(),
      /** Null when a re-clip changed nothing (no timeline entry, nothing to undo). */
      activityId: z.string().nullable(),
      filled: z.array(LeadField),
      conflicts: z.array(MergeConflict),
    }),
  },
  // The Gmail "Clip lead" button: the background runs the Gmail reader in the button's tab (issue 16:
  // the reader is injected on the click, so Gmail's page carries only the button) and saves what it reads.
  'tab.clip': {
    from: 'content',
    payload: z.object({}).strict(),
    result: z.object({ leadId: z.string(), created: z.boolean(), activityId: z.string().nullable(), filled: z.array(LeadField), conflicts: z.array(MergeConflict) }),
  },
  'lead.update': {
    from: 'page',
    payload: LeadId.extend({ patch: LeadPatch }),
    result: Lead,
  },
  'lead.delete': {
    from: 'page',
    payload: LeadId,
    result: z.object({ deleted: z.boolean() }),
  },
  'settings.update': {
    from: 'page',
    payload: Settings.omit({ id: true }).partial().strict(),
    result: Settings,
  },
  'lead.logContact': {
    from: 'page',
    payload: LeadId.extend({ channel: ContactChannel }).strict(),
    result: Lead,
  },
  'task.snooze': {
    from: 'page',
    payload: z.union([
      z.object({ taskId: RecordId, duration: SnoozeDuration }).strict(),
      z.object({ leadId: RecordId, duration: SnoozeDuration }).strict(),
    ]),
    result: z.array(Task),
  },
  'task.complete': {
    from: 'page',
    payload: z.object({ taskId: RecordId }).strict(),
    result: Task,
  },
  'meeting.book': {
    from: 'page',
    payload: LeadId.extend({ meetingAt: Timestamp }).strict(),
    result: Task,
  },
  /** Takes back a capture by its `captured`/`merged` activity id (the clip button's and side panel's Undo). */
  'capture.undo': {
    from: 'content',
    payload: z.object({ activityId: z.string().min(1).max(100) }),
    result: z.object({ leadId: z.string(), undone: z.enum(['deleted', 'restored']) }),
  },
  // Workspace (issue 5): checklist, templates, lifecycle and handoff.
  'checklist.answer': {
    from: 'page',
    payload: z.object({
      leadId: z.string().min(1).max(100),
      itemId: z.string().min(1).max(100),
      value: Answer,
      note: z.string().trim().max(2000).nullable(),
    }),
    result: z.object({ lead: Lead, checklist: Checklist }),
  },
  'template.save': {
    from: 'page',
    payload: Template.omit({ updatedAt: true }),
    result: Template,
  },
  'template.delete': {
    from: 'page',
    payload: LeadId,
    result: z.object({ deleted: z.boolean() }),
  },
  'lead.changeStage': {
    from: 'page',
    payload: LeadId.extend({ to: Stage }),
    result: Lead,
  },
  'lead.addNote': {
    from: 'page',
    payload: LeadId.extend({ text: z.string().trim().min(1, 'write something first').max(2000) }),
    result: Activity,
  },
  'lead.logOutcome': {
    from: 'page',
    payload: z.discriminatedUnion('outcome', [
      LeadId.extend({ outcome: z.literal('meeting_held') }),
      LeadId.extend({ outcome: z.literal('won'), value: z.number().finite().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code such as USD') }),
      LeadId.extend({ outcome: z.literal('lost'), reason: z.string().trim().min(1, 'say why the lead was lost').max(300) }),
    ]),
    result: Lead,
  },
  'lead.handoff': {
    from: 'page',
    payload: LeadId.extend({
      note: z.string().trim().min(1, 'the handoff note is empty').max(50_000),
      format: z.enum(['text', 'markdown']),
      // A CRM handoff goes through the outbox ('crm.handoff'), never straight to a record.
      via: Handoff.shape.via.exclude(['crm']),
      to: z.email().max(254).nullable(),
    }),
    result: Handoff,
  },
  // Issue 6: import, erase and the suppression list. Rows and backup records are validated one by
  // one in lib/import (a bad row is reported and skipped, it does not reject its whole batch).
  'data.import': {
    from: 'page',
    payload: z.object({ rows: z.array(z.unknown()).max(5000) }),
    result: z.object({
      created: z.number(),
      merged: z.number(),
      unchanged: z.number(),
      problems: z.array(z.object({ row: z.number(), reason: z.string() })),
    }),
  },
  'data.restore': {
    from: 'page',
    payload: z.object({ chunk: z.unknown() }),
    result: z.object({ leads: z.number(), suppressed: z.number() }),
  },
  'lead.erase': {
    from: 'page',
    payload: z.object({ ids: z.array(z.string().min(1).max(100)).min(1).max(100_000), suppress: z.boolean() }),
    result: z.object({ erased: z.number(), suppressed: z.number() }),
  },
  'data.eraseAll': {
    from: 'page',
    payload: z.object({ confirm: z.literal('erase everything') }),
    result: z.object({ erased: z.number() }),
  },
  'suppression.remove': {
    from: 'page',
    payload: z.object({ emails: z.array(z.string().max(254)).max(20), linkedinUrl: z.string().max(2048).nullable() }),
    result: z.object({ removed: z.number() }),
  },
  // Issue 14: CRM handoff. The token goes in with 'crm.connect' and never comes back out: the
  // status carries a masked hint only. Every CRM command is accepted from LeadClip's pages only.
  'crm.connect': {
    from: 'page',
    payload: z
      .object({
        kind: CrmKind,
        token: z.string().trim().min(8, 'paste the whole token').max(4000),
        baseUrl: z.url({ protocol: /^https?$/ }).max(2048).nullable(),
      })
      .strict(),
    result: CrmStatus,
  },
  'crm.status': { from: 'page', payload: z.object({}).strict(), result: CrmStatus },
  'crm.choices': { from: 'page', payload: z.object({}).strict(), result: CrmChoices },
  'crm.defaults': {
    from: 'page',
    payload: z.object({ ownerId: z.string().max(200).nullable(), pipelineId: z.string().max(200).nullable(), stageId: z.string().max(200).nullable() }).strict(),
    result: CrmStatus,
  },
  'crm.disconnect': { from: 'page', payload: z.object({}).strict(), result: CrmStatus },
  'crm.handoff': {
    from: 'page',
    payload: LeadId.extend({ note: z.string().trim().min(1, 'the handoff note is empty').max(50_000), format: z.enum(['text', 'markdown']) }).strict(),
    result: CrmJob,
  },
  'crm.retry': { from: 'page', payload: z.object({ jobId: RecordId }).strict(), result: CrmJob },
  'crm.cancel': { from: 'page', payload: z.object({ jobId: RecordId }).strict(), result: CrmJob },
  'crm.lookup': { from: 'page', payload: z.object({ leadId: RecordId }).strict(), result: CrmLookup },
  // Issue 17a: the rep says whether a capture is an inquiry (first-contact SLA) or a prospect.
  'lead.setInbound': {
    from: 'page',
    payload: LeadId.extend({ inbound: z.boolean() }).strict(),
    result: Lead,
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;
export type PayloadOf<C extends CommandName> = z.input<(typeof COMMANDS)[C]['payload']>;
export type ResultOf<C extends CommandName> = z.output<(typeof COMMANDS)[C]['result']>;

export const Envelope = z.object({
  leadclip: z.literal(1),
  command: z.enum(Object.keys(COMMANDS) as [CommandName, ...CommandName[]]),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof Envelope>;

export const CommandFailure = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(z.string()),
});
export type CommandFailure = z.infer<typeof CommandFailure>;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: CommandFailure };

/** Turns Zod issues into sentences a rep can act on ("Deal value must be 0 or more."), lib/issue-words.ts. */
export function describeIssues(error: z.ZodError): string[] {
  return [...new Set(error.issues.slice(0, 20).map(issueSentence))];
}
