// Options → Integrations → CRM and the CRM destination of Hand off, against the real background
// router and a stateful fake of Twenty on a loopback address.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/components/db';
import { CrmConnection } from '@/components/integrations/CrmConnection';
import { LeadDetail } from '@/components/LeadDetail';
import { adapterFor } from '@/lib/crm/connection';
import { drainOutbox } from '@/lib/crm/outbox';
import { answerChecklist } from '@/lib/store/checklists';
import { captureLead } from '@/lib/store/capture';
import { defaultTemplate } from '@/lib/templates';
import { FakeCrmCore } from '../crm/fakes/core';
import { seedTwenty, twentyRoutes } from '../crm/fakes/twenty';
import { clearDatabase, connectBackground } from '../helpers/background';
import { gmailDraft } from '../helpers/fixtures';

const TOKEN = 'twenty-key-9f8e7d6c5b4a';
const SERVER = 'http://127.0.0.1:4010';

let core: FakeCrmCore;
let request: ReturnType<typeof vi.fn>;
let remove: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  fakeBrowser.reset();
  await clearDatabase(db);
  connectBackground(db);
  core = new FakeCrmCore(() => Date.now(), TOKEN);
  seedTwenty(core);
  vi.stubGlobal('fetch', core.fetcher(twentyRoutes()));
  request = vi.fn(async () => true);
  remove = vi.fn(async () => true);
  fakeBrowser.permissions.request = request as unknown as typeof fakeBrowser.permissions.request;
  fakeBrowser.permissions.remove = remove as unknown as typeof fakeBrowser.permissions.remove;
});

async function connect(user: ReturnType<typeof userEvent.setup>) {
  render(<CrmConnection />);
  await user.selectOptions(await screen.findByRole('combobox', { name: 'CRM' }), 'Twenty');
  await user.type(screen.getByLabelText('Twenty token'), TOKEN);
  await user.type(screen.getByRole('textbox', { name: /Server address/ }), SERVER);
  await user.click(screen.getByRole('button', { name: 'Test connection' }));
}

describe('CRM connection in options', () => {
  it('asks for the host on the click, shows the workspace reached and never the token again', async () => {
    const user = userEvent.setup();
    await connect(user);
    expect(await screen.findByText('Connected to Twenty: Twenty workspace at 127.0.0.1:4010 (2 members) (token ••••5b4a).')).toBeTruthy();
    expect(request).toHaveBeenCalledWith({ origins: [`${SERVER}/*`] });
    expect(new XMLSerializer().serializeToString(document.body)).not.toContain(TOKEN);
    expect(await screen.findByRole('option', { name: 'Dana Ortiz <dana@acme.example>' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    expect(await screen.findByRole('button', { name: 'Test connection' })).toBeTruthy();
    expect(remove).toHaveBeenCalledWith({ origins: [`${SERVER}/*`] });
  });

  it('sends nothing when the rep refuses the host permission', async () => {
    request.mockResolvedValue(false);
    await connect(userEvent.setup());
    expect((await screen.findByRole('alert')).textContent).toBe('Not connected: access to 127.0.0.1:4010 was not granted.');
    expect(core.log).toStrictEqual([]);
  });

  it("shows Twenty's own words when it refuses the token", async () => {
    core.faults.revoked = true;
    await connect(userEvent.setup());
    expect((await screen.findByRole('alert')).textContent).toBe('The CRM refused the token (Invalid or revoked token). Reconnect in Options → Integrations.');
  });
});

describe('Hand off to the connected CRM', () => {
  it('queues the send, shows its state, and links the records once Twenty confirmed every step', async () => {
    const user = userEvent.setup();
    await connect(user);
    await screen.findByText(/Connected to Twenty/);
    const { leadId } = await captureLead(db, gmailDraft(), Date.now());
    for (const item of defaultTemplate().items) await answerChecklist(db, { leadId, itemId: item.id, value: 'yes', note: null }, Date.now());
    render(<LeadDetail leadId={leadId} onBack={() => {}} />);

    await screen.findByRole('option', { name: 'Twenty' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Send by' }), 'Twenty');
    await user.click(screen.getByRole('button', { name: 'Hand off' }));
    expect(await screen.findByText('Queued for Twenty: it shows as sent once Twenty confirms.')).toBeTruthy();
    expect((await screen.findByRole('group', { name: 'Send to Twenty' })).textContent).toContain('Send to Twenty: sending (0 of 6 steps done).');
    expect(await db.handoffs.count()).toBe(0);

    await drainOutbox(db, async () => adapterFor({ kind: 'twenty', token: TOKEN, baseUrl: SERVER }, { fetch, now: () => Date.now() }), () => Date.now());
    const links = within(await screen.findByText(/^In Twenty:/));
    expect(links.getByRole('link', { name: 'person' }).getAttribute('href')).toBe(`${SERVER}/object/person/people-3`);
    expect(links.getByRole('link', { name: 'opportunity' }).getAttribute('href')).toBe(`${SERVER}/object/opportunity/opportunities-5`);
    expect(screen.queryByRole('group', { name: 'Send to Twenty' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Already in Twenty?' }));
    expect((await screen.findByText(/^In Twenty as Priya Raman/)).textContent).toMatch(/checked \d\d:\d\d:\d\d/);
  });
});
