import { describe, expect, it } from 'vitest';
import { invalidDates, readReturn } from '../src/index.ts';
import { fakeReturnCsvFiles, textFile } from './fixtures.ts';

describe('invalidDates', () => {
  it('lists each date cell that is not a real date, with file, line, row and column', () => {
    const ret = readReturn([
      textFile(
        'uasc.csv',
        'CHILD,SEX,DOB,DUC\n1,M,31/02/2010,\n2,F,01/01/2010,2020-01-01x\n3,F,2010-13-01,2020-01-02\n',
      ),
      textFile(
        'perm.csv',
        'CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\n1,01/01/2010,P1,999,ZZ/06/2015\n2,01/01/2010,P1,999,ZZ/13/2015\n',
      ),
    ]);
    expect(invalidDates(ret)).toEqual([
      { file: 'uasc.csv', line: 2, table: 'UASC', row: 0, column: 'DOB', value: '31/02/2010' },
      { file: 'uasc.csv', line: 3, table: 'UASC', row: 1, column: 'DUC', value: '2020-01-01X' },
      { file: 'uasc.csv', line: 4, table: 'UASC', row: 2, column: 'DOB', value: '2010-13-01' },
      { file: 'perm.csv', line: 3, table: 'PrevPerm', row: 1, column: 'DATE_PERM', value: 'ZZ/13/2015' },
    ]);
  });

  it('finds none in the public fake return', () => {
    expect(invalidDates(readReturn(fakeReturnCsvFiles()))).toEqual([]);
  });
});
