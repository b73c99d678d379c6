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
    const leadRows = () => [...list.querySelectorAll<HTMLElement>(':scope > li')];
    const rows = () => leadRows().map((row) => [row.firstChild?.textContent, within(row).getByRole('timer').textContent]);
    await vi.waitFor(() => expect(rows()).toHaveLength(2), { timeout: 5_000 });
    expect(rows()).toStrictEqual([
      ['Priya Raman · Northwind Logistics', expect.stringMatching(/^Reply overdue 2:0\d$/)],
      ['Tom Okafor', expect.stringMatching(/^Reply due (4:00|3:5\d)$/)],
    ]);
    expect(await screen.findByText('3 leads saved')).toBeTruthy();
    const [priyaRow] = leadRows();
    const links = within(within(priyaRow!).getByRole('list', { name: 'Reach Priya Raman' })).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toStrictEqual(['mailto:priya.raman@northwind-logistics.example', 'tel:+14155550123']);

    // Mark contacted asks which channel, the likeliest first.
    await userEvent.click(within(priyaRow!).getByRole('button', { name: 'Mark contacted' }));
    const ask = within(priyaRow!).getByRole('group', { name: 'How did you reach Priya Raman?' });
    expect(within(ask).getAllByRole('button').map((button) => button.textContent)).toStrictEqual(['Email', 'Call', 'LinkedIn message', 'Meeting', 'Cancel']);
    await userEvent.click(within(ask).getByRole('button', { name: 'Call' }));

    await vi.waitFor(() => expect(rows().map(([name]) => name)).toStrictEqual(['Tom Okafor']), { timeout: 5_000 });
    expect((await screen.findByRole('status')).textContent).toBe('Priya Raman: contact logged (Call).');
    const contacted = (await db.leads.toArray()).find((lead) => lead.fullName === 'Priya Raman')!;
    expect(contacted).toMatchObject({ stage: 'contacted', firstContactAt: expect.any(Number) });
    const channels = (await db.activities.where('type').equals('contacted').toArray()).map((a) => a.type === 'contacted' && a.channel);
    expect(channels).toStrictEqual(['call']);
    expect(screen.getByRole('button', { name: 'Open side panel' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Options' })).toBeTruthy();
  });

  it('opens a due lead in the side panel from its name', async () => {
    const send = connectBackground(db);
    const reply = (await send({ leadclip: 1, command: 'lead.capture', payload: gmailDraft({ inquiryAt: Date.now() }) })) as { ok: true; value: { leadId: string } };
    const open = vi.fn(async () => undefined);
    // Vitest builds for Firefox, where the popup opens the sidebar.
    (fakeBrowser as unknown as { sidebarAction: { open: typeof open } }).sidebarAction = { open };
    render(<Popup />);
    const list = await screen.findByRole('list', { name: 'Due now' });
    await userEvent.click(await within(list).findByRole('button', { name: 'Priya Raman' }));
    expect(open).toHaveBeenCalledOnce();
    expect(await fakeBrowser.storage.session.get('leadclip.openLead')).toStrictEqual({ 'leadclip.openLead': reply.value.leadId });
  });

  it('says when nothing is due', async () => {
    render(<Popup />);
    expect(await screen.findByText('Nothing due in the next hour.')).toBeTruthy();
  });
});
