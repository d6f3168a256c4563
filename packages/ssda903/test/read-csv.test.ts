import { describe, expect, it } from 'vitest';
import { readReturn, type SourceFile, Ssda903InputError, TABLE_COLUMNS, TABLE_NAMES } from '../src/index.ts';
import { ROW_BUILDERS } from '../src/read/row-builders.ts';
import { fakeReturnCsvFiles, fixtureFile, textFile, utf8 } from './fixtures.ts';

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const UASC = 'CHILD,SEX,DOB,DUC';

function readError(files: SourceFile[], options?: { maxBytes?: number }): Ssda903InputError {
  try {
    readReturn(files, options);
  } catch (error) {
    if (error instanceof Ssda903InputError) return error;
    throw error;
  }
  throw new Error('expected readReturn to fail');
}

describe('readReturn — the public fake return (CSV)', () => {
  const ret = readReturn(fakeReturnCsvFiles());

  it('recognises every table by its header, whatever the file name', () => {
    expect(ret.format).toBe('csv');
    expect(ret.tables.Header).toHaveLength(2675);
    expect(ret.tables.Episodes).toHaveLength(5050);
    expect(ret.tables.Reviews).toHaveLength(12582);
    expect(ret.tables.OC2).toHaveLength(2675);
    expect(ret.tables.OC3).toHaveLength(53);
    expect(ret.tables.AD1).toHaveLength(29);
    expect(ret.tables.PlacedAdoption).toHaveLength(30);
    expect(ret.tables.PrevPerm).toHaveLength(2675);
    expect(ret.tables.UASC).toHaveLength(132);
    expect(ret.tables.Missing).toHaveLength(43);
    expect(ret.tables.SWEpisodes).toHaveLength(1);
    expect(ret.tables.DoLo).toHaveLength(1);
    const placed = ret.sources.find((s) => s.table === 'PlacedAdoption');
    expect(placed?.file).toBe('placed_for_adoption_errors.csv');
  });

  it('converts real dd/mm/yyyy dates to ISO and adds the derived columns', () => {
    expect(ret.tables.Header![0]).toEqual({
      CHILD: '566910',
      SEX: '2',
      DOB: '2008-03-27',
      ETHNIC: 'WROM',
      UPN: 'D051910639385',
      MOTHER: '',
      MC_DOB: '',
      UASC: '0',
    });
    expect(ret.tables.Episodes![1]).toMatchObject({
      CHILD: '566910',
      DECOM: '2017-08-14',
      PLACE: 'A3',
      DEC: '',
      HOME_POST: 'EG19 7TT',
      PL_LA: '',
      PL_LOCATION: '',
      PL_DISTANCE: '',
    });
  });

  it('derives the Header UASC flag from the UASC table', () => {
    const uasc = new Set(ret.tables.UASC!.map((r) => r.CHILD));
    const flagged = ret.tables.Header!.filter((h) => h.UASC === '1');
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((h) => uasc.has(h.CHILD))).toBe(true);
  });

  it('strips a byte-order mark and reads CRLF files (sw_episodes.csv)', () => {
    expect(ret.tables.SWEpisodes![0]).toEqual({
      CHILD: 'CHILD10',
      DOB: '1993-12-05',
      SW_ID: 'SW999',
      SW_DECOM: '2020-01-01',
      SW_DEC: '2020-01-03',
      SW_REASON: 'SWLAZY',
    });
  });

  it('reads a last line with no line break (DoLo.csv) and records 1-based lines', () => {
    expect(ret.tables.DoLo![0]!.DOLO_END).toBe('2025-01-02');
    const episodes = ret.sources.find((s) => s.table === 'Episodes')!;
    expect(episodes.lines.slice(0, 3)).toEqual([2, 3, 4]);
  });
});

describe('row builders', () => {
  it.each(TABLE_NAMES)('%s rows have exactly the DfE columns, in order, plus the derived ones', (table) => {
    const columns: readonly string[] = TABLE_COLUMNS[table];
    const row = ROW_BUILDERS[table](columns.map((_, i) => `v${i}`));
    const derived = table === 'Header' ? ['UASC'] : table === 'Episodes' ? ['PL_LA', 'PL_LOCATION', 'PL_DISTANCE'] : [];
    expect(Object.keys(row)).toEqual([...columns, ...derived]);
    expect(columns.map((c) => row[c])).toEqual(columns.map((_, i) => `v${i}`));
  });
});

