import { useEffect, useState } from 'react';
import type { CrmStatus } from '@/lib/protocol';
import { send } from '../commands';

/** The CRM connection as pages may see it (a masked token hint at most), asked of the background. */
export function useCrmStatus() {
  const [status, setStatus] = useState<CrmStatus | null>(null);
  useEffect(() => {
    let live = true;
    void send('crm.status', {}).then((reply) => live && setStatus(reply.ok ? reply.value : { connected: false }));
    return () => {
      live = false;
    };
  }, []);
  return { status, setStatus };
}
