// Reminder delay (DESIGN.md §4): how late a first-contact reminder fires after its due time,
// delay = task.notifiedAt - task.dueAt, read from the tasks the background wrote. Leads are clipped
// with an inquiry time just under the SLA ago, so their first contact falls due seconds later.
// Two cases: due while the worker is still awake from the capture, and due after the worker was
// stopped (the usual case with a 5-minute SLA: only the alarm can wake it).
import type { Page } from '@playwright/test';
import { captureDraft } from '../e2e/fixtures';
import type { ExtensionBrowser } from './browser';
import { type Result, median, notMeasured, round } from './report';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const SLA_MINUTES = 5;
const BUDGET = '<= 30 s (Chrome alarm clamp)';
const BUDGET_MS = 30_000;
/** A reminder later than this after its due time is reported as missing. */
const PATIENCE_MS = 40_000;

interface TaskRow {
  leadId: string;
  kind: string;
  dueAt: number;
  notifiedAt: number | null;
}

function readTasks(panel: Page): Promise<TaskRow[]> {
  return panel.evaluate(
    () =>
      new Promise<TaskRow[]>((resolve, reject) => {
        const open = indexedDB.open('leadclip');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('tasks').objectStore('tasks').getAll();
          all.onsuccess = () => {
            resolve(all.result as TaskRow[]);
            open.result.close();
          };
        };
      }),
  );
}

function clipDueIn(panel: Page, label: string, dueInMs: number) {
  const inquiryAt = Date.now() - SLA_MINUTES * 60_000 + dueInMs;
  const payload = captureDraft({ fullName: `Reminder ${label}`, emails: [`reminder.${label}@leadclip.test`], sourceUrl: null, inquiryAt });
  return panel.evaluate((payload) => chrome.runtime.sendMessage({ leadclip: 1, command: 'lead.capture', payload }), payload);
}

async function measure(browser: ExtensionBrowser, name: string, dueInMs: number[], stopWorker: boolean, how: string): Promise<Result> {
  const panel = await browser.open('sidepanel.html');
  try {
    for (const [i, due] of dueInMs.entries()) await clipDueIn(panel, `${name}-${i}`, due);
    if (stopWorker) {
      const cdp = await browser.context.newCDPSession(panel);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    }
    const ours = (tasks: TaskRow[]) => tasks.filter((t) => t.kind === 'first_contact');
    let tasks = ours(await readTasks(panel)).slice(-dueInMs.length);
    const giveUpAt = Math.max(...tasks.map((t) => t.dueAt)) + PATIENCE_MS;
    while (Date.now() < giveUpAt && tasks.some((t) => t.notifiedAt === null)) {
      await panel.waitForTimeout(250);
      const ids = new Set(tasks.map((t) => t.leadId));
      tasks = ours(await readTasks(panel)).filter((t) => ids.has(t.leadId));
    }
    const delays = tasks.filter((t) => t.notifiedAt !== null).map((t) => t.notifiedAt! - t.dueAt);
    if (delays.length === 0) {
      return notMeasured(name, 'ms', BUDGET, `no first-contact reminder set task.notifiedAt within ${PATIENCE_MS / 1000} s of its due time (${how})`);
    }
    const worst = Math.max(...delays);
    return {
      name,
      value: round(median(delays), 0),
      unit: 'ms',
      budget: BUDGET,
      pass: delays.length === dueInMs.length && worst <= BUDGET_MS,
      note: `${how}; median of ${delays.length}/${dueInMs.length} reminders, worst ${round(worst, 0)} ms`,
    };
  } finally {
    await panel.close();
  }
}

export async function reminderFigures(browser: ExtensionBrowser): Promise<Result[]> {
  const awake = await measure(browser, 'timers.reminder_delay.worker_awake', [3_000, 5_000, 7_000], false, 'due 3–7 s after the capture');
  const asleep = await measure(
    browser,
    'timers.reminder_delay.worker_stopped',
    [35_000, 37_000],
    true,
    'due 35–37 s after the capture, worker stopped right after it (only the alarm can wake it)',
  );
  return [awake, asleep];
}
