// Review and correct every field of a lead. Saves through the background's `lead.update` command;
// each field says what is wrong with it before anything is sent. Reusable: the capture review card
// shows it right after a capture, the lead detail view for any lead.
import { type FormEvent, useId, useState } from 'react';
import { canonicalLinkedInUrl, displayPhone, domainOf, normalizeEmail, normalizePhone, websiteOrigin } from '@/lib/normalize';
import type { Lead, LeadPatch } from '@/lib/schema';
import { send } from './commands';
import './LeadFields.css';

export const LEAD_FORM_FIELDS = [
  { name: 'fullName', label: 'Full name', kind: 'text' },
  { name: 'title', label: 'Title', kind: 'text' },
  { name: 'company', label: 'Company', kind: 'text' },
  { name: 'website', label: 'Website', kind: 'url' },
  { name: 'emails', label: 'Emails', kind: 'list' },
  { name: 'phones', label: 'Phones', kind: 'list' },
  { name: 'linkedinUrl', label: 'LinkedIn URL', kind: 'url' },
  { name: 'location', label: 'Location', kind: 'text' },
  { name: 'interest', label: 'Interest', kind: 'long' },
] as const;

export type LeadFormField = (typeof LEAD_FORM_FIELDS)[number]['name'];
export type LeadFormValues = Record<LeadFormField, string>;
export type LeadFormErrors = Partial<Record<LeadFormField, string>>;

export function formValues(lead: Lead): LeadFormValues {
  return {
    fullName: lead.fullName ?? '',
    title: lead.title ?? '',
    company: lead.company.name ?? '',
    website: lead.company.website ?? '',
    emails: lead.emails.join('\n'),
    phones: lead.phones.map((phone) => displayPhone(phone).text).join('\n'),
    linkedinUrl: lead.linkedinUrl ?? '',
    location: lead.location ?? '',
    interest: lead.interest ?? '',
  };
}

function items(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

function shortText(value: string, max: number, errors: LeadFormErrors, field: LeadFormField): string | null {
  const text = value.trim();
  if (text.length > max) errors[field] = `At most ${max} characters (now ${text.length}).`;
  return text || null;
}

/**
 * Turns the form into the smallest patch that makes the lead match it, or field errors. Emails are
 * validated and lower-cased, phones normalized to E.164 in the rep's region, links made canonical.
 */
export function formToPatch(lead: Lead, values: LeadFormValues, region: string): { patch: LeadPatch; errors: LeadFormErrors } {
  const errors: LeadFormErrors = {};
  const fullName = shortText(values.fullName, 300, errors, 'fullName');
  const title = shortText(values.title, 300, errors, 'title');
  const company = shortText(values.company, 300, errors, 'company');
  const location = shortText(values.location, 300, errors, 'location');
  const interest = shortText(values.interest, 2000, errors, 'interest');

  const website = values.website.trim() ? websiteOrigin(values.website) : null;
  if (values.website.trim() && !website) errors.website = 'Enter a web address such as https://acme.com.';

  const linkedinUrl = values.linkedinUrl.trim() ? canonicalLinkedInUrl(values.linkedinUrl.trim()) : null;
  if (values.linkedinUrl.trim() && !linkedinUrl) errors.linkedinUrl = 'Enter a LinkedIn profile address such as https://www.linkedin.com/in/name/.';

  const emails: string[] = [];
  for (const raw of items(values.emails)) {
    const email = normalizeEmail(raw);
    if (!email) errors.emails ??= `“${raw}” is not an email address.`;
    else if (!emails.includes(email)) emails.push(email);
  }
  if (emails.length > 20) errors.emails = 'At most 20 email addresses.';

  const phones: string[] = [];
  for (const raw of items(values.phones)) {
    const phone = normalizePhone(raw, region);
    if (phone.replace(/\D/g, '').length < 5 || phone.length > 40) errors.phones ??= `“${raw}” is not a phone number.`;
    else if (!phones.includes(phone)) phones.push(phone);
  }
  if (phones.length > 20) errors.phones = 'At most 20 phone numbers.';

  const patch: LeadPatch = {};
  if (fullName !== lead.fullName) patch.fullName = fullName;
  if (title !== lead.title) patch.title = title;
  if (location !== lead.location) patch.location = location;
  if (interest !== lead.interest) patch.interest = interest;
  if (linkedinUrl !== lead.linkedinUrl) patch.linkedinUrl = linkedinUrl;
  if (emails.join('\n') !== lead.emails.join('\n')) patch.emails = emails;
  if (phones.join('\n') !== lead.phones.join('\n')) patch.phones = phones;
  if (company !== lead.company.name || website !== lead.company.website) {
    patch.company = { name: company, website, domain: website === lead.company.website ? lead.company.domain : domainOf(website) };
  }
  return { patch, errors };
}

export interface LeadFieldsProps {
  lead: Lead;
  /** Region for phone numbers typed without a country code (settings.defaultRegion). */
  region?: string;
  onSaved?: (lead: Lead) => void;
}

/** The form; give it `key={lead.id}` where the lead shown can change, so fields reset. */
export function LeadFields({ lead, region = 'US', onSaved }: LeadFieldsProps) {
  const [values, setValues] = useState<LeadFormValues>(() => formValues(lead));
  const [errors, setErrors] = useState<LeadFormErrors>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { patch, errors: found } = formToPatch(lead, values, region);
    setErrors(found);
    if (Object.keys(found).length) {
      setStatus({ ok: false, text: 'Not saved: correct the fields marked below.' });
      return;
    }
    if (!Object.keys(patch).length) {
      setStatus({ ok: true, text: 'Nothing changed.' });
      return;
    }
    setSaving(true);
    const reply = await send('lead.update', { id: lead.id, patch });
    setSaving(false);
    if (!reply.ok) {
      setStatus({ ok: false, text: [reply.error.message, ...reply.error.issues].join(' ') });
      return;
    }
    setValues(formValues(reply.value));
    setStatus({ ok: true, text: 'Saved.' });
    onSaved?.(reply.value);
  }

  return (
    <form className="lead-fields" onSubmit={submit} noValidate aria-label="Lead fields">
      {LEAD_FORM_FIELDS.map((field) => {
        const inputId = `${id}-${field.name}`;
        const errorId = `${inputId}-error`;
        const common = {
          id: inputId,
          name: field.name,
          value: values[field.name],
          'aria-invalid': errors[field.name] ? true : undefined,
          'aria-describedby': errors[field.name] ? errorId : undefined,
          onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field.name]: event.target.value })),
        };
        return (
          <div key={field.name} className={field.kind === 'text' || field.kind === 'url' ? 'lead-field' : 'lead-field wide'}>
            <label htmlFor={inputId}>{field.label}</label>
            {field.kind === 'list' || field.kind === 'long' ? (
              <textarea rows={field.kind === 'long' ? 3 : Math.max(1, values[field.name].split('\n').length)} {...common} />
            ) : (
              <input type={field.kind === 'url' ? 'url' : 'text'} {...common} />
            )}
            {errors[field.name] && (
              <span id={errorId} className="error">
                {errors[field.name]}
              </span>
            )}
          </div>
        );
      })}
      <div className="lead-fields-actions">
        <button type="submit" disabled={saving}>
          Save changes
        </button>
        {status && (
          <span role="status" className={status.ok ? 'ok' : 'error'}>
            {status.text}
          </span>
        )}
      </div>
    </form>
  );
}
