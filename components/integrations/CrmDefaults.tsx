// The default owner, and pipeline and stage where the CRM has them, for new records (issue 14).
// The choices come from the CRM itself, read once when the section opens.
import { type FormEvent, useEffect, useState } from 'react';
import type { CrmStatus, ResultOf } from '@/lib/protocol';
import { send } from '../commands';
import { StatusLine, useCommand } from '../useCommand';

type Connected = Extract<CrmStatus, { connected: true }>;

export function CrmDefaults({ status, onSaved }: { status: Connected; onSaved: (status: CrmStatus) => void }) {
  const [choices, setChoices] = useState<ResultOf<'crm.choices'> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pipelineId, setPipelineId] = useState(status.pipelineId ?? '');
  const { run, status: line } = useCommand();

  useEffect(() => {
    void send('crm.choices', {}).then((reply) => (reply.ok ? setChoices(reply.value) : setFailure(reply.error.message)));
  }, []);

  if (failure) return <p role="alert">Could not read owners and pipelines: {failure}</p>;
  if (!choices) return <p className="muted">Reading owners and pipelines…</p>;
  const stages = choices.pipelines.find((pipeline) => pipeline.id === pipelineId)?.stages ?? [];

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => (String(form.get(name) ?? '') || null);
    const saved = await run('crm.defaults', { ownerId: value('ownerId'), pipelineId: value('pipelineId'), stageId: value('stageId') }, 'Saved the defaults.');
    if (saved) onSaved(saved);
  }

  return (
    <form onSubmit={save} className="settings-grid">
      <label>
        Owner of new records
        <select name="ownerId" defaultValue={status.ownerId ?? ''}>
          <option value="">(the CRM's default)</option>
          {choices.owners.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.name}
              {owner.email ? ` <${owner.email}>` : ''}
            </option>
          ))}
        </select>
      </label>
      {choices.pipelines.length > 0 && (
        <label>
          Pipeline for new deals
          <select name="pipelineId" value={pipelineId} onChange={(event) => setPipelineId(event.target.value)}>
            <option value="">(the CRM's default)</option>
            {choices.pipelines.map((pipeline) => (
              <option key={pipeline.id} value={pipeline.id}>
                {pipeline.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {stages.length > 0 && (
        <label>
          Stage for new deals
          <select name="stageId" defaultValue={status.stageId ?? ''}>
            <option value="">(the pipeline's first stage)</option>
            {stages.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stage.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="actions">
        <button type="submit">Save CRM defaults</button>
      </div>
      <StatusLine status={line} />
    </form>
  );
}
