import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '@/components/db';
import { LeadList } from '@/components/LeadList';
import { resetWorkspace, useWorkspace } from '@/components/ui-store';
import { captureLead } from '@/lib/store/capture';
import { clearDatabase } from '../helpers/background';
import { gmailDraft } from '../helpers/fixtures';

beforeEach(async () => {
  resetWorkspace();
  await clearDatabase(db);
});

const rowTexts = () => within(screen.getByRole('list', { name: 'Leads' })).getAllByRole('listitem').map((item) => item.textContent);

async function threeLeads() {
  await captureLead(db, gmailDraft(), 1_000);
  const { leadId: tom } = await captureLead(
    db,
    gmailDraft({ fullName: 'Tom Okafor', title: null, company: 'Okafor & Sons', emails: ['tom@okafor.example'], phones: [] }),
    2_000,
  );
  await captureLead(
    db,
    gmailDraft({ fullName: 'Lena Brandt', title: 'CTO', company: 'Brandt Maschinenbau', emails: [], phones: [], channel: 'linkedin', linkedinUrl: 'https://www.linkedin.com/in/lena-brandt/' }),
    3_000,
  );
  return { tom };
}

describe('LeadList', () => {
  it('tells the rep how to clip a first lead when there is none', async () => {
    render(<LeadList />);
    expect(await screen.findByText(/No leads yet/)).toBeTruthy();
  });

  it('shows each lead with name, title and company, tier, stage and channel, live', async () => {
    await captureLead(db, gmailDraft(), 1_000);
    render(<LeadList />);
    await screen.findByText('Priya Raman');
    await captureLead(db, gmailDraft({ fullName: 'Tom Okafor', title: null, company: 'Okafor & Sons', emails: ['tom@okafor.example'], phones: [] }), 2_000);

    await vi.waitFor(() => expect(rowTexts()).toHaveLength(2), { timeout: 5_000 });
    expect(rowTexts()).toStrictEqual([
      'Tom OkaforOkafor & SonsColdNewEmail',
      'Priya RamanHead of Operations · Northwind LogisticsColdNewEmail',
    ]);
  });

  it('shows what is due with its countdown, and "overdue" once it has passed', async () => {
    const { leadId } = await captureLead(db, gmailDraft(), 1_000);
    const nextTask = { kind: 'first_contact', late: false, meetingAt: null } as const;
    await db.leads.update(leadId, { nextDueAt: Date.now() + 4 * 60_000 + 30_000, nextTask });
    const { unmount } = render(<LeadList />);
    expect((await screen.findByRole('timer')).textContent).toMatch(/^Reply due 4:(29|30)$/);
    unmount();
    await db.leads.update(leadId, { nextDueAt: Date.now() - 1_000 });
    render(<LeadList />);
    expect((await screen.findByRole('timer')).textContent).toMatch(/^Reply overdue 0:0\d$/);
  });

  it('searches as the rep types and filters by channel', async () => {
    const user = userEvent.setup();
    await threeLeads();
    render(<LeadList />);
    await screen.findByText('Priya Raman');

    await user.type(screen.getByRole('searchbox', { name: 'Search leads' }), 'okaf');
    await vi.waitFor(() => expect(rowTexts()).toStrictEqual(['Tom OkaforOkafor & SonsColdNewEmail']), { timeout: 5_000 });
    await user.clear(screen.getByRole('searchbox', { name: 'Search leads' }));

    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.selectOptions(screen.getByLabelText('Channel'), 'linkedin');
    await vi.waitFor(() => expect(rowTexts()).toStrictEqual(['Lena BrandtCTO · Brandt MaschinenbauColdNewLinkedIn']), { timeout: 5_000 });
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Channel'), 'referral');
    expect(await screen.findByText('No lead matches this search or these filters.')).toBeTruthy();
  });

  it('moves with the arrow keys, opens with Enter and jumps to search with "/"', async () => {
    const user = userEvent.setup();
    const { tom } = await threeLeads();
    render(<LeadList />);
    await screen.findByText('Priya Raman');
    const rows = () => within(screen.getByRole('list', { name: 'Leads' })).getAllByRole('button');

    expect(rows().map((row) => row.tabIndex)).toStrictEqual([0, -1, -1]);
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(rows()[0]);
    await user.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(document.activeElement).toBe(rows()[1]), { timeout: 5_000 });
    expect(rows().map((row) => row.tabIndex)).toStrictEqual([-1, 0, -1]);
    await user.keyboard('{Enter}');
    expect(useWorkspace.getState()).toMatchObject({ view: 'detail', selectedLeadId: tom });

    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search leads' }));
  });

  it('renders captured markup as text, never as HTML', async () => {
    await captureLead(db, gmailDraft({ fullName: '<img src=x onerror=alert(1)>' }), 1_000);
    const { container } = render(<LeadList />);
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });

  it('lists open leads by default; closed ones are one filter away', async () => {
    const user = userEvent.setup();
    const { tom } = await threeLeads();
    await db.leads.update(tom, { stage: 'won' });
    render(<LeadList />);
    await screen.findByText('Priya Raman');
    const names = () => [...document.querySelectorAll('.lead-name')].map((name) => name.textContent).sort();
    await vi.waitFor(() => expect(names()).toStrictEqual(['Lena Brandt', 'Priya Raman']), { timeout: 5_000 });
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.selectOptions(screen.getByLabelText('Show'), 'closed');
    await vi.waitFor(() => expect(rowTexts()).toStrictEqual(['Tom OkaforOkafor & SonsColdWonEmail']), { timeout: 5_000 });
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeTruthy();
  });

  it('goes from the search box to the list with Arrow Down, and opens the first match with Enter', async () => {
    const user = userEvent.setup();
    const { tom } = await threeLeads();
    render(<LeadList />);
    await screen.findByText('Priya Raman');
    const search = screen.getByRole('searchbox', { name: 'Search leads' });
    await user.type(search, 'okaf');
    await vi.waitFor(() => expect(rowTexts()).toHaveLength(1), { timeout: 5_000 });
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(within(screen.getByRole('list', { name: 'Leads' })).getByRole('button'));
    await user.click(search);
    await user.keyboard('{Enter}');
    expect(useWorkspace.getState()).toMatchObject({ view: 'detail', selectedLeadId: tom });
  });
});
