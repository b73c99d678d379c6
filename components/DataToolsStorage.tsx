// Storage health: how much of the browser's quota LeadClip uses, and whether its data is
// persistent (not evicted when the disk runs low).
import { useEffect, useState } from 'react';

interface Health {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

async function readHealth(storage: StorageManager | undefined): Promise<Health> {
  if (!storage) return { usage: null, quota: null, persisted: null };
  const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted()]);
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}

const megabytes = (bytes: number | null) => (bytes === null ? 'unknown' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function DataToolsStorage({ storage = globalThis.navigator?.storage }: { storage?: StorageManager }) {
  const [health, setHealth] = useState<Health | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    let open = true;
    void readHealth(storage).then((read) => open && setHealth(read));
    return () => {
      open = false;
    };
  }, [storage]);

  async function persist() {
    const granted = await storage?.persist();
    setMessage(granted ? { ok: true, text: 'Storage is now persistent.' } : { ok: false, text: 'The browser declined persistent storage; data may be evicted when the disk is full.' });
    setHealth(await readHealth(storage));
  }

  const share = health?.usage != null && health.quota ? health.usage / health.quota : null;
  return (
    <div className="data-tool">
      <h3>Storage</h3>
      {health === null ? (
        <p className="muted">Reading storage use…</p>
      ) : (
        <>
          <p>
            Using {megabytes(health.usage)} of {megabytes(health.quota)}
            {share !== null && ` (${(share * 100).toFixed(share < 0.01 ? 2 : 0)} %)`}. Persistent:{' '}
            {health.persisted === null ? 'unknown' : health.persisted ? 'yes' : 'no'}.
          </p>
          {share !== null && share > 0.9 && (
            <p role="alert" className="error">
              Storage is almost full: new captures may fail. Export a backup and erase leads you no longer need.
            </p>
          )}
          {health.persisted === false && (
            <button type="button" className="secondary" onClick={persist}>
              Keep data persistent
            </button>
          )}
          {message && (
            <span role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
              {message.text}
            </span>
          )}
        </>
      )}
    </div>
  );
}
