import { describe, expect, it } from 'vitest';
import { newId } from '@/lib/ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  it('is a version 7 UUID whose first 48 bits are the creation time in milliseconds', () => {
    const at = Date.UTC(2026, 10, 22, 20, 45, 1, 234);
    const id = newId(at);
    expect(id).toMatch(UUID_V7);
    expect(Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(at);
  });

  it('sorts ids of later milliseconds after earlier ones, as IndexedDB orders keys', () => {
    const start = Date.UTC(2026, 0, 1);
    const ids = Array.from({ length: 1_000 }, (_, i) => newId(start + i * 7));
    expect([...ids].sort()).toEqual(ids);
  });

  it('does not repeat within one millisecond, and sorts in the order the ids were made', () => {
    const ids = Array.from({ length: 10_000 }, () => newId(1_800_000_000_000));
    expect(new Set(ids).size).toBe(10_000);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(UUID_V7);
  });

  it('starts from fresh random bits in each millisecond', () => {
    const first = newId(1_800_000_000_000);
    const next = newId(1_800_000_000_001);
    expect(next.slice(0, 13)).not.toBe(first.slice(0, 13));
    // Random bits differ (a chance of 1 in 2^74 that they do not).
    expect(next.slice(14)).not.toBe(first.slice(14));
  });
});
