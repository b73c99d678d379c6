// The card at the top of the side panel: the most recent capture's outcome (saved, updated an
// existing lead, or could not read the page), Undo, and the captured fields to correct. Also the
// side panel's own capture buttons: "Capture this tab" and "Clip selected text".
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Activity, Lead, LeadField } from '@/lib/schema';
import { type CaptureOutcome, type SubmitDraft, captureSelectedText, capturePage, lastCaptureOutcome } from './capture-tab';
import { send } from './commands';
import { db } from './db';
import { displayName } from './format';
import { LeadFields } from './LeadFields';
import { InquirySwitch } from './InquirySwitch';
import { ACCESS_REFUSED, activeTab, requestPageAccess, useActiveTab } from './site-access';
import './CaptureReview.css';

const FIELD_LABELS: Record<LeadField, string> = {
  fullName: 'name',
  firstName: 'first name',
  lastName: 'last name',
  title: 'title',
  'company.name': 'company',
  'company.domain': 'domain',
  'company.website': 'website',
  emails: 'emails',
  phones: 'phones',
  linkedinUrl: 'LinkedIn URL',
  location: 'location',
  interest: 'interest',
};

type CaptureActivity = Extract<Activity, { type: 'captured' | 'merged' }>;

function useLatestCapture(): CaptureActivity | null | undefined {
  return useLiveQuery(
    async () =>
      ((await db.activities
        .orderBy('at')
        .reverse()
        .filter((activity) => activity.type === 'captured' || activity.type === 'merged')
        .first()) as CaptureActivity | undefined) ?? null,
    [],
  );
}

function useSessionOutcome(): CaptureOutcome | null {
  const [outcome, setOutcome] = useState<CaptureOutcome | null>(null);
  useEffect(() => {
    void lastCaptureOutcome.getValue().then(setOutcome);
    return lastCaptureOutcome.watch(setOutcome);
  }, []);
  return outcome;
}

const submit: SubmitDraft = (draft) => send('lead.capture', draft);

export function CaptureReview() {
  const latest = useLatestCapture();
  const outcome = useSessionOutcome();
  const [undone, setUndone] = useState<{ at: number; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const lead = useLiveQuery(async () => (latest ? ((await db.leads.get(latest.leadId)) ?? null) : null), [latest?.leadId]);
  const region = useLiveQuery(async () => (await db.settings.get('settings'))?.defaultRegion ?? 'US', []);

  async function run(task: () => Promise<unknown>) {
    setBusy(true);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  }

  // The side panel's clicks grant no activeTab: ask for the site first, inside the click (issue 17).
  const shownTab = useActiveTab();
  const captureWith = (capture: typeof capturePage) => {
    const access = requestPageAccess(shownTab);
    void run(async () => {
      const tab = await activeTab();
      if (await access.catch(() => false)) await capture(tab, submit);
      else await lastCaptureOutcome.setValue({ kind: 'failed', message: ACCESS_REFUSED, leadId: null, activityId: null, url: tab?.url ?? null, at: Date.now() });
    });
  };
  const captureTab = () => captureWith(capturePage);
  const captureSelection = () => captureWith(captureSelectedText);

  const undo = (activityId: string) =>
    run(async () => {
      const reply = await send('capture.undo', { activityId });
      setUndone({
        at: Date.now(),
        text: reply.ok ? (reply.value.undone === 'deleted' ? 'Capture undone: the lead was removed.' : 'Update undone: the lead is back as it was.') : reply.error.message,
      });
    });

  const latestAt = latest?.at ?? 0;
  const problem = outcome && (outcome.kind === 'unreadable' || outcome.kind === 'failed') && outcome.at >= latestAt ? outcome : null;
  const showUndone = undone && undone.at >= Math.max(latestAt, problem?.at ?? 0);

  return (
    <section className="capture-review" aria-labelledby="capture-review-title">
      <div className="capture-review-head">
        <h2 id="capture-review-title">Latest capture</h2>
        <div className="capture-review-actions">
          <button type="button" onClick={captureTab} disabled={busy}>
            Capture this tab
          </button>
          <button type="button" className="secondary" onClick={captureSelection} disabled={busy}>
            Clip selected text
          </button>
        </div>
      </div>
      {showUndone ? (
        <p role="status">{undone.text}</p>
      ) : problem ? (
        <div role="alert" className="capture-problem">
          <p>{problem.message}</p>
          {problem.kind === 'unreadable' && <p className="muted">Or select the details on the page and press “Clip selected text”.</p>}
        </div>
      ) : latest && lead && dismissed !== latest.id ? (
        <CaptureOutcomeView
          key={latest.id}
          activity={latest}
          lead={lead}
          region={region ?? 'US'}
          onUndo={() => undo(latest.id)}
          onDone={() => setDismissed(latest.id)}
          busy={busy}
        />
      ) : latest === null ? (
        <p className="muted">Clip a lead from Gmail, LinkedIn or any page; it appears here for review.</p>
      ) : null}
    </section>
  );
}

interface OutcomeProps {
  activity: CaptureActivity;
  lead: Lead;
  region: string;
  busy: boolean;
  onUndo: () => void;
  onDone: () => void;
}

function CaptureOutcomeView({ activity, lead, region, busy, onUndo, onDone }: OutcomeProps) {
  const [reviewing, setReviewing] = useState(false);
  const merged = activity.type === 'merged';
  const reviewId = `capture-review-${activity.id}`;
  return (
    <>
      <div className="capture-outcome">
        <p role="status" className="capture-line">
          <strong>{merged ? 'Updated existing lead' : 'Lead saved'}</strong>: {displayName(lead)}
        </p>
        <span className="capture-review-actions">
          <button type="button" className="secondary" onClick={onUndo} disabled={busy}>
            Undo
          </button>
          <button type="button" className="secondary" aria-expanded={reviewing} aria-controls={reviewId} onClick={() => setReviewing(!reviewing)}>
            Review
          </button>
          <button type="button" className="link" aria-label="Done" title="Done: hide this result" onClick={onDone}>
            ✕
          </button>
        </span>
      </div>
      {!merged && <InquirySwitch lead={lead} />}
      {/* Folded after a save so the card stays one line; the fields stay in the page for Review. */}
      <details id={reviewId} className="capture-fields" open={reviewing}>
        <summary className="sr-only">Review fields</summary>
        {merged && <MergeSummary activity={activity} />}
        <LeadFields key={`${lead.id}:${activity.id}`} lead={lead} region={region} />
      </details>
    </>
  );
}

function MergeSummary({ activity }: { activity: Extract<Activity, { type: 'merged' }> }) {
  return (
    <div className="capture-merge muted">
      {activity.filled.length > 0 && <p>Filled in: {activity.filled.map((field) => FIELD_LABELS[field]).join(', ')}.</p>}
      {activity.conflicts.length > 0 && (
        <ul aria-label="Values kept">
          {activity.conflicts.map((conflict) => (
            <li key={conflict.field}>
              Kept {FIELD_LABELS[conflict.field]} “{conflict.kept}”; this capture said “{conflict.incoming}”.
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
