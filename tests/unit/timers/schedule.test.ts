import { type Settings, defaultSettings } from '@/lib/schema';
import { isInquiry, isLateInquiry } from '@/lib/timers/contact';
import { firstContactDueAt, followUpDueTimes, followUpsAfter, meetingConfirmationDueAt, snoozeUntil } from '@/lib/timers/schedule';
import { addWorkingTime, moveIntoWorkingHours } from '@/lib/timers/working-hours';

const MINUTE = 60_000;

function settingsIn(timeZone: string, overrides: Partial<Settings> = {}): Settings {
  const defaults = defaultSettings(timeZone);
  return { ...defaults, workingHours: { ...defaults.workingHours, enabled: true }, ...overrides };
}

describe('first-contact due time', () => {
  it('is inquiryAt + SLA around the clock by default, even on a Sunday night', () => {
    const inquiryAt = Date.UTC(2026, 10, 22, 23, 58); // Sunday
    expect(firstContactDueAt(inquiryAt, defaultSettings('UTC'))).toBe(inquiryAt + 5 * MINUTE);
    expect(firstContactDueAt(inquiryAt, { ...defaultSettings('UTC'), slaMinutes: 0.5 })).toBe(inquiryAt + 30_000);
  });

  it('counts only working minutes when the clock runs in working hours, across a weekend and DST', () => {
    const settings = settingsIn('Europe/Berlin', { firstContactClock: 'working_hours' });
    // Friday 2026-03-27 16:58 CET: 2 minutes left on Friday, 3 more on Monday 2026-03-30 (CEST).
    expect(firstContactDueAt(Date.UTC(2026, 2, 27, 15, 58), settings)).toBe(Date.UTC(2026, 2, 30, 7, 3));
    // Inside hours it is plain addition.
    expect(firstContactDueAt(Date.UTC(2026, 2, 27, 9, 0), settings)).toBe(Date.UTC(2026, 2, 27, 9, 5));
  });

  it('starts a weekend inquiry at Monday opening across New York spring-forward', () => {
    const settings = settingsIn('America/New_York', { firstContactClock: 'working_hours' });
    // Saturday 2026-03-07 22:00 EST → Monday 2026-03-09 09:05 EDT (13:05 UTC).
    expect(firstContactDueAt(Date.UTC(2026, 2, 8, 3, 0), settings)).toBe(Date.UTC(2026, 2, 9, 13, 5));
  });

  it('runs around the clock when working hours are off even if the clock setting asks for them', () => {
    const settings = { ...defaultSettings('Europe/Berlin'), firstContactClock: 'working_hours' as const };
    const inquiryAt = Date.UTC(2026, 2, 28, 20, 0);
    expect(firstContactDueAt(inquiryAt, settings)).toBe(inquiryAt + 5 * MINUTE);
  });
});

