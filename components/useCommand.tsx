import { useState } from 'react';
import type { CommandName, PayloadOf, ResultOf } from '@/lib/protocol';
import { send } from './commands';

export interface CommandStatus {
  ok: boolean;
  text: string;
}

/** Sends a command and keeps the sentence to show: the background's refusal, or `done` on success. */
export function useCommand() {
  const [status, setStatus] = useState<CommandStatus | null>(null);
  const [busy, setBusy] = useState(false);
  async function run<C extends CommandName>(command: C, payload: PayloadOf<C>, done: string): Promise<ResultOf<C> | null> {
    setBusy(true);
    const reply = await send(command, payload);
    setBusy(false);
    if (reply.ok) {
      setStatus({ ok: true, text: done });
      return reply.value;
    }
    // Validation issues say which field was wrong; other refusals already name what is missing.
    const detail = reply.error.code === 'invalid_message' ? reply.error.issues : [];
    setStatus({ ok: false, text: [reply.error.message, ...detail].join(' ') });
    return null;
  }
  return { run, status, setStatus, busy };
}

export function StatusLine({ status }: { status: CommandStatus | null }) {
  if (!status) return null;
  return (
    <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'ok' : 'error'}>
      {status.text}
    </p>
  );
}
