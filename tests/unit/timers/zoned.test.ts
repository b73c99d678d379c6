import { DAY, HOUR, addWallDays, fromWall, toWall } from '@/lib/timers/zoned';

describe('wall-clock time in an IANA zone', () => {
  it('reads the local time on either side of a DST change', () => {
    // Berlin springs forward on 2026-03-29 at 02:00 CET → 03:00 CEST.
    expect(toWall(Date.UTC(2026, 2, 29, 0, 59, 59, 500), 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 29, 1, 59, 59, 500));
    expect(toWall(Date.UTC(2026, 2, 29, 1, 0), 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 29, 3, 0));
  });

  it('pushes a wall time that does not exist (spring-forward gap) forward by the gap', () => {
    expect(fromWall(Date.UTC(2026, 2, 29, 2, 30), 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    // New York: 2026-03-08 02:30 does not exist; it becomes 03:30 EDT = 07:30 UTC.
    expect(fromWall(Date.UTC(2026, 2, 8, 2, 30), 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 7, 30));
  });

  it('picks the earlier of a wall time that happens twice (fall-back overlap)', () => {
    // Berlin 2026-10-25 02:30 happens at 00:30 UTC (CEST) and 01:30 UTC (CET).
    expect(fromWall(Date.UTC(2026, 9, 25, 2, 30), 'Europe/Berlin')).toBe(Date.UTC(2026, 9, 25, 0, 30));
    // New York 2026-11-01 01:30 happens at 05:30 UTC (EDT) and 06:30 UTC (EST).
    expect(fromWall(Date.UTC(2026, 10, 1, 1, 30), 'America/New_York')).toBe(Date.UTC(2026, 10, 1, 5, 30));
  });

  it('round-trips ordinary times in zones with and without DST', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Adelaide', 'UTC']) {
      for (const instant of [Date.UTC(2026, 0, 15, 12, 34, 56, 789), Date.UTC(2026, 6, 1, 23, 59)]) {
        expect(fromWall(toWall(instant, zone), zone)).toBe(instant);
      }
    }
  });

  it('adds calendar days at the same local time, so a day across DST is 23 or 25 hours', () => {
    const saturdayNoon = Date.UTC(2026, 2, 28, 11, 0); // 12:00 CET
    expect(addWallDays(saturdayNoon, 1, 'Europe/Berlin') - saturdayNoon).toBe(DAY - HOUR);
    const nySaturday = Date.UTC(2026, 9, 31, 16, 0); // 12:00 EDT
    expect(addWallDays(nySaturday, 1, 'America/New_York') - nySaturday).toBe(DAY + HOUR);
  });
});
