// Pacing inside a CRM's window and reading its Retry-After (issue 14).
import { RequestGate } from '@/lib/crm/gate';
import { CrmError, parseRetryAfter } from '@/lib/crm/http';

const NOW = Date.UTC(2026, 10, 20, 14, 10);

function clocked(limit: { units: number; windowMs: number }) {
  const clock = { now: NOW, slept: [] as number[] };
  const gate = new RequestGate(limit, async (ms) => {
    clock.slept.push(ms);
    clock.now += ms;
  });
  return { gate, clock, take: (units = 1) => gate.take(units, () => clock.now) };
}

describe('Retry-After', () => {
  it.each([
    ['7', 7_000],
    ['0', 0],
    [new Date(NOW + 12_000).toUTCString(), 12_000],
    [new Date(NOW - 5_000).toUTCString(), 0],
    ['soon', null],
    [null, null],
  ])('reads %s as %s ms', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});

describe('request gate', () => {
  it('lets a window of requests through at once, then waits for the oldest to age out (plus a tenth)', async () => {
    const { take, clock } = clocked({ units: 3, windowMs: 1_000 });
    for (let n = 0; n < 3; n += 1) await take();
    expect(clock.slept).toStrictEqual([]);
    await take();
    expect(clock.slept).toStrictEqual([1_100]);
  });

  it('charges calls by their cost, as Pipedrive does', async () => {
    const { take, clock } = clocked({ units: 10, windowMs: 2_000 });
    await take(4);
    await take(4);
    await take(4);
    expect(clock.slept).toStrictEqual([2_200]);
  });

  it('sends nothing before a 429 pause ends, and hands long waits back to the outbox', async () => {
    const { gate, take, clock } = clocked({ units: 100, windowMs: 10_000 });
    gate.pause(NOW + 3_000);
    await take();
    expect(clock.slept).toStrictEqual([3_000]);
    gate.pause(clock.now + 60_000);
    const refused = await take().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CrmError);
    expect(refused).toMatchObject({ kind: 'rate_limited', detail: { retryAfterMs: 60_000 } });
  });
});
