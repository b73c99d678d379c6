// Every message an extension context may send to the background, with its Zod payload and result.
// The background validates each message against this file on arrival (DESIGN.md §1, §6).
import { z } from 'zod';
import { ContactChannel, Lead, LeadDraft, LeadPatch, Settings, Task, Timestamp } from './schema';
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

export const COMMANDS = {
  'lead.capture': {
    from: 'content',
    payload: LeadDraft,
    result: z.object({ leadId: z.string(), created: z.boolean() }),
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

/** Turns Zod issues into short lines a developer (or a curious rep) can act on. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || '(message)'}: ${issue.message}`);
}
