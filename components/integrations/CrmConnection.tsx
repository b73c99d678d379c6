// Options → Integrations: connect one CRM with a pasted token (issue 14). Test connection asks for
// the CRM's host now, on the rep's click (optional host permission), then the background makes
// one cheap read and answers with the account it reached or the CRM's own error. The token field
// is emptied once sent; afterwards only its last four characters are shown.
import { type FormEvent, useState } from 'react';
import { browser } from 'wxt/browser';
import { DEFAULT_BASE_URL, hostPatternFor } from '@/lib/crm/hosts';
import type { CrmStatus } from '@/lib/protocol';
import { CRM_KINDS, CRM_NAMES, type CrmKind } from '@/lib/schema';
import { StatusLine, useCommand } from '../useCommand';
import { CrmDefaults } from './CrmDefaults';
import { useCrmStatus } from './useCrmStatus';

const TOKEN_HELP: Record<CrmKind, string> = {
  hubspot: 'A private app access token (Settings → Integrations → Private apps) with CRM objects, owners and notes scopes.',
  pipedrive: 'Your personal API token (Personal preferences → API).',
  attio: 'A workspace API key (Workspace settings → Developers) with read-write access to records, notes and members.',
  twenty: 'An API key (Settings → APIs & Webhooks). Self-hosted: also your server address.',
};

/** Asks the browser for the CRM's host; resolves false when the rep says no. */
async function grantHost(baseUrl: string): Promise<boolean> {
  return browser.permissions.request({ origins: [hostPatternFor(baseUrl)] });
}

export function CrmConnection() {
  const { status, setStatus } = useCrmStatus();
  if (status === null) return <p className="muted">Loading the CRM connection…</p>;
  return (
    <section className="crm-connection" aria-labelledby="crm-heading">
      <h3 id="crm-heading">CRM</h3>
      {status.connected ? <Connected status={status} onChange={setStatus} /> : <ConnectForm onConnected={setStatus} />}
    </section>
  );
}

function ConnectForm({ onConnected }: { onConnected: (status: CrmStatus) => void }) {
  const [kind, setKind] = useState<CrmKind>('hubspot');
  const [token, setToken] = useState('');
  const [baseUrl, setBaseUrl] = useState('');
  const { run, status, setStatus, busy } = useCommand();

  async function connect(event: FormEvent) {
    event.preventDefault();
    const server = kind === 'twenty' && baseUrl.trim() ? baseUrl.trim() : null;
    if (server && !URL.canParse(server)) {
      setStatus({ ok: false, text: 'Server address: enter a full address such as https://crm.example.com.' });
      return;
    }
    if (!(await grantHost(server ?? DEFAULT_BASE_URL[kind]))) {
      setStatus({ ok: false, text: `Not connected: access to ${new URL(server ?? DEFAULT_BASE_URL[kind]).host} was not granted.` });
      return;
    }
    const connected = await run('crm.connect', { kind, token, baseUrl: server }, '');
    if (!connected) return;
    setToken('');
    onConnected(connected);
  }

  return (
    <form onSubmit={connect} className="settings-grid">
      <label>
        CRM
        <select value={kind} onChange={(event) => setKind(event.target.value as CrmKind)}>
          {CRM_KINDS.map((each) => (
            <option key={each} value={each}>
              {CRM_NAMES[each]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {CRM_NAMES[kind]} token
        <input type="password" autoComplete="off" spellCheck={false} required aria-describedby="crm-token-help" value={token} onChange={(event) => setToken(event.target.value)} />
      </label>
      <small id="crm-token-help" className="muted">
        {TOKEN_HELP[kind]}
      </small>
      {kind === 'twenty' && (
        <label>
          Server address (self-hosted; empty for Twenty cloud)
          <input type="url" value={baseUrl} onChange={(event) => setBaseUrl(event.target.value)} placeholder="https://crm.yourcompany.example" />
        </label>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          Test connection
        </button>
      </div>
      <StatusLine status={status} />
    </form>
  );
}

function Connected({ status, onChange }: { status: Extract<CrmStatus, { connected: true }>; onChange: (status: CrmStatus) => void }) {
  const { run, status: line } = useCommand();

  async function disconnect() {
    const result = await run('crm.disconnect', {}, 'Disconnected.');
    if (!result) return;
    // The host stays granted only while something uses it: the webhook may share it.
    await browser.permissions.remove({ origins: [hostPatternFor(status.baseUrl)] }).catch(() => false);
    onChange(result);
  }

  return (
    <div>
      <p role="status">
        Connected to {CRM_NAMES[status.kind]}: {status.account} (token {status.tokenHint}).
      </p>
      <CrmDefaults status={status} onSaved={onChange} />
      <div className="actions">
        <button type="button" className="secondary" onClick={disconnect}>
          Disconnect
        </button>
      </div>
      <StatusLine status={line} />
    </div>
  );
}
