import { browser } from 'wxt/browser';
import { sendCommand } from '@/lib/messaging';
import type { CommandName, PayloadOf } from '@/lib/protocol';

/** Sends a command from an extension page to the background, the single writer. */
export function send<C extends CommandName>(command: C, payload: PayloadOf<C>) {
  return sendCommand(browser.runtime, command, payload);
}
