import { displayPhone } from '@/lib/normalize';
import { fieldLabel } from '@/lib/issue-words';
import type { Channel, Lead, Tier } from '@/lib/schema';

export const CHANNEL_NAMES: Record<Channel, string> = {
  email: 'Email', linkedin: 'LinkedIn', web: 'Web page', referral: 'Referral', phone: 'Phone', form: 'Web form', event: 'Event', other: 'Other',
};

/** A field's name inside a sentence: "Edited full name, company, LinkedIn URL". */
export function fieldInSentence(field: string): string {
  const label = fieldLabel(field.split('.'));
  return /^(LinkedIn|[A-Z]{2})/.test(label) ? label : label.toLowerCase();
}

/** A deal's amount to the cent, in the rep's locale: "€48,000.50" (charts round; a logged win does not). */
export function exactMoney(amount: number, currency: string): string {
  return /^[A-Z]{3}$/.test(currency) ? new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount) : `${amount} ${currency}`;
}

export const TIER_LABELS: Record<Tier, string> = { cold: 'Cold', mql: 'MQL', sql: 'SQL' };

export function displayName(lead: Pick<Lead, 'fullName' | 'emails' | 'phones' | 'linkedinUrl'>): string {
  return lead.fullName ?? lead.emails[0] ?? (lead.phones[0] && displayPhone(lead.phones[0]).text) ?? lead.linkedinUrl ?? 'Unnamed lead';
}
