import { describe, expect, it } from 'vitest';
import {
  PREVIOUS_YEAR_TABLES,
  readProviderLists,
  readReturn,
  SUPPORTED_YEARS,
  TABLE_NAMES,
  type TableName,
  validateReturn,
} from '../src/index.ts';
import { fakeReturnCsvFiles, fixtureFile, textFile } from './fixtures.ts';

const providers = await readProviderLists([
  fixtureFile('ofsted-provider-lists-fake/ch_fake.xlsx'),
  fixtureFile('ofsted-provider-lists-fake/scp_fake.xlsx'),
]);

/** Last year's return with every table read, recording which tables validation looks at. */
function watchedPreviousYear() {
  const previous = readReturn(fakeReturnCsvFiles());
  const read = new Set<TableName>();
  const tables = new Proxy(previous.tables, {
    get(target, key, receiver) {
      if ((TABLE_NAMES as readonly unknown[]).includes(key)) read.add(key as TableName);
      return Reflect.get(target, key, receiver);
    },
    ownKeys(target) {
      for (const name of TABLE_NAMES) read.add(name);
      return Reflect.ownKeys(target);
    },
  });
  return { previous: { ...previous, tables }, read };
}

describe("last year's tables", () => {
  it('lists every table the rules of any year read, and no other', () => {
    const current = readReturn(fakeReturnCsvFiles());
    const readInAnyYear = new Set<TableName>();
    for (const year of SUPPORTED_YEARS) {
      const { previous, read } = watchedPreviousYear();
      validateReturn({ year, current, previous, providers });
      for (const table of read) readInAnyYear.add(table);
    }
    expect([...readInAnyYear].sort()).toEqual([...PREVIOUS_YEAR_TABLES].sort());
  });

  it('gives the same result when only those tables are read', () => {
    const current = readReturn(fakeReturnCsvFiles());
    const full = validateReturn({ year: 2026, current, previous: readReturn(fakeReturnCsvFiles()), providers });
    const partial = readReturn(fakeReturnCsvFiles(), { tables: PREVIOUS_YEAR_TABLES });
    expect(Object.keys(partial.tables).sort()).toEqual([...PREVIOUS_YEAR_TABLES].sort());
    const limited = validateReturn({ year: 2026, current, previous: partial, providers });
    expect(limited.flaggedRowsByRule).toEqual(full.flaggedRowsByRule);
    expect(limited.issues.length).toBe(full.issues.length);
  });

  it('still refuses two files of a table it does not read', () => {
    const reviews = 'CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2015,01/06/2025,PN1\n';
    expect(() =>
      readReturn([textFile('reviews.csv', reviews), textFile('reviews-copy.csv', reviews)], {
        tables: PREVIOUS_YEAR_TABLES,
      }),
    ).toThrow('Both reviews.csv and reviews-copy.csv are the Reviews table');
  });
});
