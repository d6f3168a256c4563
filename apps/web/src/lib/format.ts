import { formatLongDate } from '@waypoint/calendar';

/** "1 May 2026", or an en dash when there is no date. */
export function date(iso: string | null | undefined): string {
  return iso ? formatLongDate(iso.slice(0, 10)) : '–';
}

/** "1 May 2026 at 3:05pm" in UK time. */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')} at ${get('hour')}:${get('minute')}${get('dayPeriod').toLowerCase()}`;
}

/** "3 days" / "1 day". */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${Math.abs(n) === 1 ? word : pluralWord}`;
}

/** File size in KB or MB. */
export function fileSize(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
