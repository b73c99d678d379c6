import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '@/components/db';
import { Options } from '@/entrypoints/options/Options';
import { readSettings } from '@/lib/store/settings';
import { clearDatabase, connectBackground } from '../helpers/background';

beforeEach(async () => {
  await clearDatabase(db);
  connectBackground(db);
});

describe('Options page', () => {
  it('has the sections of DESIGN.md §9', async () => {
    render(<Options />);
    for (const name of ['Timers', 'Qualification', 'Channels & costs', 'Data', 'Integrations']) {
      expect(await screen.findByRole('region', { name })).toBeTruthy();
    }
  });

  it('loads the stored settings and saves a changed SLA and cadence through the background', async () => {
    const user = userEvent.setup();
    render(<Options />);
    const sla = await screen.findByLabelText('First-contact target (minutes)');
    expect((sla as HTMLInputElement).value).toBe('5');

    await user.clear(sla);
    await user.type(sla, '3');
    const cadence = screen.getByLabelText('Follow-up cadence (days after contact)');
    await user.clear(cadence);
    await user.type(cadence, '2, 5, 10');
    await user.click(screen.getByRole('button', { name: 'Save timers' }));

    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Timers saved.');
    const saved = await readSettings(db);
    expect(saved.slaMinutes).toBe(3);
    expect(saved.followUpCadenceDays).toStrictEqual([2, 5, 10]);
  });

  it('shows why settings were refused and keeps the stored ones', async () => {
    const user = userEvent.setup();
    render(<Options />);
    const mql = await screen.findByLabelText('MQL from score');
    await user.clear(mql);
    await user.type(mql, '90');
    await user.click(screen.getByRole('button', { name: 'Save qualification' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: The MQL threshold must be below the SQL threshold.');
    expect((await readSettings(db)).tierThresholds).toStrictEqual({ mql: 40, sql: 70 });
  });

  it('offers time zones, regions and currencies as lists, and labels every field in words', async () => {
    const user = userEvent.setup();
    render(<Options />);
    const zone = (await screen.findByLabelText('Time zone')) as HTMLSelectElement;
    expect(zone.tagName).toBe('SELECT');
    expect([...zone.options].map((option) => option.value)).toContain('Europe/London');
    await user.selectOptions(zone, 'Europe/London');
    await user.click(screen.getByRole('button', { name: 'Save timers' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Timers saved.');
    expect((await readSettings(db)).workingHours.timeZone).toBe('Europe/London');

    await user.selectOptions(screen.getByLabelText('Default phone region'), 'United Kingdom');
    await user.click(screen.getByRole('button', { name: 'Save integrations' }));
    expect(await screen.findByText('Saved. No webhook: handoffs are copied or emailed.')).toBeTruthy();
    expect((await readSettings(db)).defaultRegion).toBe('GB');

    expect(screen.getByLabelText('Email: cost per month')).toBeTruthy();
    expect(screen.getByLabelText('Currency').tagName).toBe('SELECT');
    expect(screen.queryByText(/\b(email|linkedin|web) cost\b/)).toBeNull();
  });
});
