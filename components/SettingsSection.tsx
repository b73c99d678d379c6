import { type FormEvent, type ReactNode, useState } from 'react';
import type { Settings } from '@/lib/schema';
import { send } from './commands';

type Patch = Partial<Omit<Settings, 'id'>>;

interface Props {
  title: string;
  description?: string;
  /** Builds the patch from the form's fields; may throw an Error whose message is shown. */
  toPatch: (form: FormData) => Patch | Promise<Patch>;
  children: ReactNode;
  /** Shown below the section's form, inside the section (e.g. the checklist template editor). */
  footer?: ReactNode;
}

/** One titled options section that saves its own fields through the background. */
export function SettingsSection({ title, description, toPatch, children, footer }: Props) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const reply = await send('settings.update', await toPatch(new FormData(event.currentTarget)));
      setStatus(
        reply.ok
          ? { ok: true, text: 'Saved.' }
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
      <form onSubmit={submit} className="settings-form">
        {children}
        <div className="settings-actions">
          <button type="submit">Save {title.toLowerCase()}</button>
          {status && (
            <span role={status.ok ? 'status' : 'alert'} className={status.ok ? 'ok' : 'error'}>
              {status.text}
            </span>
          )}
        </div>
      </form>
      {footer}
    </section>
  );
}
