// The capture card's "they asked" switch (issue 17): an inquiry gets the first-contact clock, a
// prospect the rep clipped from a profile or page does not. The capture guesses from the source;
// the rep has the last word.
import type { Lead } from '@/lib/schema';
import { StatusLine, useCommand } from './useCommand';

export function InquirySwitch({ lead }: { lead: Lead }) {
  const { run, status, busy } = useCommand();
  const inbound = lead.inbound !== false;
  return (
    <div className="inquiry-switch">
      <label className="inline">
        <input
          type="checkbox"
          role="switch"
          checked={inbound}
          disabled={busy}
          onChange={() =>
            void run(
              'lead.setInbound',
              { id: lead.id, inbound: !inbound },
              inbound ? 'Marked as a prospect: no reply clock.' : 'Marked as an inquiry: the reply clock runs.',
            )
          }
        />{' '}
        They asked (inquiry): the reply clock runs
      </label>
      <StatusLine status={status} inline />
    </div>
  );
}
