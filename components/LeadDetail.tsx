// One lead: contact, stage, qualification checklist with the score's reasons, outcomes, notes,
// handoff and the activity timeline (issue 5). At 400 px (issue 17) the clock and the main actions
// stay in a sticky bar and the long sections fold.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { readLeadWorkspace } from '@/lib/queries/lead-detail';
import { engagementOf, explainTier, scoreLead } from '@/lib/scoring';
import { STAGE_NAMES } from '@/lib/stages';
import { missingForHandoff, templateFor } from '@/lib/templates';
import { Checklist } from './Checklist';
import { ConsentPanel } from './ConsentPanel';
import { ContactActions } from './ContactActions';
import { useClock } from './Countdown';
import { db } from './db';
import { displayName, TIER_LABELS } from './format';
import { HandoffPanel } from './HandoffPanel';
import { LeadFields } from './LeadFields';
import { Fold, LeadActionBar, openFold } from './LeadDetailBar';
import { ContactLinks, NoteBox, OutcomeLog, StageChanger } from './LeadDetailParts';
import { Timeline } from './Timeline';
import { StatusAreaProvider } from './useCommand';
import './LeadDetail.css';

interface Props {
  leadId: string;
  onBack(): void;
}

export function LeadDetail({ leadId, onBack }: Props) {
  const workspace = useLiveQuery(() => readLeadWorkspace(db, leadId), [leadId]);
  // Relative times and the handoff note's "next step" need the time to the half minute only.
  const now = useClock((current) => Math.floor(current / 30_000) * 30_000);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const handoffFold = useRef<HTMLDetailsElement>(null);
  const loaded = workspace !== undefined && workspace !== null;
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded, leadId]);

  if (workspace === undefined) return <p className="muted pad">Loading lead…</p>;
  if (workspace === null) {
    return (
      <div className="pad">
        <p>This lead no longer exists.</p>
        <button type="button" onClick={onBack}>
          Back to leads
        </button>
      </div>
    );
  }
  const { lead, checklist, activities, templates, settings } = workspace;
  const template = templateFor(checklist, templates);
  const score = scoreLead({
    template,
    checklist,
    engagement: engagementOf(lead, activities),
    thresholds: settings.tierThresholds,
    slaMinutes: settings.slaMinutes,
  });

  return (
    <StatusAreaProvider>
    <article className="lead-detail" aria-labelledby="lead-heading">
      <button type="button" className="link back" onClick={onBack}>
        ← Back to leads
      </button>
      <header className="lead-detail-header">
        <h2 id="lead-heading" ref={headingRef} tabIndex={-1}>
          {displayName(lead)}
        </h2>
        <p className="muted">{[lead.title, lead.company.name, lead.location].filter(Boolean).join(' · ') || 'No title or company yet'}</p>
        <p className="tier-line">
          <span className={`badge ${lead.tier}`}>{TIER_LABELS[lead.tier]}</span> <span className="badge">{STAGE_NAMES[lead.stage]}</span>{' '}
          <span className="muted">Score {lead.score}</span>
        </p>
        <p className="tier-reasons">{explainTier(score)}</p>
      </header>
      <ContactLinks lead={lead} />
      <LeadActionBar>
        {/* The clock comes with ContactActions, which says what is due and when. */}
        <div className="lead-action-clock">
          <button type="button" className="secondary" onClick={() => openFold(handoffFold.current, 'Hand off')}>
            Handoff
          </button>
        </div>
        <ContactActions lead={lead} />
      </LeadActionBar>
      <Fold title="Qualification" open>
        <StageChanger key={lead.stage} lead={lead} />
        <Checklist key={template.id} leadId={lead.id} template={template} checklist={checklist} />
      </Fold>
      <Fold title="Handoff" foldRef={handoffFold}>
        <HandoffPanel
          input={{ lead, template, checklist, activities, score, now }}
          missing={missingForHandoff(template, checklist)}
          webhookUrl={settings.webhookUrl}
        />
      </Fold>
      <Fold title="Notes and outcome">
        <NoteBox leadId={lead.id} />
        <OutcomeLog lead={lead} currency={settings.currency} activities={activities} />
      </Fold>
      <Fold title={`Activity (${activities.length})`}>
        <Timeline activities={activities} template={template} now={now} />
      </Fold>
      <Fold title="Source and consent">
        <ConsentPanel lead={lead} />
      </Fold>
      <Fold title="Edit fields">
        {/* Re-mounted on each saved change so the form shows what is stored. */}
        <LeadFields key={lead.updatedAt} lead={lead} region={settings.defaultRegion} />
      </Fold>
    </article>
    </StatusAreaProvider>
  );
}
