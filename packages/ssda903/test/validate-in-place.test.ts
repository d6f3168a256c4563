import { describe, expect, it } from 'vitest';
import {
  applyPostcodeFields,
  generateReturn,
  readPostcodeReference,
  readReturn,
  validateReturn,
} from '../src/index.ts';

describe('validateReturn with a postcode reference', () => {
  it('derives PL_LA, PL_LOCATION and PL_DISTANCE as applyPostcodeFields does, and leaves the tables as read', async () => {
    const g = await generateReturn({ children: 300, year: 2026, seed: 8, laCode: 'E06009901', providerLists: false });
    const postcodes = readPostcodeReference(g.postcodes, g.authorities);
    const current = readReturn(g.current);
    const previous = readReturn(g.previous);
    const expected = (rows = current.tables.Episodes!) =>
      applyPostcodeFields({ Episodes: rows }, postcodes, 'E06009901').Episodes!.map((e) => [
        e.PL_LA,
        e.PL_LOCATION,
        e.PL_DISTANCE,
      ]);
    const wanted = { current: expected(), previous: expected(previous.tables.Episodes!) };
    expect(wanted.current.some(([, location]) => location === 'OUT')).toBe(true);
    expect(wanted.current.some(([, , miles]) => miles !== '' && Number(miles) > 20)).toBe(true);
    const seen: { current?: string[][]; previous?: string[][] } = {};
    const derived = (rows: readonly { PL_LA: string; PL_LOCATION: string; PL_DISTANCE: string }[]) =>
      rows.map((e) => [e.PL_LA, e.PL_LOCATION, e.PL_DISTANCE]);
    validateReturn(
      { year: 2026, current, previous, postcodes, laCode: 'e06009901' },
      {
        rules: ['164'],
        onProgress: () => {
          seen.current = derived(current.tables.Episodes!);
          seen.previous = derived(previous.tables.Episodes!);
        },
      },
    );
    expect(seen).toEqual(wanted);
    const blank = (rows: readonly { PL_LA: string; PL_LOCATION: string; PL_DISTANCE: string }[]) =>
      rows.every((e) => e.PL_LA === '' && e.PL_LOCATION === '' && e.PL_DISTANCE === '');
    expect(blank(current.tables.Episodes!)).toBe(true);
    expect(blank(previous.tables.Episodes!)).toBe(true);
  });

  it('puts back derived values the caller had filled in, also when both years share rows', () => {
    const row = {
      CHILD: 'A',
      DECOM: '2025-05-01',
      RNE: 'S',
      LS: 'C2',
      CIN: 'N1',
      PLACE: 'U4',
      PLACE_PROVIDER: 'PR1',
      DEC: '',
      REC: '',
      REASON_PLACE_CHANGE: '',
      HOME_POST: 'KF1 1AA',
      PL_POST: 'KF3 4RT',
      URN: 'SC000001',
      PL_LA: 'E99999999',
      PL_LOCATION: 'OUT',
      PL_DISTANCE: '9.9',
    };
    const ret = { tables: { Episodes: [row] }, sources: [], format: 'csv' as const };
    const csv = (text: string) => ({ name: 'f.csv', bytes: new TextEncoder().encode(text) });
    const postcodes = readPostcodeReference(
      csv('pcd,oseast1m,osnrth1m,laua\nKF1 1AA,452000,301000,E06009901\nKF3 4RT,455200,298400,E06009901\n'),
      csv('LTLA21CD,LTLA21NM,UTLA21CD,UTLA21NM\nE06009901,Kellingford,E06009901,Kellingford\n'),
    );
    let during: string[] = [];
    validateReturn(
      { year: 2026, current: ret, previous: ret, postcodes, laCode: 'E06009901' },
      { rules: ['164'], onProgress: () => (during = [row.PL_LA, row.PL_LOCATION, row.PL_DISTANCE]) },
    );
    expect(during).toEqual(['E06009901', 'IN', '2.6']);
    expect([row.PL_LA, row.PL_LOCATION, row.PL_DISTANCE]).toEqual(['E99999999', 'OUT', '9.9']);
  });
});
