import type { Role } from '@waypoint/contracts';
import { describe, expect, it } from 'vitest';
import {
  canImportData,
  canViewData,
  countOf,
  datasetInfo,
  isImportId,
  isRunning,
  STATUS_TAGS,
  stageLabel,
  tablesInOrder,
  yearHint,
  yearLabel,
} from './datasets.ts';
import { pageItems, placeLabel, problemText, recordLabel, tableLabel, valueLines } from './issue-format.ts';
import { issuesFilters, issuesSearchSchema } from './issues-search.ts';

describe('statutory data catalogue', () => {
  it('names collection years by their start and end, with the end date as a hint', () => {
    expect(yearLabel(2025)).toBe('2024 to 2025');
    expect(yearHint(2025)).toBe('(collection year ends 31 March 2025)');
  });

  it('offers the years the API has rules for, and only an XML file for the CIN census', () => {
    expect(datasetInfo('ssda903')?.years).toEqual([2027, 2026, 2025, 2024]);
    expect(datasetInfo('ssda903')?.slots.map((s) => s.name)).toEqual(['current', 'previous', 'providers']);
    expect(datasetInfo('ssda903')?.postcodeSlots.map((s) => s.name)).toEqual(['postcodes', 'authorities']);
    const cin = datasetInfo('cin');
    expect(cin?.slots).toEqual([expect.objectContaining({ name: 'current', multiple: false, accept: '.xml' })]);
    expect(cin?.postcodeSlots).toEqual([]);
    expect(datasetInfo('imports')).toBeUndefined();
  });

  it('lets analysts and administrators import, and improvement leads only look', () => {
    const roles: Role[] = ['admin', 'analyst', 'improvement-lead', 'action-owner', 'viewer'];
    expect(roles.map((r) => canViewData(r))).toEqual([true, true, true, false, false]);
    expect(canImportData('analyst')).toBe(true);
    expect(canImportData('improvement-lead')).toBe(false);
    expect(canViewData(undefined)).toBe(false);
  });

  it('says every status in words and polls only while the server works', () => {
    expect(STATUS_TAGS.superseded.text).toBe('Replaced by a later upload');
    expect(Object.values(STATUS_TAGS).every((t) => t.text.length > 0)).toBe(true);
    expect(isRunning('validating')).toBe(true);
    expect(isRunning('storing')).toBe(true);
    expect(isRunning('validated')).toBe(false);
    expect(stageLabel('Validating')).toBe('Checking the rules');
    expect(stageLabel('Storing Episodes')).toBe('Storing Episodes');
  });

  it('lists tables in the order of the return, unknown ones last', () => {
    expect(tablesInOrder({ OC2: 1, Zeta: 2, Episodes: 3, Header: 4, Alpha: 5 }).map(([t]) => t)).toEqual([
      'Header',
      'Episodes',
      'OC2',
      'Alpha',
      'Zeta',
    ]);
  });

  it('recognises import ids, so a mistyped address is "Page not found" rather than a server error', () => {
    expect(isImportId('9eee1f23-5356-4b03-a866-f8ec22f73fda')).toBe(true);
    expect(isImportId('9eee1f23')).toBe(false);
    expect(isImportId('upload')).toBe(false);
  });

  it('counts with thousands separators and the right plural', () => {
    expect(countOf(1, 'error')).toBe('1 error');
    expect(countOf(2675, 'query', 'queries')).toBe('2,675 queries');
    expect(countOf(null, 'file')).toBe('0 files');
  });
});

describe('issue and problem wording', () => {
  const issue = {
    child: '566910',
    table: 'Episodes_last',
    row: 4,
    line: 6,
    file: 'episodes.csv',
    fields: ['DECOM', 'RNE'],
    values: { DECOM: '15/02/2016', RNE: '' },
    locator: '15/02/2016',
  };

  it('names the table, the file line, the record and the values', () => {
    expect(tableLabel(issue.table)).toBe('Episodes (last year)');
    expect(tableLabel('Header')).toBe('Header');
    expect(placeLabel(issue)).toBe('episodes.csv line 6');
    expect(placeLabel({ ...issue, line: null })).toBe('Row 5');
    expect(recordLabel(issue)).toBe('Episode starting 15/02/2016');
    expect(recordLabel({ table: 'Header', locator: null })).toBe('');
    expect(valueLines(issue)).toEqual(['DECOM: 15/02/2016', 'RNE: (blank)']);
  });

  it('puts the place of a blocking problem before the message', () => {
    expect(problemText({ file: 'header.csv', line: 3, column: 'DOB', message: 'not a date' })).toBe(
      'header.csv, line 3, column DOB: not a date',
    );
    expect(problemText({ message: 'Give both postcode files.' })).toBe('Give both postcode files.');
    expect(problemText({ file: 'mystery.csv', line: 1, message: 'mystery.csv, line 1: unknown columns' })).toBe(
      'mystery.csv, line 1: unknown columns',
    );
  });

  it('numbers pages with the first, last and neighbours, and ellipses for longer gaps', () => {
    const href = (p: number) => `?page=${p}`;
    const shown = (current: number, pages: number) =>
      pageItems(current, pages, href).map((i) => ('ellipsis' in i ? '…' : `${i.number}${i.current ? '*' : ''}`));
    expect(shown(1, 1)).toEqual(['1*']);
    expect(shown(5, 20)).toEqual(['1', '…', '4', '5*', '6', '…', '20']);
    expect(shown(3, 5)).toEqual(['1', '2', '3*', '4', '5']);
    expect(shown(1, 4)).toEqual(['1*', '2', '3', '4']);
    expect(shown(20, 20)).toEqual(['1', '…', '19', '20*']);
  });
});

describe('issues filters in the address', () => {
  it('accepts rule codes and child ids the router read as numbers, and gives them back as text', () => {
    const search = issuesSearchSchema.parse({ rule: 101, child: 566910, page: '2' });
    expect(search).toEqual({ rule: 101, child: 566910, page: 2 });
    expect(issuesFilters(search)).toEqual({ rule: '101', child: '566910', page: 2 });
    expect(issuesFilters(issuesSearchSchema.parse({ rule: 'EPI', child: 'CHILD10' }))).toEqual({
      rule: 'EPI',
      child: 'CHILD10',
      page: undefined,
    });
  });

  it('drops filters that are blank, too long or not text', () => {
    expect(issuesSearchSchema.parse({ rule: 'x'.repeat(21), child: '  ', page: 0 })).toEqual({
      rule: undefined,
      child: undefined,
      page: undefined,
    });
    expect(issuesSearchSchema.parse({ child: { a: 1 }, rule: true }).child).toBeUndefined();
    expect(issuesSearchSchema.parse({ rule: true }).rule).toBeUndefined();
  });
});
