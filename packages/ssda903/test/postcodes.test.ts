import { describe, expect, it } from 'vitest';
import { applyPostcodeFields, readPostcodeReference, Ssda903InputError, type Tables } from '../src/index.ts';
import { textFile } from './fixtures.ts';

const POSTCODES = [
  'pcd,oseast1m,osnrth1m,laua,other',
  'AB1 2CD,530000,180000,E09000001,x',
  'AB1 3EF,530000,196093,E09000001,x',
  'XY9 9ZZ,534000,183000,E07000001,x',
  'EH1 1AA,325000,673000,S12000036,x',
  'CF1 1AA,318000,176000,W06000015,x',
  'BT1 1AA,,,N09000003,x',
].join('\n');
const AUTHORITIES = [
  'LTLA21CD,LTLA21NM,UTLA21CD,UTLA21NM',
  'E09000001,City,E09000001,City',
  'E07000001,District,E10000001,County',
].join('\n');

const reference = readPostcodeReference(textFile('pcd.csv', POSTCODES), textFile('la.csv', AUTHORITIES));

function episode(HOME_POST: string, PL_POST: string) {
  return {
    CHILD: '1',
    DECOM: '',
    RNE: '',
    LS: '',
    CIN: '',
    PLACE: '',
    PLACE_PROVIDER: '',
    DEC: '',
    REC: '',
    REASON_PLACE_CHANGE: '',
    HOME_POST,
    PL_POST,
    URN: '',
    PL_LA: '',
    PL_LOCATION: '',
    PL_DISTANCE: '',
  };
}

describe('postcode reference', () => {
  it('matches postcodes ignoring spaces and case, and skips rows without a grid reference', () => {
    expect(reference.size).toBe(5);
    expect(reference.lookup('ab12cd')).toEqual({ easting: 530000, northing: 180000, ltla: 'E09000001' });
    expect(reference.lookup(' AB1  2CD ')).toBeDefined();
    expect(reference.lookup('BT1 1AA')).toBeUndefined();
    expect(reference.authority('e07000001')?.utlaCode).toBe('E10000001');
  });

  it('derives PL_LA (upper tier), PL_LOCATION and PL_DISTANCE (miles, 1 d.p.) for each episode', () => {
    const tables: Tables = {
      Episodes: [
        episode('AB1 2CD', 'AB1 3EF'),
        episode('AB1 2CD', 'XY9 9ZZ'),
        episode('AB1 2CD', 'EH1 1AA'),
        episode('AB1 2CD', 'CF11AA'),
        episode('', 'ZZ9 9ZZ'),
      ],
    };
    const derived = applyPostcodeFields(tables, reference, 'e09000001').Episodes!;
    expect(derived.map((e) => [e.PL_LA, e.PL_LOCATION, e.PL_DISTANCE])).toEqual([
      ['E09000001', 'IN', '10.0'],
      ['E10000001', 'OUT', '3.1'],
      ['SCO', 'OUT', '331.8'],
      ['WAL', 'OUT', '131.8'],
      ['', '', ''],
    ]);
    expect(tables.Episodes![0]!.PL_LA).toBe('');
  });

  it('names the missing columns of a file in the wrong format', () => {
    try {
      readPostcodeReference(textFile('pcd.csv', 'postcode,east,north\n'), textFile('la.csv', AUTHORITIES));
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(Ssda903InputError);
      expect((error as Ssda903InputError).file).toBe('pcd.csv');
      expect((error as Error).message).toMatch(/missing the column\(s\) pcd, oseast1m, osnrth1m, laua/);
    }
  });
});
