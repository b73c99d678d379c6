import type { LeadClipDb } from '../db';
import { Settings, defaultSettings } from '../schema';

/** Stored settings, or the defaults when the rep has never saved any. */
export async function readSettings(db: LeadClipDb): Promise<Settings> {
  const stored = await db.settings.get('settings');
  if (!stored) return defaultSettings();
  // Settings written by an older build may lack newer keys: defaults fill them.
  return Settings.parse({ ...defaultSettings(), ...stored });
}

export async function saveSettings(db: LeadClipDb, patch: Partial<Omit<Settings, 'id'>>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = Settings.parse({ ...(await readSettings(db)), ...patch, id: 'settings' });
    await db.settings.put(next);
    return next;
  });
}
