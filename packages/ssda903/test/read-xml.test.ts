import { describe, expect, it } from 'vitest';
import { readReturn, Ssda903InputError } from '../src/index.ts';
import { fixtureFile, textFile } from './fixtures.ts';

function xmlError(text: string): Ssda903InputError {
  try {
    readReturn([textFile('return.xml', text)]);
  } catch (error) {
    if (error instanceof Ssda903InputError) return error;
    throw error;
  }
  throw new Error('expected readReturn to fail');
}

describe('readReturn — XML (EXPSSDA903)', () => {
  const ret = readReturn([fixtureFile('ssda903-fake-returns/fake_903.xml')]);

  it('maps the XML onto the CSV tables', () => {
    expect(ret.format).toBe('xml');
    const counts = Object.fromEntries(Object.entries(ret.tables).map(([t, rows]) => [t, rows.length]));
    expect(counts).toEqual({
      Header: 253,
      Episodes: 459,
      UASC: 12,
      Reviews: 1206,
      OC2: 253,
      OC3: 6,
      AD1: 3,
      PlacedAdoption: 3,
      PrevPerm: 253,
      Missing: 6,
    });
    expect(ret.tables.SWEpisodes).toBeUndefined();
  });

  it('renames CHILDID to CHILD and PL to PLACE, and copies child values onto derived rows', () => {
    expect(ret.tables.Header![0]).toEqual({
      CHILD: '907440',
      SEX: '2',
      DOB: '2010-07-28',
      ETHNIC: 'BAFR',
      UPN: 'O013219285333',
      MOTHER: '',
      MC_DOB: '',
      UASC: '',
    });
    expect(ret.tables.Episodes![0]).toMatchObject({ CHILD: '907440', PLACE: 'R5', DECOM: '2017-01-06', REC: 'X1' });
    expect(ret.tables.Reviews![0]).toEqual({
      CHILD: '907440',
      DOB: '2010-07-28',
      REVIEW: '2015-09-27',
      REVIEW_CODE: 'PN0',
    });
    const uasc = ret.tables.UASC![0]!;
    const header = ret.tables.Header!.find((h) => h.CHILD === uasc.CHILD)!;
    expect(header.UASC).toBe('1');
    expect(uasc.DUC).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('records the line of each element', () => {
    const text =
      '<?xml version="1.0"?>\n<EXPSSDA903>\n<CHILD>\n<HEADER><CHILDID>a1</CHILDID><DOB>01/02/2010</DOB>\n<AREVIEW><REVIEW>01/05/2020</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW></HEADER>\n<EPISODE><DECOM>01/04/2020</DECOM><PL>U1</PL></EPISODE>\n</CHILD>\n</EXPSSDA903>\n';
    const small = readReturn([textFile('r.xml', text)]);
    const lines = Object.fromEntries(small.sources.map((s) => [s.table, s.lines]));
    expect(lines.Header).toEqual([3]);
    expect(lines.Reviews).toEqual([5]);
    expect(lines.Episodes).toEqual([6]);
    expect(small.tables.Episodes![0]).toMatchObject({ CHILD: 'A1', PLACE: 'U1', DECOM: '2020-04-01' });
  });

  it('refuses a DTD and entity declarations', () => {
    const error = xmlError(
      '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<EXPSSDA903>&e;</EXPSSDA903>',
    );
    expect(error.file).toBe('return.xml');
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/DOCTYPE/);
  });

  it('reports a truncated file with the line where it ends', () => {
    const error = xmlError('<EXPSSDA903>\n<CHILD>\n<HEADER><CHILDID>1</CHILDID>\n');
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/not well formed.*cut off/);
  });

  it('reports malformed XML with its line and a file that is not a 903 return', () => {
    const error = xmlError('<EXPSSDA903>\n<CHILD></HEADER>\n</EXPSSDA903>');
    expect(error.line).toBe(2);
    expect(xmlError('<CLA><CHILD/></CLA>').message).toMatch(/not an SSDA903 XML return/);
  });

  it('allows only one XML file per return', () => {
    expect(() => readReturn([textFile('a.xml', '<EXPSSDA903/>'), textFile('b.xml', '<EXPSSDA903/>')])).toThrow(
      /Only one XML file/,
    );
  });
});
