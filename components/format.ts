import { displayPhone } from '@/lib/normalize';
import type { Lead, Tier } from '@/lib/schema';

export const TIER_LABELS: Record<Tier, string> = { cold: 'Cold', mql: 'MQL', sql: 'SQL' };

export function displayName(lead: Pick<Lead, 'fullName' | 'emails' | 'phones' | 'linkedinUrl'>): string {
  return lead.fullName ?? lead.emails[0] ?? (lead.phones[0] && displayPhone(lead.phones[0]).text) ?? lead.linkedinUrl ?? 'Unnamed lead';
}
