import { render, screen, within } from '@testing-library/react';
import { db } from '@/components/db';
import { LeadList } from '@/components/LeadList';
import { captureLead } from '@/lib/store/capture';
import { clearDatabase } from '../helpers/background';
import { gmailDraft } from '../helpers/fixtures';

beforeEach(() => clearDatabase(db));

describe('LeadList', () => {
  it('tells the rep how to clip a first lead when there is none', async () => {
    render(<LeadList />);
    expect(await screen.findByText(/No leads yet/)).toBeTruthy();
  });

  it('shows each lead with name, title and company, tier, stage and channel, newest first', async () => {
    await captureLead(db, gmailDraft(), 1_000);
    render(<LeadList />);
    await screen.findByText('Priya Raman');
    await captureLead(db, gmailDraft({ fullName: 'Tom Okafor', title: null, company: 'Okafor & Sons', emails: ['tom@okafor.example'], phones: [] }), 2_000);

    const items = await screen.findAllByRole('listitem');
    await vi.waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    const rows = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(rows).toStrictEqual([
      'Tom OkaforOkafor & SonsColdNewemail',
      'Priya RamanHead of Operations · Northwind LogisticsColdNewemail',
    ]);
    expect(within(items[0]!).getByText('Cold').className).toContain('badge');
  });

  it('renders captured markup as text, never as HTML', async () => {
    await captureLead(db, gmailDraft({ fullName: '<img src=x onerror=alert(1)>' }), 1_000);
    const { container } = render(<LeadList />);
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });
});
