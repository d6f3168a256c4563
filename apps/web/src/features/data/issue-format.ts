import type { PaginationItem } from '../../components/govuk/Pagination.tsx';
import type { BlockingProblem, Issue } from './types.ts';

/** The field that identifies a row of a table with several rows per child, in words (SSDA903 tables). */
const LOCATOR_WORDS: Readonly<Record<string, string>> = {
  Episodes: 'Episode starting',
  Missing: 'Missing or away from placement from',
  Reviews: 'Review on',
  PlacedAdoption: 'Placed for adoption on',
  SWEpisodes: 'Social worker episode starting',
  DoLo: 'Deprivation of liberty order starting',
};

/** A table name in words; "_last" means last year's return: "Episodes_last" → "Episodes (last year)". */
export function tableLabel(table: string): string {
  return table.endsWith('_last') ? `${table.slice(0, -5)} (last year)` : table;
}

/** Which record of the child the issue is about: "Episode starting 15/02/2016", or '' when the table has one row. */
export function recordLabel(issue: Pick<Issue, 'table' | 'locator'>): string {
  if (!issue.locator) return '';
  const words = LOCATOR_WORDS[issue.table.replace(/_last$/, '')];
  return words ? `${words} ${issue.locator}` : issue.locator;
}

/** Where the row is: "episodes.csv line 23", or "Row 4" (1-based) when the file line is unknown. */
export function placeLabel(issue: Pick<Issue, 'file' | 'line' | 'row'>): string {
  if (issue.line !== null && issue.line !== undefined)
    return issue.file ? `${issue.file} line ${issue.line}` : `Line ${issue.line}`;
  if (issue.row !== null && issue.row !== undefined) return `Row ${issue.row + 1}`;
  return '–';
}

/** The flagged values as "FIELD: value" lines; a blank value shows as "(blank)". */
export function valueLines(issue: Pick<Issue, 'fields' | 'values'>): string[] {
  const fields = issue.fields.length > 0 ? issue.fields : Object.keys(issue.values);
  return fields.map((f) => `${f}: ${issue.values[f] ? issue.values[f] : '(blank)'}`);
}

/**
 * Numbered page links for GOV.UK pagination: the first, the last, and the pages either side of the current one,
 * with an ellipsis for a gap of two or more pages ("1 … 4 5 6 … 20").
 */
export function pageItems(current: number, pages: number, href: (page: number) => string): PaginationItem[] {
  const wanted = new Set([1, pages, current - 1, current, current + 1].filter((p) => p >= 1 && p <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  let previous = 0;
  for (const p of sorted) {
    if (p - previous === 2) items.push({ number: p - 1, href: href(p - 1) });
    else if (p - previous > 2) items.push({ ellipsis: true });
    items.push({ number: p, href: href(p), current: p === current });
    previous = p;
  }
  return items;
}

/**
 * "header.csv, line 3, column DOB: …" — where the problem is, then what it is. Messages that already start with
 * the file name (the reader's own) are shown as they are.
 */
export function problemText(p: BlockingProblem): string {
  if (p.file && p.message.startsWith(p.file)) return p.message;
  const place = [
    p.file,
    p.line !== undefined && p.line !== null ? `line ${p.line}` : '',
    p.column && `column ${p.column}`,
  ]
    .filter(Boolean)
    .join(', ');
  return place ? `${place}: ${p.message}` : p.message;
}