describe('follow-up cadence', () => {
  it('schedules 1, 3 and 7 days after contact, moved into working hours across the Berlin spring-forward', () => {
    // Contacted Friday 2026-03-27 10:00 CET. Day 1 is Saturday → Monday 09:00 CEST.
    expect(followUpDueTimes(Date.UTC(2026, 2, 27, 9, 0), settingsIn('Europe/Berlin'))).toStrictEqual([
      Date.UTC(2026, 2, 30, 7, 0),
      Date.UTC(2026, 2, 30, 8, 0),
      Date.UTC(2026, 3, 3, 8, 0),
    ]);
  });

  it('moves a Saturday follow-up to Monday 09:00 across the Berlin fall-back', () => {
    // Contacted Friday 2026-10-23 16:00 CEST; clocks go back on Sunday 2026-10-25.
    const settings = settingsIn('Europe/Berlin', { followUpCadenceDays: [1, 3] });
    expect(followUpDueTimes(Date.UTC(2026, 9, 23, 14, 0), settings)).toStrictEqual([
      Date.UTC(2026, 9, 26, 8, 0), // Monday 09:00 CET
      Date.UTC(2026, 9, 26, 15, 0), // Monday 16:00 CET
    ]);
  });

  it('keeps the local time across the New York fall-back and moves evening follow-ups to the next morning', () => {
    // Contacted Friday 2026-10-30 16:30 EDT.
    expect(followUpDueTimes(Date.UTC(2026, 9, 30, 20, 30), settingsIn('America/New_York'))).toStrictEqual([
      Date.UTC(2026, 10, 2, 14, 0), // Saturday → Monday 09:00 EST
      Date.UTC(2026, 10, 2, 21, 30), // Monday 16:30 EST
      Date.UTC(2026, 10, 6, 21, 30), // Friday 16:30 EST
    ]);
    const lateSettings = settingsIn('America/New_York', { followUpCadenceDays: [1] });
    // Contacted Tuesday 2026-11-03 18:00 EST → Wednesday 18:00 is after closing → Thursday 09:00.
    expect(followUpDueTimes(Date.UTC(2026, 10, 3, 23, 0), lateSettings)).toStrictEqual([Date.UTC(2026, 10, 5, 14, 0)]);
  });

  it('uses the configured cadence and leaves times alone when working hours are off', () => {
    const settings = { ...defaultSettings('UTC'), followUpCadenceDays: [2, 0.5] };
    const contactedAt = Date.UTC(2026, 10, 21, 22, 0); // Saturday night
    expect(followUpDueTimes(contactedAt, settings)).toStrictEqual([contactedAt + 48 * 60 * MINUTE, contactedAt + 12 * 60 * MINUTE]);
  });
});

describe('working hours', () => {
  it('treats a close at or before the opening as midnight', () => {
    const hours = { ...settingsIn('UTC').workingHours, start: '18:00', end: '00:00' };
    expect(moveIntoWorkingHours(Date.UTC(2026, 10, 23, 12, 0), hours)).toBe(Date.UTC(2026, 10, 23, 18, 0));
    expect(addWorkingTime(Date.UTC(2026, 10, 23, 23, 58), 5 * MINUTE, hours)).toBe(Date.UTC(2026, 10, 24, 18, 3));
  });

  it('falls back to UTC for a time zone Intl does not know', () => {
    const hours = { ...settingsIn('UTC').workingHours, timeZone: 'Mars/Olympus_Mons' };
    expect(moveIntoWorkingHours(Date.UTC(2026, 10, 22, 12, 0), hours)).toBe(Date.UTC(2026, 10, 23, 9, 0));
  });

  it('ignores working hours with no working day', () => {
    const hours = { ...settingsIn('UTC').workingHours, days: [] };
    expect(moveIntoWorkingHours(Date.UTC(2026, 10, 22, 12, 0), hours)).toBe(Date.UTC(2026, 10, 22, 12, 0));
  });
});

describe('snooze', () => {
  const friday3pm = Date.UTC(2026, 10, 20, 14, 0); // 15:00 in Berlin

  it('puts a reminder off by 5 minutes or an hour', () => {
    expect(snoozeUntil(friday3pm, '5m', settingsIn('Europe/Berlin'))).toBe(friday3pm + 5 * MINUTE);
    expect(snoozeUntil(friday3pm, '1h', settingsIn('Europe/Berlin'))).toBe(friday3pm + 60 * MINUTE);
  });

  it('"until tomorrow" means the next working day opening, or tomorrow at the opening time when hours are off', () => {
    expect(snoozeUntil(friday3pm, 'tomorrow', settingsIn('Europe/Berlin'))).toBe(Date.UTC(2026, 10, 23, 8, 0));
    expect(snoozeUntil(friday3pm, 'tomorrow', defaultSettings('Europe/Berlin'))).toBe(Date.UTC(2026, 10, 21, 8, 0));
  });

  it('"until tomorrow" on the Saturday before spring-forward is Monday 09:00 summer time', () => {
    expect(snoozeUntil(Date.UTC(2026, 2, 28, 12, 0), 'tomorrow', settingsIn('Europe/Berlin'))).toBe(Date.UTC(2026, 2, 30, 7, 0));
  });
});

