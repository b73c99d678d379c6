// The CRM on the lead detail (issue 14): "Already in <CRM>?" looked up on demand and kept with the
// time it was asked; each send's state with Retry and Cancel; once the CRM confirmed every step,
// "In <CRM>" with links to the person and the deal, and what LeadClip left as the CRM had it.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CrmStatus } from '@/lib/protocol';
import { CRM_NAMES, type CrmJob, type Lead } from '@/lib/schema';
import { db } from '../db';
import { StatusLine, useCommand } from '../useCommand';

const clock = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

const STATE: Record<CrmJob['status'], string> = {
  queued: 'sending',
  waiting: 'waiting to resume',
  done: 'sent',
  needs_reconnect: 'stopped: reconnect the CRM',
  failed: 'stopped',
  cancelled: 'cancelled',
};

export function CrmPanel({ lead, crm }: { lead: Lead; crm: CrmStatus | null }) {
  const jobs = useLiveQuery(() => db.crmJobs.where('leadId').equals(lead.id).toArray(), [lead.id]) ?? [];
  const sent = useLiveQuery(() => db.handoffs.where('leadId').equals(lead.id).filter((handoff) => handoff.via === 'crm').last(), [lead.id]);
  const open = jobs.filter((job) => job.status !== 'done' && job.status !== 'cancelled');
  if (!crm?.connected && !sent && !open.length) return null;
  return (
    <section className="crm-panel" aria-label="CRM">
      {sent?.crm && (
        <p>
          In {CRM_NAMES[sent.crm.kind]}:{' '}
          {sent.crm.personUrl && (
            <a href={sent.crm.personUrl} target="_blank" rel="noreferrer">
              person
            </a>
          )}
          {sent.crm.dealUrl && (
            <>
              {' · '}
              <a href={sent.crm.dealUrl} target="_blank" rel="noreferrer">
                {sent.crm.kind === 'twenty' || sent.crm.kind === 'attio' ? 'opportunity' : 'deal'}
              </a>
            </>
          )}
        </p>
      )}
      {sent?.crm?.differed.length ? (
        <ul className="muted" aria-label={`Kept as ${CRM_NAMES[sent.crm.kind]} had it`}>
          {sent.crm.differed.map((difference) => (
            <li key={difference.field}>
              Kept {difference.field} “{difference.crm}” (LeadClip has “{difference.lead}”)
            </li>
          ))}
        </ul>
      ) : null}
      {open.map((job) => (
        <JobRow key={job.id} job={job} />
      ))}
      {crm?.connected && <Lookup lead={lead} crmName={CRM_NAMES[crm.kind]} />}
    </section>
  );
}

function JobRow({ job }: { job: CrmJob }) {
  const { run, status, busy } = useCommand();
  const name = CRM_NAMES[job.crm];
  const steps = Object.values(job.steps).filter((step) => step?.doneAt).length;
  return (
    <div className="crm-job" role="group" aria-label={`Send to ${name}`}>
      <p>
        Send to {name}: {STATE[job.status]} ({steps} of 6 steps done)
        {job.status === 'waiting' && `, next try at ${clock(job.nextAttemptAt)}`}.{job.lastError && <span className="muted"> {job.lastError}</span>}
      </p>
      <div className="actions">
        {job.status !== 'queued' && (
          <button type="button" className="secondary" disabled={busy} onClick={() => run('crm.retry', { jobId: job.id }, `Retrying the send to ${name}.`)}>
            Retry
          </button>
        )}
        <button type="button" className="secondary" disabled={busy} onClick={() => run('crm.cancel', { jobId: job.id }, `Cancelled; nothing more goes to ${name}.`)}>
          Cancel send
        </button>
      </div>
      <StatusLine status={status} />
    </div>
  );
}

function Lookup({ lead, crmName }: { lead: Lead; crmName: string }) {
  const cached = useLiveQuery(() => db.crmLookups.get(lead.id), [lead.id]);
  const { run, status, busy } = useCommand();
  return (
    <div className="crm-lookup">
      <button type="button" className="secondary" disabled={busy || !lead.emails.length} onClick={() => run('crm.lookup', { leadId: lead.id }, `Looked ${lead.emails[0]} up in ${crmName}.`)}>
        Already in {crmName}?
      </button>
      {cached && (
        <p>
          {cached.person ? (
            <>
              In {crmName} as {cached.person.name ?? 'a person'}
              {cached.person.ownerName && `, owner ${cached.person.ownerName}`}
              {cached.person.url && (
                <>
                  {' — '}
                  <a href={cached.person.url} target="_blank" rel="noreferrer">
                    open
                  </a>
                </>
              )}
            </>
          ) : (
            `Not in ${crmName} yet`
          )}{' '}
          <span className="muted">(checked {clock(cached.checkedAt)})</span>
        </p>
      )}
      <StatusLine status={status} />
    </div>
  );
}
