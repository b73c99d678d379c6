import { createContext, type ReactNode, useCallback, useContext, useId, useState } from 'react';
import type { CommandName, PayloadOf, ResultOf } from '@/lib/protocol';
import { send } from './commands';

export interface CommandStatus {
  ok: boolean;
  text: string;
}

/**
 * One status line per area (e.g. the lead detail): the control that acted last owns the area's
 * line, so an old refusal does not stay on screen beside the next success (issue 17).
 */
const StatusArea = createContext<{ owner: string | null; claim(id: string): void } | null>(null);

export function StatusAreaProvider({ children }: { children: ReactNode }) {
  const [owner, setOwner] = useState<string | null>(null);
  return <StatusArea.Provider value={{ owner, claim: setOwner }}>{children}</StatusArea.Provider>;
}

/** Sends a command and keeps the sentence to show: the background's refusal, or `done` on success. */
export function useCommand() {
  const id = useId();
  const area = useContext(StatusArea);
  const [ownStatus, setOwnStatus] = useState<CommandStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const setStatus = useCallback(
    (next: CommandStatus | null) => {
      area?.claim(id);
      setOwnStatus(next);
    },
    [area, id],
  );
  const status = area && area.owner !== id ? null : ownStatus;
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

/** The outcome of the rep's last action: a polite status when it worked, an alert when it did not. */
export function StatusLine({ status, inline = false }: { status: CommandStatus | null; inline?: boolean }) {
  if (!status) return null;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag role={status.ok ? 'status' : 'alert'} className={status.ok ? 'ok' : 'error'}>
      {status.text}
    </Tag>
  );
}
