// The Metrics tab reads the live database; without a canvas (jsdom) its tables carry the numbers.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '@/components/db';
import { MetricsView } from '@/components/MetricsView';
import { App } from '@/entrypoints/sidepanel/App';
import { saveSettings } from '@/lib/store/settings';
import { clearDatabase } from '../helpers/background';
import { makeLead } from '../helpers/dataset';

const NOW = new Date(2026, 10, 22, 12).getTime();
const DAY = 86_400_000;
const MIN = 60_000;

beforeEach(async () => {
  await clearDatabase(db);
});

async function seed() {
  const at = (days: number) => NOW - days * DAY;
  const source = (channel: 'email' | 'web', inquiryAt: number) => ({ channel, url: null, title: null, capturedAt: inquiryAt, inquiryAt, utm: null });
  await db.leads.bulkPut([
    makeLead({ id: 'a', fullName: 'Ana Souza', createdAt: at(3), firstContactAt: at(3) + 2 * MIN, stage: 'won', source: source('email', at(3)) }),
    makeLead({ id: 'b', fullName: 'Bo Kim', createdAt: at(2), firstContactAt: at(2) + 8 * MIN, stage: 'contacted', source: source('web', at(2)) }),
    makeLead({ id: 'c', fullName: 'Cy Lee', createdAt: at(40), stage: 'new', source: source('web', at(40)) }),
  ]);
  await db.activities.bulkPut([
    { id: 'w', leadId: 'a', at: at(1), type: 'won', value: 3000, currency: 'USD' },
    { id: 's', leadId: 'b', at: at(2) + DAY / 2, type: 'stage_changed', from: 'new', to: 'contacted' },
  ]);
  await saveSettings(db, { channelCosts: { email: 600 } });
}

describe('MetricsView', () => {
  it('counts inquiries by source platform when notifications recorded one (issue 13)', async () => {
    const source = (platform: string | null, inquiryAt: number) => ({
      channel: 'web' as const, url: null, title: null, capturedAt: inquiryAt, inquiryAt, utm: null, ...(platform ? { platform } : {}),
    });
    await db.leads.bulkPut([
      makeLead({ id: 'z1', createdAt: NOW - DAY, source: source('Zillow', NOW - DAY) }),
      makeLead({ id: 'z2', createdAt: NOW - 2 * DAY, stage: 'won', source: source('Zillow', NOW - 2 * DAY) }),
      makeLead({ id: 'c1', createdAt: NOW - 3 * DAY, source: source('Calendly', NOW - 3 * DAY) }),
      makeLead({ id: 'n1', createdAt: NOW - 4 * DAY, source: source(null, NOW - 4 * DAY) }),
    ]);
    render(<MetricsView now={NOW} />);
    const platforms = await screen.findByRole('table', { name: 'By source platform' });
    expect(within(platforms).getAllByRole('row').map((row) => row.textContent)).toStrictEqual([
      'Source platformInquiriesMeetingsSales',
      'Zillow211',
      'Calendly100',
      'None recorded100',
    ]);
  });

  it('shows the figures of the last 30 days and narrows them to a channel', async () => {
    await seed();
    const user = userEvent.setup();
    render(<MetricsView now={NOW} />);
    const summary = await screen.findByText('Inquiries', { selector: 'dt' });
    const figure = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(summary.nextElementSibling?.textContent).toBe('2');
    // Contacted after 2 and 8 minutes: median (nearest rank) 2 min, p90 8 min, 1 of 2 within 5 min.
    expect([figure('Median first contact'), figure('90th percentile'), figure('Within 5 min'), figure('Inquiry → sale')]).toStrictEqual(['2 min', '8 min', '50 %', '50 %']);
    const funnel = screen.getByRole('table', { name: 'Funnel' });
    expect(within(funnel).getAllByRole('row').map((row) => row.textContent)).toStrictEqual(['StepLeads', 'Inquiries2', 'Contacted2', 'Meeting1', 'SQL1', 'Sale1']);
    const channels = screen.getByRole('table', { name: 'By channel' });
    expect(within(channels).getAllByRole('row').slice(1).map((row) => row.firstChild?.textContent)).toStrictEqual(['email', 'web']);

    await user.selectOptions(screen.getByLabelText('Channel'), 'web');
    expect(figure('Inquiries')).toBe('1');
    // An earlier start reads the older records once ("Loading metrics…" meanwhile)…
    await user.click(screen.getByRole('button', { name: '90 days' }));
    await vi.waitFor(() => expect(figure('Inquiries')).toBe('2'));
    // The stuck leads' names are read from the leads once the figures are known.
    await vi.waitFor(() => expect(within(screen.getByRole('list', { name: 'Stuck leads' })).getByRole('listitem').textContent).toBe('Cy Lee · New for 40 d'));
    // …and a range inside what was read is computed at once, with no new read.
    await user.click(screen.getByRole('button', { name: '30 days' }));
    expect(figure('Inquiries')).toBe('1');
  });

  it('says when a range has no inquiries', async () => {
    render(<MetricsView now={NOW} />);
    expect(await screen.findByText('No inquiries in this range.')).toBeTruthy();
  });
});

describe('side panel tabs', () => {
  it('switches between Leads and Metrics with the mouse and the arrow keys', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(screen.getByRole('tab', { name: 'Leads' }).getAttribute('aria-selected')).toBe('true');
    await user.click(screen.getByRole('tab', { name: 'Metrics' }));
    expect(await screen.findByRole('region', { name: 'Metrics' })).toBeTruthy();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Leads' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Leads' }));
    expect(screen.queryByRole('region', { name: 'Metrics' })).toBeNull();
  });
});
