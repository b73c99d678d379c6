// The sending side of lib/protocol.ts. The runtime is passed in, so this file has no browser
// global in it and works with `browser.runtime`, WXT's fakeBrowser or a test double alike.
// Only types come from the protocol: content scripts that send stay free of Zod (30 KB budget).
import type { CommandName, Envelope, PayloadOf, Reply, ResultOf } from './protocol';

export interface MessageRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}

export async function sendCommand<C extends CommandName>(
  runtime: MessageRuntime,
  command: C,
  payload: PayloadOf<C>,
): Promise<Reply<ResultOf<C>>> {
  try {
    const message: Envelope = { leadclip: 1, command, payload };
    const reply = (await runtime.sendMessage(message)) as Reply<ResultOf<C>> | undefined;
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply;
    return failure('LeadClip did not answer. Reload the extension and try again.');
  } catch (error) {
    // The usual cause is an updated or reloaded extension whose old content script lingers.
    const detail = error instanceof Error ? error.message : String(error);
    return failure(`LeadClip could not be reached (${detail}). Reload the page and try again.`);
  }
}

function failure(message: string): Reply<never> {
  return { ok: false, error: { code: 'internal', message, issues: [] } };
}
