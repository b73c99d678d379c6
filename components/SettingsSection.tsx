import { type FormEvent, type ReactNode, useState } from 'react';
import type { Settings } from '@/lib/schema';
import { send } from './commands';
import { type CommandStatus, StatusLine } from './useCommand';

type Patch = Partial<Omit<Settings, 'id'>>;

interface Props {
  title: string;
  description?: string;
  /** Builds the patch from the form's fields; may throw an Error whose message is shown. */
  toPatch: (form: FormData) => Patch | Promise<Patch>;
  children: ReactNode;
  /** Shown below the section's form, inside the section (e.g. the checklist template editor). */
  footer?: ReactNode;
  /** What the save did, in the rep's words; "<Title> saved." when not given. */
  saved?: (patch: Patch) => string;
}

/** One titled options section that saves its own fields through the background. */
export function SettingsSection({ title, description, toPatch, children, footer, saved }: Props) {
  const [status, setStatus] = useState<CommandStatus | null>(null);
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const patch = await toPatch(new FormData(event.currentTarget));
      const reply = await send('settings.update', patch);
      setStatus(
        reply.ok
          ? { ok: true, text: saved?.(patch) ?? `${title} saved.` }
          : { ok: false, text: [reply.error.message, ...reply.error.issues].join(' ') },
      );
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section aria-labelledby={id} className="settings-section">
      <h2 id={id}>{title}</h2>
      {description && <p className="muted">{description}</p>}
      {/* One status line per section: the next edit clears the last save's outcome. */}
      <form onSubmit={submit} onInput={() => setStatus(null)} className="settings-form">
        {children}
        <div className="settings-actions">
          <button type="submit">Save {title.toLowerCase()}</button>
          <StatusLine status={status} inline />
        </div>
      </form>
      {footer}
    </section>
  );
}
