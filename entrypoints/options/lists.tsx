// Settings a rep picks from a list instead of typing a code: a typed "London" is no time zone and
// "United Kingdom" is no region code (issue 17). Each list comes from the platform or the phone
// library, so it matches what the code that reads the setting accepts.
import { phoneRegions } from '@/lib/normalize';

interface SelectProps {
  name: string;
  defaultValue: string;
}

const uiLocale = () => navigator.language || 'en';

export function TimeZoneSelect({ name, defaultValue }: SelectProps) {
  const zones = Intl.supportedValuesOf('timeZone');
  // A stored zone the platform lists under another name (e.g. "UTC" in Chromium) stays selectable.
  const options = zones.includes(defaultValue) ? zones : [defaultValue, ...zones];
  return (
    <select name={name} required defaultValue={defaultValue}>
      {options.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll('_', ' ')}
        </option>
      ))}
    </select>
  );
}

export function RegionSelect({ name, defaultValue }: SelectProps) {
  return (
    <select name={name} required defaultValue={defaultValue}>
      {phoneRegions(uiLocale()).map(({ code, name: country }) => (
        <option key={code} value={code}>
          {country}
        </option>
      ))}
    </select>
  );
}

export function CurrencySelect({ name, defaultValue }: SelectProps) {
  const names = new Intl.DisplayNames([uiLocale()], { type: 'currency' });
  const codes = Intl.supportedValuesOf('currency');
  return (
    <select name={name} required defaultValue={defaultValue}>
      {(codes.includes(defaultValue) ? codes : [defaultValue, ...codes]).map((code) => (
        <option key={code} value={code}>
          {code} — {names.of(code)}
        </option>
      ))}
    </select>
  );
}
