// Client-side pacing so a burst of handoffs stays inside a CRM's window instead of collecting a
// storm of 429s: each CRM publishes a budget per rolling window (HubSpot: per 10 seconds, plus a
// slower one for search; Pipedrive: token costs per request within a short burst window).
// A wait longer than `maxWaitMs` is not slept in the worker: it becomes a rate_limited failure
// and the outbox comes back by alarm.
import { CrmError } from './http';

export interface GateLimit {
  units: number;
  windowMs: number;
}

export class RequestGate {
  private spent: { at: number; units: number }[] = [];
  private pausedUntil = 0;

  constructor(
    readonly limit: GateLimit,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    private readonly maxWaitMs = 5_000,
  ) {}

  /** After a 429: nothing goes out before `until`. */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  async take(units: number, now: () => number): Promise<void> {
    for (;;) {
      const wait = this.waitFor(units, now());
      if (wait <= 0) break;
      if (wait > this.maxWaitMs) throw new CrmError('rate_limited', 'LeadClip is pacing itself inside the CRM\'s rate limit.', { retryAfterMs: wait });
      await this.sleep(wait);
    }
    this.spent.push({ at: now(), units });
  }

  /**
   * The CRM counts a request when it arrives, a little after we count it here; a window a tenth
   * longer than the CRM's keeps that skew from tipping a request over its limit.
   */
  private get span(): number {
    return this.limit.windowMs * 1.1;
  }

  private waitFor(units: number, at: number): number {
    if (this.pausedUntil > at) return this.pausedUntil - at;
    this.spent = this.spent.filter((entry) => entry.at > at - this.span);
    let used = this.spent.reduce((sum, entry) => sum + entry.units, 0);
    if (used + units <= this.limit.units) return 0;
    // The window frees up as its oldest entries age out.
    for (const entry of this.spent) {
      used -= entry.units;
      if (used + units <= this.limit.units) return entry.at + this.span - at;
    }
    return this.span;
  }
}
