// How metrics read in the side panel: durations in the largest sensible unit, shares as percent.

export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
  const hours = ms / 3_600_000;
  if (hours < 48) return `${Math.round(hours * 10) / 10} h`;
  return `${Math.round((hours / 24) * 10) / 10} d`;
}

export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 1000) / 10} %`;
}

export function formatMoney(amount: number | null, currency: string): string {
  if (amount === null) return '—';
  return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: amount < 100 ? 2 : 0 }).format(amount);
}

export function formatRoi(roi: number | null): string {
  return roi === null ? '—' : `${roi >= 0 ? '+' : ''}${Math.round(roi * 100)} %`;
}

/** `YYYY-MM-DD` of a local date, for <input type="date">. */
export function dateInputValue(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnight of a `YYYY-MM-DD` value. */
export function startOfLocalDay(value: string): number {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year!, month! - 1, day!).getTime();
}
