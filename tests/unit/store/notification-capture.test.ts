// A notification's capture (issue 13): what it carries besides the person lands on the lead, a
// booking books its meeting, and Metrics count inquiries by source platform.
import { handlers } from '@/entrypoints/background/handlers';
import { metricFacts, metricsFor } from '@/lib/metrics';
import { readMetricsInput } from '@/lib/queries/metrics';
import { freshDatabase } from '../../helpers/db';
import { gmailDraft } from '../../helpers/fixtures';

const NOW = Date.UTC(2026, 11, 7, 14, 50);
const DAY = 86_400_000;

const formDraft = gmailDraft({
  fullName: 'Rosa Delgado',
  title: null,
  company: 'Delgado Vineyards',
  emails: ['rosa.delgado@delgado-vineyards.example'],
  phones: [{ number: '(707) 555-0144', type: 'other' }],
  website: null,
  location: null,
  channel: 'other',
  interest: 'Irrigation redesign for 6 acres',
  inquiryAt: NOW - 60_000,
  budget: { amount: 12000, currency: 'USD' },
  product: 'Irrigation redesign',
  sourcePlatform: 'Facebook Lead Ads',
  pageUrl: 'https://lakeside.example/quote?utm_source=google&utm_medium=cpc',
  utm: { utm_source: 'google', utm_medium: 'cpc' },
  replyTo: null,
  meetingAt: null,
});

const bookingDraft = gmailDraft({
  fullName: 'Priya Natarajan',
  emails: ['priya@tealwave.example'],
  phones: [],
  channel: 'event',
  interest: 'Route planning for 25 vans',
  inquiryAt: NOW - 120_000,
  sourcePlatform: 'Calendly',
  product: '30 Minute Discovery Call',
  meetingAt: NOW + 9 * DAY,
});

describe('capturing a notification', () => {
  it('keeps budget, product, the form page with its UTM parameters and the source platform', async () => {
    const db = freshDatabase();
    const { leadId } = await handlers['lead.capture'](formDraft, { db, now: () => NOW });
    const lead = (await db.leads.get(leadId))!;
    expect([lead.budget, lead.product, lead.source.channel, lead.source.platform, lead.source.pageUrl, lead.source.utm]).toStrictEqual([
      { amount: 12000, currency: 'USD' },
      'Irrigation redesign',
      'other',
      'Facebook Lead Ads',
      'https://lakeside.example/quote?utm_source=google&utm_medium=cpc',
      { utm_source: 'google', utm_medium: 'cpc' },
    ]);
  });

  it('a booking creates the lead and books its meeting with the confirmation reminder; a second booking updates it', async () => {
    const db = freshDatabase();
    const first = await handlers['lead.capture'](bookingDraft, { db, now: () => NOW });
    const again = await handlers['lead.capture']({ ...bookingDraft, meetingAt: NOW + 10 * DAY }, { db, now: () => NOW + 1000 });
    expect([first.created, again.created, again.leadId]).toStrictEqual([true, false, first.leadId]);
    const tasks = await db.tasks.where('leadId').equals(first.leadId).toArray();
    // One confirmation reminder, moved to the second booking's time (a booked meeting also counts as first contact: issue 17a).
    const confirmations = tasks.filter((task) => task.kind === 'meeting_confirmation');
    expect(confirmations.map((task) => task.status)).toStrictEqual(['pending']);
    expect(tasks.filter((task) => task.kind === 'first_contact' && task.status === 'pending')).toStrictEqual([]);
    const booked = (await db.activities.where('leadId').equals(first.leadId).toArray()).filter((activity) => activity.type === 'meeting_booked');
    expect(booked.map((activity) => activity.type === 'meeting_booked' && activity.meetingAt)).toStrictEqual([NOW + 9 * DAY, NOW + 10 * DAY]);
  });

  it('a booking as the Gmail reader gives it, with the time as the tool wrote it, books that time', async () => {
    const db = freshDatabase();
    const { leadId } = await handlers['lead.capture']({ ...bookingDraft, meetingAt: null, meetingText: '10:00am - Wednesday, December 16, 2026 (Eastern Time - US & Canada)' }, { db, now: () => NOW });
    const booked = (await db.activities.where('leadId').equals(leadId).toArray()).filter((activity) => activity.type === 'meeting_booked');
    expect(booked.map((activity) => activity.type === 'meeting_booked' && activity.meetingAt)).toStrictEqual([Date.UTC(2026, 11, 16, 15, 0)]);
  });

  it('Metrics count the range’s inquiries by source platform, leads without one last', async () => {
    const db = freshDatabase();
    await handlers['lead.capture'](formDraft, { db, now: () => NOW });
    await handlers['lead.capture'](bookingDraft, { db, now: () => NOW });
    await handlers['lead.capture'](gmailDraft({ inquiryAt: NOW - 5000 }), { db, now: () => NOW });
    const input = await readMetricsInput(db, NOW - DAY);
    const metrics = metricsFor(metricFacts(input.leads, 'USD'), { from: NOW - DAY, to: NOW + DAY }, input.settings, NOW);
    expect(metrics.byPlatform).toStrictEqual([
      { platform: 'Calendly', inquiries: 1, meetings: 1, sales: 0 },
      { platform: 'Facebook Lead Ads', inquiries: 1, meetings: 0, sales: 0 },
      { platform: null, inquiries: 1, meetings: 0, sales: 0 },
    ]);
  });
});
