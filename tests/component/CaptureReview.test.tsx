import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaptureReview } from '@/components/CaptureReview';
import { lastCaptureOutcome } from '@/components/capture-tab';
import { db } from '@/components/db';
import { captureLead } from '@/lib/store/capture';
import { clearDatabase, connectBackground } from '../helpers/background';
import { gmailDraft } from '../helpers/fixtures';

beforeEach(async () => {
  await clearDatabase(db);
  connectBackground(db);
});

describe('CaptureReview', () => {
  it('shows the saved lead with its fields and undoes the capture', async () => {
    const user = userEvent.setup();
    await captureLead(db, gmailDraft(), Date.now());
    render(<CaptureReview />);
    const card = screen.getByRole('region', { name: 'Latest capture' });
    expect((await within(card).findByRole('status')).textContent).toBe('Lead saved: Priya Raman');
    // One line after the save; Review unfolds the fields.
    const fields = card.querySelector('details')!;
    expect(fields.open).toBe(false);
    await user.click(within(card).getByRole('button', { name: 'Review' }));
    expect(fields.open).toBe(true);
    expect((within(card).getByLabelText('Full name') as HTMLInputElement).value).toBe('Priya Raman');

    await user.click(within(card).getByRole('button', { name: 'Undo' }));
    expect(await within(card).findByText('Capture undone: the lead was removed.')).toBeTruthy();
    expect(await db.leads.count()).toBe(0);
  });

  it('says an existing lead was updated, what was filled and what was kept, and restores it on Undo', async () => {
    const user = userEvent.setup();
    const { leadId } = await captureLead(db, gmailDraft({ title: null }), Date.now() - 1000);
    await captureLead(db, gmailDraft({ fullName: 'Priya R.', title: 'Head of Operations' }), Date.now());
    render(<CaptureReview />);
    const card = screen.getByRole('region', { name: 'Latest capture' });
    expect((await within(card).findByRole('status')).textContent).toBe('Updated existing lead: Priya Raman');
    expect(within(card).getByText('Filled in: title.')).toBeTruthy();
    expect(within(card).getByRole('list', { name: 'Values kept' }).textContent).toBe('Kept name “Priya Raman”; this capture said “Priya R.”.');

    await user.click(within(card).getByRole('button', { name: 'Undo' }));
    expect(await within(card).findByText('Update undone: the lead is back as it was.')).toBeTruthy();
    expect((await db.leads.get(leadId))?.title).toBeNull();
  });

  it('tells the rep a page could not be read and offers selection capture', async () => {
    await captureLead(db, gmailDraft(), Date.now() - 5000);
    await lastCaptureOutcome.setValue({
      kind: 'unreadable',
      message: 'LeadClip could not read this page. Select the person’s details, right-click and choose “Clip selection as lead”.',
      leadId: null,
      activityId: null,
      url: 'https://acme.example/',
      at: Date.now(),
    });
    render(<CaptureReview />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('LeadClip could not read this page.');
    expect(alert.textContent).toContain('Clip selected text');
    expect(screen.getByRole('button', { name: 'Clip selected text' })).toBeTruthy();
  });

  it('"Capture this tab" extracts the active tab and saves the lead', async () => {
    const user = userEvent.setup();
    const query = vi.fn(async () => [{ id: 7, index: 0, url: 'https://acme.example/team/ada', active: true }]);
    fakeBrowser.tabs.query = query as unknown as typeof fakeBrowser.tabs.query;
    fakeBrowser.scripting.executeScript = vi.fn(async () => [
      { frameId: 0, result: gmailDraft({ fullName: 'Ada Lovelace', emails: ['ada@acme.example'], phones: [], channel: 'web' }) },
    ]) as unknown as typeof fakeBrowser.scripting.executeScript;
    render(<CaptureReview />);
    await user.click(screen.getByRole('button', { name: 'Capture this tab' }));
    expect((await screen.findByRole('status')).textContent).toBe('Lead saved: Ada Lovelace');
    expect((await db.leads.toArray()).map((lead) => lead.fullName)).toStrictEqual(['Ada Lovelace']);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/page-extract.js'] });
  });
});

describe('capture from the side panel on any page (issue 17)', () => {
  const draft = gmailDraft({ fullName: 'Ada Lovelace', emails: ['ada@acme.example'], phones: [], channel: 'web', sourceUrl: 'https://acme.example/team' });

  function hiddenTab() {
    // A page LeadClip may not read yet: the browser does not say its URL.
    fakeBrowser.tabs.query = vi.fn(async () => [{ id: 7, index: 0, active: true }]) as unknown as typeof fakeBrowser.tabs.query;
    fakeBrowser.scripting.executeScript = vi.fn(async () => [{ frameId: 0, result: draft }]) as unknown as typeof fakeBrowser.scripting.executeScript;
  }

  it('asks for the site in the click, and captures once the rep allows it', async () => {
    const user = userEvent.setup();
    hiddenTab();
    const request = vi.fn(async () => true);
    fakeBrowser.permissions.request = request as unknown as typeof fakeBrowser.permissions.request;
    render(<CaptureReview />);
    await user.click(screen.getByRole('button', { name: 'Capture this tab' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://*/*'] });
    expect((await screen.findByRole('status')).textContent).toBe('Lead saved: Ada Lovelace');
  });

  it('says what to do instead when the rep refuses, and saves nothing', async () => {
    const user = userEvent.setup();
    hiddenTab();
    fakeBrowser.permissions.request = vi.fn(async () => false) as unknown as typeof fakeBrowser.permissions.request;
    render(<CaptureReview />);
    await user.click(screen.getByRole('button', { name: 'Clip selected text' }));
    expect((await screen.findByRole('alert')).textContent).toContain('LeadClip may not read this page from the side panel.');
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
    expect(await db.leads.count()).toBe(0);
  });

  it('lets the rep say a clipped prospect is an inquiry, which starts the reply clock', async () => {
    const user = userEvent.setup();
    const send = connectBackground(db);
    const profile = gmailDraft({ channel: 'linkedin', emails: [], phones: [], linkedinUrl: 'https://www.linkedin.com/in/ada/', sourceUrl: 'https://www.linkedin.com/in/ada/', inquiryAt: null });
    const reply = (await send({ leadclip: 1, command: 'lead.capture', payload: profile })) as { ok: true; value: { leadId: string } };
    render(<CaptureReview />);
    const inquiry = (await screen.findByRole('switch', { name: 'They asked (inquiry): the reply clock runs' })) as HTMLInputElement;
    expect(inquiry.checked).toBe(false);
    expect(await db.tasks.count()).toBe(0);
    await user.click(inquiry);
    expect((await screen.findByText('Marked as an inquiry: the reply clock runs.')).textContent).toBeTruthy();
    expect(await db.leads.get(reply.value.leadId)).toMatchObject({ inbound: true, nextTask: { kind: 'first_contact' } });
    await vi.waitFor(() => expect(inquiry.checked).toBe(true));
  });
});

describe('CaptureReview once reviewed', () => {
  it('folds the fields and hides the result when the rep is done', async () => {
    const user = userEvent.setup();
    await captureLead(db, gmailDraft(), Date.now() - 60 * 60_000);
    render(<CaptureReview />);
    const card = screen.getByRole('region', { name: 'Latest capture' });
    await within(card).findByRole('status');
    expect(card.querySelector('details')?.open).toBe(false);

    await user.click(within(card).getByRole('button', { name: 'Done' }));
    expect(within(card).queryByRole('status')).toBeNull();
    expect(within(card).queryByLabelText('Full name')).toBeNull();
    expect(within(card).getByRole('button', { name: 'Capture this tab' })).toBeTruthy();
  });
});