describe('readReturn — CSV details', () => {
  it('accepts columns in any order and case, trims and upper-cases values', () => {
    const ret = readReturn([textFile('a.csv', 'dob, child ,DUC,Sex\n 01/02/2010 ,c1,,m\n')]);
    expect(ret.tables.UASC).toEqual([{ CHILD: 'C1', SEX: 'M', DOB: '2010-02-01', DUC: '' }]);
  });

  it('keeps dates that are not real dates as written, so date rules can flag them', () => {
    const ret = readReturn([textFile('u.csv', `${UASC}\n1,M,31/02/2010,2020-13-01\n2,F,1/2/2010,01/02/10\n`)]);
    expect(ret.tables.UASC!.map((r) => [r.DOB, r.DUC])).toEqual([
      ['31/02/2010', '2020-13-01'],
      ['2010-02-01', '01/02/10'],
    ]);
  });

  it('follows RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes', () => {
    const csv = `${HEADER}\r\n"1","M","01/01/2010","WBRI","A,B","1",""\r\n"2","F","01/01/2011","""Q""","x\ny","",""\r\n3,F,01/01/2012,WBRI,,,\r\n`;
    const ret = readReturn([textFile('h.csv', csv)]);
    expect(ret.tables.Header!.map((h) => h.UPN)).toEqual(['A,B', 'X\nY', '']);
    expect(ret.tables.Header![1]!.ETHNIC).toBe('"Q"');
    expect(ret.sources[0]!.lines).toEqual([2, 3, 5]);
  });

  it('skips blank lines (and rows of empty cells) but keeps counting lines', () => {
    const ret = readReturn([
      textFile('h.csv', `${HEADER}\n\n1,M,01/01/2010,WBRI,,,\n,,,,,,\n\n2,F,01/01/2011,WBRI,,,`),
    ]);
    expect(ret.tables.Header!.map((h) => h.CHILD)).toEqual(['1', '2']);
    expect(ret.sources[0]!.lines).toEqual([3, 6]);
  });

  it('reads Windows-1252 files (invalid UTF-8) and converts them', () => {
    const bytes = new Uint8Array([...utf8(`${HEADER}\n1,M,01/01/2010,WBRI,`), 0xc9, ...utf8('X,,\n')]);
    const ret = readReturn([{ name: 'h.csv', bytes }]);
    expect(ret.tables.Header![0]!.UPN).toBe('ÉX');
  });

  it('refuses UTF-16 files, with or without a byte-order mark', () => {
    const withBom = new Uint8Array([0xff, 0xfe, ...[...utf8(HEADER)].flatMap((b) => [b, 0])]);
    const withoutBom = new Uint8Array([...utf8(HEADER)].flatMap((b) => [b, 0]));
    for (const bytes of [withBom, withoutBom]) {
      const error = readError([{ name: 'h.csv', bytes }]);
      expect(error.file).toBe('h.csv');
      expect(error.message).toMatch(/UTF-16.*CSV UTF-8/);
    }
  });

  it('refuses binary files and Excel workbooks', () => {
    expect(readError([{ name: 'x.csv', bytes: new Uint8Array([1, 2, 0, 3, 4, 5, 6, 0, 0, 0, 9]) }]).message).toMatch(
      /not a text file/,
    );
    expect(readError([fixtureFile('ofsted-provider-lists-fake/ch_fake.xlsx')]).message).toMatch(/Excel workbook/);
  });

  it('names the columns found and the closest table for an unknown header', () => {
    const error = readError([
      textFile(
        'eps.csv',
        'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN_NO\n',
      ),
    ]);
    expect(error.file).toBe('eps.csv');
    expect(error.line).toBe(1);
    expect(error.message).toContain('URN_NO');
    expect(error.message).toContain('closest is Episodes (missing URN; not expected URN_NO)');
  });

  it('refuses two files for one table, naming both', () => {
    const error = readError([textFile('a.csv', `${UASC}\n`), textFile('b.csv', `${UASC}\n`)]);
    expect(error.message).toContain('Both a.csv and b.csv are the UASC table');
  });

  it('refuses a row with more values than columns, naming its line', () => {
    const error = readError([textFile('u.csv', `${UASC}\n1,M,01/01/2010,\n2,M,01/01/2010,,EXTRA\n`)]);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/5 values but the header has 4 columns/);
  });

  it('refuses an unclosed quote, naming the line where it opened', () => {
    const error = readError([textFile('u.csv', `${UASC}\n1,M,"01/01/2010,\n2,F,01/01/2010,\n`)]);
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/never closed/);
  });

  it('refuses an empty upload, an empty file, a header-less file and a file over the size limit', () => {
    expect(readError([]).message).toMatch(/No files were uploaded/);
    expect(readError([textFile('e.csv', '')]).message).toMatch(/The file is empty/);
    expect(readError([textFile('e.csv', '\n\n')]).message).toMatch(/no header row/);
    const big = readError([textFile('h.csv', `${HEADER}\n`)], { maxBytes: 10 });
    expect(big.file).toBe('h.csv');
    expect(big.message).toMatch(/over the 10 bytes limit/);
  });

  it('refuses CSV and XML in one upload', () => {
    const error = readError([textFile('h.csv', `${HEADER}\n`), textFile('r.xml', '<EXPSSDA903/>')]);
    expect(error.message).toMatch(/cannot be mixed.*h\.csv is CSV, r\.xml is XML/);
  });
});
