// The qualification checklist of one lead: a radio group per question, saved as the rep clicks.
import { useState } from 'react';
import { ANSWERS, type Answer, type Checklist as ChecklistRecord, type Template, type TemplateItem } from '@/lib/schema';
import { StatusLine, useCommand } from './useCommand';

const ANSWER_NAMES: Record<Answer, string> = { yes: 'Yes', no: 'No', unknown: 'Unknown' };

interface Props {
  leadId: string;
  template: Template;
  checklist: ChecklistRecord | undefined;
}

export function Checklist({ leadId, template, checklist }: Props) {
  const { run, status } = useCommand();
  const save = (item: TemplateItem, value: Answer, note: string | null) =>
    run('checklist.answer', { leadId, itemId: item.id, value, note }, `Saved: ${item.question} ${ANSWER_NAMES[value]}`);
  return (
    <section className="checklist" aria-labelledby="checklist-heading">
      <h3 id="checklist-heading">Qualification: {template.name}</h3>
      {template.items.map((item) => (
        <ChecklistItem key={item.id} item={item} answer={checklist?.answers[item.id]} leadId={leadId} onSave={save} />
      ))}
      <StatusLine status={status} />
    </section>
  );
}

interface ItemProps {
  item: TemplateItem;
  leadId: string;
  answer: ChecklistRecord['answers'][string] | undefined;
  onSave(item: TemplateItem, value: Answer, note: string | null): Promise<unknown>;
}

function ChecklistItem({ item, leadId, answer, onSave }: ItemProps) {
  const [note, setNote] = useState(answer?.note ?? '');
  const name = `${leadId}-${item.id}`;
  const noteValue = note.trim() || null;
  // The click shows at once; the stored answer takes over as soon as the database has it.
  const [pending, setPending] = useState<{ value: Answer; base: typeof answer } | null>(null);
  const shown = pending && pending.base === answer ? pending.value : answer?.value;
  async function choose(value: Answer) {
    setPending({ value, base: answer });
    if ((await onSave(item, value, noteValue)) === null) setPending(null);
  }
  return (
    <div className="checklist-item">
      <div role="radiogroup" aria-label={item.question} className="answer-group">
        <span className="question" aria-hidden="true">
          {item.question}
          {item.requiredForHandoff && <span className="required"> (required for handoff)</span>}
        </span>
        <span className="answers">
          {ANSWERS.map((value) => (
            <label key={value} className="inline answer">
              <input
                type="radio"
                name={name}
                value={value}
                checked={shown === value}
                onChange={() => void choose(value)}
              />
              {ANSWER_NAMES[value]}
            </label>
          ))}
        </span>
      </div>
      <label className="note-field">
        <span className="sr-only">Note on: {item.question}</span>
        <input
          value={note}
          placeholder="Note (e.g. < 3 months)"
          onChange={(event) => setNote(event.target.value)}
          onBlur={() => {
            // A note is saved with its answer; without one yet it waits for the rep's click.
            if (answer && noteValue !== answer.note) void onSave(item, answer.value, noteValue);
          }}
        />
      </label>
    </div>
  );
}
