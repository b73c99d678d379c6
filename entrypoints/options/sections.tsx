// The options page sections of DESIGN.md §9. Each section saves only its own settings.
import { browser } from 'wxt/browser';
import { DataTools } from '@/components/DataTools';
import { SettingsSection } from '@/components/SettingsSection';
import { TemplateEditor } from '@/components/TemplateEditor';
import { CHANNEL_NAMES } from '@/components/format';
import { CHANNELS, type Settings } from '@/lib/schema';
import { CrmConnection } from '@/components/integrations/CrmConnection';
import { hostPatternFor } from '@/lib/crm/hosts';
import { CurrencySelect, RegionSelect, TimeZoneSelect } from './lists';

interface SectionProps {
  settings: Settings;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const numberField = (form: FormData, name: string) => Number(form.get(name));
const optionalNumber = (form: FormData, name: string) => {
  const value = String(form.get(name) ?? '').trim();
  return value === '' ? null : Number(value);
};
const optionalText = (form: FormData, name: string) => String(form.get(name) ?? '').trim() || null;

export function parseCadence(text: string): number[] {
  const days = text.split(/[,\s]+/).filter(Boolean).map(Number);
  if (days.some((day) => !Number.isFinite(day) || day <= 0)) {
    throw new Error('Follow-up cadence: list positive numbers of days, such as "1, 3, 7".');
  }
  return days;
}

export function TimersSection({ settings }: SectionProps) {
  const hours = settings.workingHours;
  return (
    <SettingsSection
      title="Timers"
      description="How fast a new lead must be answered, and when follow-ups fall due. A new target, clock or working hours also moves the first-contact deadlines still waiting; snoozed reminders and follow-ups keep their times."
      toPatch={(form) => ({
        slaMinutes: numberField(form, 'slaMinutes'),
        lateInquiryHours: numberField(form, 'lateInquiryHours'),
        firstContactClock: form.get('firstContactClock') === 'working_hours' ? 'working_hours' : 'always',
        followUpCadenceDays: parseCadence(String(form.get('cadence'))),
        meetingConfirmationHours: numberField(form, 'meetingConfirmationHours'),
        workingHours: {
          enabled: form.get('workingHoursEnabled') === 'on',
          days: form.getAll('day').map(Number),
          start: String(form.get('start')),
          end: String(form.get('end')),
          timeZone: String(form.get('timeZone')),
        },
      })}
    >
      <div className="settings-grid">
        <label>
          First-contact target (minutes)
          <input name="slaMinutes" type="number" min="0.1" step="0.1" required defaultValue={settings.slaMinutes} />
        </label>
        <label>
          Inquiries older than this are late (hours)
          <input name="lateInquiryHours" type="number" min="1" step="1" required defaultValue={settings.lateInquiryHours} />
        </label>
        <label>
          First-contact clock runs
          <select name="firstContactClock" defaultValue={settings.firstContactClock}>
            <option value="always">Around the clock</option>
            <option value="working_hours">Only in working hours</option>
          </select>
        </label>
        <label>
          Follow-up cadence (days after contact)
          <input name="cadence" required defaultValue={settings.followUpCadenceDays.join(', ')} />
        </label>
        <label>
          Meeting confirmation (hours before)
          <input name="meetingConfirmationHours" type="number" min="1" required defaultValue={settings.meetingConfirmationHours} />
        </label>
      </div>
      <label className="inline">
        <input name="workingHoursEnabled" type="checkbox" defaultChecked={hours.enabled} /> Use working hours
      </label>
      <fieldset>
        <legend>Working days</legend>
        {WEEKDAYS.map((day, index) => (
          <label key={day} className="inline">
            <input type="checkbox" name="day" value={index + 1} defaultChecked={hours.days.includes(index + 1)} /> {day}
          </label>
        ))}
      </fieldset>
      <div className="settings-grid">
        <label>
          Opens at
          <input name="start" type="time" required defaultValue={hours.start} />
        </label>
        <label>
          Closes at
          <input name="end" type="time" required defaultValue={hours.end} />
        </label>
        <label>
          Time zone
          <TimeZoneSelect name="timeZone" defaultValue={hours.timeZone} />
        </label>
      </div>
    </SettingsSection>
  );
}

export function QualificationSection({ settings }: SectionProps) {
  return (
    <SettingsSection
      title="Qualification"
      description="Scores at or above these thresholds make a lead MQL or SQL. Changing them rescores every lead."
      footer={<TemplateEditor />}
      toPatch={(form) => ({
        tierThresholds: { mql: numberField(form, 'mql'), sql: numberField(form, 'sql') },
      })}
    >
      <div className="settings-grid">
        <label>
          MQL from score
          <input name="mql" type="number" min="0" max="100" required defaultValue={settings.tierThresholds.mql} />
        </label>
        <label>
          SQL from score
          <input name="sql" type="number" min="0" max="100" required defaultValue={settings.tierThresholds.sql} />
        </label>
      </div>
    </SettingsSection>
  );
}

export function ChannelsSection({ settings }: SectionProps) {
  return (
    <SettingsSection
      title="Channels & costs"
      description="What each channel costs you per month, for cost per sale and ROI."
      toPatch={(form) => ({
        currency: String(form.get('currency')),
        channelCosts: Object.fromEntries(
          CHANNELS.flatMap((channel) => {
            const cost = optionalNumber(form, `cost-${channel}`);
            return cost === null ? [] : [[channel, cost]];
          }),
        ),
      })}
    >
      <label>
        Currency
        <CurrencySelect name="currency" defaultValue={settings.currency} />
      </label>
      <div className="settings-grid">
        {CHANNELS.map((channel) => (
          <label key={channel}>
            {CHANNEL_NAMES[channel]}: cost per month
            <input name={`cost-${channel}`} type="number" min="0" step="0.01" defaultValue={settings.channelCosts[channel] ?? ''} />
          </label>
        ))}
      </div>
    </SettingsSection>
  );
}

export function DataSection({ settings }: SectionProps) {
  return (
    <SettingsSection
      title="Data"
      description="Export, import and erase your leads; how long LeadClip keeps leads nobody works on, and when a lead counts as stuck."
      toPatch={(form) => ({
        retentionDays: optionalNumber(form, 'retentionDays'),
        staleAfterDays: numberField(form, 'staleAfterDays'),
      })}
    >
      <DataTools settings={settings} />
      <h3 className="data-retention">Retention</h3>
      <div className="settings-grid">
        <label>
          Erase leads idle for (days; empty keeps them)
          <input name="retentionDays" type="number" min="1" defaultValue={settings.retentionDays ?? ''} />
        </label>
        <label>
          Stuck after (days in one stage)
          <input name="staleAfterDays" type="number" min="1" required defaultValue={settings.staleAfterDays} />
        </label>
      </div>
    </SettingsSection>
  );
}

/** Asks for the webhook host only now, on the rep's click (optional host permission, DESIGN.md §6). */
async function grantWebhookHost(url: string | null): Promise<void> {
  if (!url) return;
  if (!URL.canParse(url)) throw new Error('Webhook URL: enter a full https:// address.');
  const granted = await browser.permissions.request({ origins: [hostPatternFor(url)] });
  if (!granted) throw new Error(`Webhook not saved: access to ${new URL(url).host} was not granted.`);
}

export function IntegrationsSection({ settings }: SectionProps) {
  return (
    <SettingsSection
      title="Integrations"
      description="Where handoffs go, and the defaults used when reading captured phone numbers."
      saved={({ webhookUrl }) => (webhookUrl ? `Saved. Handoffs will be posted to ${new URL(webhookUrl).host}.` : 'Saved. No webhook: handoffs are copied or emailed.')}
      footer={<CrmConnection />}
      toPatch={async (form) => {
        const webhookUrl = optionalText(form, 'webhookUrl');
        await grantWebhookHost(webhookUrl);
        return {
          webhookUrl,
          owner: optionalText(form, 'owner'),
          defaultRegion: String(form.get('defaultRegion')),
        };
      }}
    >
      <div className="settings-grid">
        <label>
          CRM webhook URL
          <input name="webhookUrl" type="url" placeholder="https://hooks.example.com/leads" defaultValue={settings.webhookUrl ?? ''} />
        </label>
        <label>
          Your name (lead owner)
          <input name="owner" defaultValue={settings.owner ?? ''} />
        </label>
        <label>
          Default phone region
          <RegionSelect name="defaultRegion" defaultValue={settings.defaultRegion} />
        </label>
      </div>
    </SettingsSection>
  );
}
