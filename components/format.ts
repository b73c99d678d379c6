import type { Lead, Stage, Tier } from '@/lib/schema';

export const STAGE_LABELS: Record<Stage, string> = {
  new: 'New',
  contacted: 'Contacted',
  qualifying: 'Qualifying',
  qualified: 'Qualified',
  handed_off: 'Handed off',
  won: 'Won',
  lost: 'Lost',
  nurturing: 'Nurturing',
};

export const TIER_LABELS: Record<Tier, string> = { cold: 'Cold', mql: 'MQL', sql: 'SQL' };

export function displayName(lead: Pick<Lead, 'fullName' | 'emails' | 'phones' | 'linkedinUrl'>): string {
  return lead.fullName ?? lead.emails[0] ?? lead.phones[0] ?? lead.linkedinUrl ?? 'Unnamed lead';
}