describe('meeting confirmation reminder', () => {
  const settings = defaultSettings('Europe/Berlin');
  const mondayTen = Date.UTC(2026, 10, 23, 9, 0);

  it('is 24 hours before a meeting on a later day', () => {
    expect(meetingConfirmationDueAt(mondayTen, Date.UTC(2026, 10, 25, 13, 0), settings)).toBe(Date.UTC(2026, 10, 24, 13, 0));
    expect(meetingConfirmationDueAt(mondayTen, Date.UTC(2026, 10, 25, 13, 0), { ...settings, meetingConfirmationHours: 2 })).toBe(
      Date.UTC(2026, 10, 25, 11, 0),
    );
  });

  it('is 1 hour before a meeting booked for the same day, or when 24 hours before has passed', () => {
    expect(meetingConfirmationDueAt(mondayTen, Date.UTC(2026, 10, 23, 14, 0), settings)).toBe(Date.UTC(2026, 10, 23, 13, 0));
    const lateEvening = Date.UTC(2026, 10, 23, 21, 0);
    expect(meetingConfirmationDueAt(lateEvening, Date.UTC(2026, 10, 24, 7, 0), settings)).toBe(Date.UTC(2026, 10, 24, 6, 0));
  });

  it('is due at once for a meeting less than an hour away', () => {
    expect(meetingConfirmationDueAt(mondayTen, mondayTen + 30 * MINUTE, settings)).toBe(mondayTen);
  });
});

describe('which captures are inquiries, and which are late (issue 17)', () => {
  const draft = (channel: Parameters<typeof isInquiry>[0]['channel'], sourceUrl: string | null, inbound?: boolean | null) => ({ channel, sourceUrl, inbound });
  it('takes an email, form or call as an inquiry and a profile or page as a prospect, unless told', () => {
    expect(isInquiry(draft('email', 'https://mail.google.com/mail/u/0/#inbox/abc'))).toBe(true);
    expect(isInquiry(draft('form', null))).toBe(true);
    expect(isInquiry(draft('linkedin', 'https://www.linkedin.com/messaging/thread/2-abc/'))).toBe(true);
    expect(isInquiry(draft('linkedin', 'https://www.linkedin.com/in/ada/'))).toBe(false);
    expect(isInquiry(draft('web', 'https://acme.example/team'))).toBe(false);
    expect(isInquiry(draft('web', 'https://acme.example/team', true))).toBe(true);
    expect(isInquiry(draft('email', null, false))).toBe(false);
  });

  it('calls an inquiry late past the limit, counted from when it arrived', () => {
    const now = Date.UTC(2026, 10, 23, 12, 0);
    expect(isLateInquiry(now - 24 * 60 * MINUTE, now, { lateInquiryHours: 24 })).toBe(false);
    expect(isLateInquiry(now - 24 * 60 * MINUTE - 1, now, { lateInquiryHours: 24 })).toBe(true);
  });

  it('keeps the follow-ups still ahead of a past contact, or one the next working morning when none is', () => {
    const settings = settingsIn('UTC');
    const contactedAt = Date.UTC(2026, 10, 16, 10, 0); // Monday
    expect(followUpsAfter(contactedAt, Date.UTC(2026, 10, 18, 12, 0), settings)).toStrictEqual([Date.UTC(2026, 10, 19, 10, 0), Date.UTC(2026, 10, 23, 10, 0)]);
    // Saturday, every follow-up past: Monday at opening.
    expect(followUpsAfter(contactedAt, Date.UTC(2026, 10, 28, 12, 0), settings)).toStrictEqual([Date.UTC(2026, 10, 30, 9, 0)]);
    expect(followUpsAfter(contactedAt, contactedAt, settings)).toStrictEqual(followUpDueTimes(contactedAt, settings));
  });
});
