// Validates every incoming message against lib/protocol.ts and dispatches it to its handler.
// A message with a wrong shape or from the wrong sender gets a typed error and changes nothing.
import Dexie from 'dexie';
import { COMMANDS, type CommandName, Envelope, type Reply, describeIssues } from '@/lib/protocol';
import { CommandError, describeStorageFailure } from '@/lib/store/errors';
import { type HandlerContext, handlers } from './handlers';

/** The parts of `runtime.MessageSender` the router trusts. */
export interface Sender {
  id?: string;
  url?: string;
  /** The tab a content script sends from: the page 'tab.clip' reads. */
  tab?: { id?: number };
  frameId?: number;
}

export interface RouterContext extends HandlerContext {
  extensionId: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string;
  /** Runs after every successful write: alarms, badge (DESIGN.md §1). */
  afterWrite?: (command: CommandName) => Promise<void>;
}

export function createRouter(ctx: RouterContext) {
  return async function route(message: unknown, sender: Sender): Promise<Reply<unknown>> {
    try {
      return { ok: true, value: await dispatch(ctx, message, sender) };
    } catch (error) {
      const failure = toCommandError(error);
      return { ok: false, error: { code: failure.code, message: failure.message, issues: failure.issues } };
    }
  };
}

async function dispatch(ctx: RouterContext, message: unknown, sender: Sender): Promise<unknown> {
  if (sender.id !== ctx.extensionId) {
    throw new CommandError('forbidden', 'Messages from other extensions are not accepted.');
  }
  const parsed = Envelope.safeParse(message);
  if (!parsed.success) {
    throw new CommandError('invalid_message', 'LeadClip did not understand this request; nothing was changed.');
  }
  const { command } = parsed.data;
  const spec = COMMANDS[command];
  if (spec.from === 'page' && !sender.url?.startsWith(ctx.extensionOrigin)) {
    throw new CommandError('forbidden', "This action is only accepted from LeadClip's own pages.");
  }
  const payload = spec.payload.safeParse(parsed.data.payload);
  if (!payload.success) {
    throw new CommandError('invalid_message', 'Not saved:', describeIssues(payload.error));
  }
  const handler = handlers[command] as (payload: unknown, ctx: HandlerContext) => Promise<unknown>;
  const tab = sender.tab?.id === undefined ? undefined : { id: sender.tab.id, frameId: sender.frameId ?? 0, url: sender.url ?? '' };
  const result = await handler(payload.data, { ...ctx, tab });
  await ctx.afterWrite?.(command);
  return result;
}

function toCommandError(error: unknown): CommandError {
  if (error instanceof CommandError) return error;
  if (error instanceof Dexie.DexieError || (error instanceof DOMException && error.name === 'QuotaExceededError')) {
    return describeStorageFailure(error);
  }
  console.error('LeadClip: command failed', error);
  return new CommandError('internal', 'Something went wrong inside LeadClip; nothing was changed.');
}
