import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/components/db';
import { Popup } from '@/entrypoints/popup/Popup';
import { clearDatabase, connectBackground } from '../helpers/background';
import { gmailDraft } from '../helpers/fixtures';

const MINUTE = 60_000;

beforeEach(async () => {
  await clearDatabase(db);
  // The popup asks for its window (to open the side panel there).
  await fakeBrowser.windows.create({ focused: true });
});

describe('popup', () => {
  it('lists the leads due within the hour with their countdowns, overdue first, and marks one contacted in one click', async () => {
    const now = Date.now();
    const send = connectBackground(db);
    const capture = (payload: object) => send({ leadclip: 1, command: 'lead.capture', payload: gmailDraft(payload) });
    await capture({ fullName: 'Priya Raman', inquiryAt: now - 7 * MINUTE });
    await capture({ fullName: 'Tom Okafor', company: null, emails: ['tom@okafor.example'], phones: [], inquiryAt: now - MINUTE });
    await capture({ fullName: 'Later Lead', emails: ['later@example.com'], phones: [], inquiryAt: now + 2 * 60 * MINUTE });

    render(<Popup />);
    const list = await screen.findByRole('list', { name: 'Due now' });
    const rows = () => within(list).queryAllByRole('listitem').map((row) => [row.firstChild?.textContent, within(row).getByRole('timer').textContent]);
    await vi.waitFor(() => expect(rows()).toHaveLength(2), { timeout: 5_000 });
    expect(rows()).toStrictEqual([
      ['Priya Raman · Northwind Logistics', expect.stringMatching(/^overdue 2:0\d$/)],
      ['Tom Okafor', expect.stringMatching(/^(4:00|3:5\d)$/)],
    ]);
    expect(await screen.findByText('3 leads saved')).toBeTruthy();

    const [priya] = within(list).getAllByRole('button', { name: 'Mark contacted' });
    await userEvent.click(priya!);

    await vi.waitFor(() => expect(rows().map(([name]) => name)).toStrictEqual(['Tom Okafor']), { timeout: 5_000 });
    const contacted = (await db.leads.toArray()).find((lead) => lead.fullName === 'Priya Raman')!;
    expect(contacted).toMatchObject({ stage: 'contacted', firstContactAt: expect.any(Number) });
    expect(screen.getByRole('button', { name: 'Open side panel' })).toBeTruthy();
  });

  it('says when nothing is due', async () => {
    render(<Popup />);
    expect(await screen.findByText('Nothing due in the next hour.')).toBeTruthy();
  });
});
