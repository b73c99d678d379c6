// The checklist template editor of the options page's "Qualification" section: edit, add, reorder
// and delete templates and their questions. Saving rescores every lead in the background.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { newId } from '@/lib/ids';
import { DIMENSIONS, type Dimension, type Template, type TemplateItem } from '@/lib/schema';
import { defaultTemplate, pickDefaultTemplate, templatePayload } from '@/lib/templates';
import { db } from './db';
import { StatusLine, useCommand } from './useCommand';
import './TemplateEditor.css';

export function TemplateEditor() {
  const templates = useLiveQuery(() => db.templates.toArray(), []);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [created, setCreated] = useState<Template | null>(null);
  // Held here, not in the form: a saved template remounts its form, and the message must stay.
  const command = useCommand();
  if (templates === undefined) return <p className="muted">Loading templates…</p>;
  // Until a rep saves one, the built-in default is what leads are scored against.
  const stored = templates.length ? templates : [defaultTemplate()];
  const current = created ?? stored.find((template) => template.id === selectedId) ?? pickDefaultTemplate(stored);

  return (
    <div className="template-editor">
      <h3>Checklist templates</h3>
      <div className="template-picker">
        <label>
          Template
          <select
            value={current.id}
            onChange={(event) => {
              setCreated(null);
              setSelectedId(event.target.value);
            }}
          >
            {[...stored, ...(created ? [created] : [])].map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
                {template.isDefault ? ' (default)' : ''}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="secondary"
          onClick={() => setCreated({ ...defaultTemplate(), id: newId(), name: 'New template', isDefault: false })}
        >
          New template
        </button>
      </div>
      <TemplateForm
        key={`${current.id}-${current.updatedAt}`}
        template={current}
        isNew={created !== null}
        onSaved={(id) => {
          setCreated(null);
          setSelectedId(id);
        }}
        onDeleted={() => setSelectedId(null)}
        command={command}
      />
      <StatusLine status={command.status} />
    </div>
  );
}

interface FormProps {
  template: Template;
  isNew: boolean;
  onSaved(id: string): void;
  onDeleted(): void;
  command: ReturnType<typeof useCommand>;
}

function TemplateForm({ template, isNew, onSaved, onDeleted, command }: FormProps) {
  const [draft, setDraft] = useState(template);
  const { run, busy } = command;
  const setItem = (index: number, patch: Partial<TemplateItem>) =>
    setDraft({ ...draft, items: draft.items.map((item, i) => (i === index ? { ...item, ...patch } : item)) });
  const move = (index: number, by: number) => {
    const items = [...draft.items];
    const [item] = items.splice(index, 1);
    items.splice(index + by, 0, item!);
    setDraft({ ...draft, items });
  };

  return (
    <form
      className="template-form"
      aria-label={`Edit template ${template.name}`}
      onSubmit={async (event) => {
        event.preventDefault();
        const saved = await run('template.save', templatePayload(draft), 'Template saved; leads are being rescored.');
        if (saved) onSaved(saved.id);
      }}
    >
      <div className="settings-grid">
        <label>
          Template name
          <input required value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
        </label>
        <label className="inline">
          <input type="checkbox" checked={draft.isDefault} onChange={(event) => setDraft({ ...draft, isDefault: event.target.checked })} />
          Default for new checklists
        </label>
      </div>
      <ol className="template-items">
        {draft.items.map((item, index) => {
          const n = index + 1;
          return (
            <li key={item.id} className="template-item">
              <label className="question-input">
                Question {n}
                <input required value={item.question} onChange={(event) => setItem(index, { question: event.target.value })} />
              </label>
              <label>
                Dimension
                <select value={item.dimension} onChange={(event) => setItem(index, { dimension: event.target.value as Dimension })}>
                  {DIMENSIONS.map((dimension) => (
                    <option key={dimension} value={dimension}>
                      {dimension}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Weight
                <input
                  type="number"
                  min="0"
                  max="100"
                  required
                  value={item.weight}
                  onChange={(event) => setItem(index, { weight: Number(event.target.value) })}
                />
              </label>
              <label className="inline">
                <input type="checkbox" checked={item.requiredForHandoff} onChange={(event) => setItem(index, { requiredForHandoff: event.target.checked })} />
                Required for handoff
              </label>
              <span className="item-actions">
                <button type="button" className="secondary" aria-label={`Move question ${n} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Move question ${n} down`}
                  disabled={index === draft.items.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={`Delete question ${n}`}
                  onClick={() => setDraft({ ...draft, items: draft.items.filter((_, i) => i !== index) })}
                >
                  Delete
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="settings-actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            setDraft({ ...draft, items: [...draft.items, { id: newId(), question: '', dimension: 'need', weight: 10, requiredForHandoff: false }] })
          }
        >
          Add question
        </button>
        <button type="submit" disabled={busy}>
          Save template
        </button>
        {!isNew && (
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={async () => {
              if (await run('template.delete', { id: template.id }, `Deleted "${template.name}".`)) onDeleted();
            }}
          >
            Delete template
          </button>
        )}
      </div>
    </form>
  );
}
