import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type StitchEpisode, type StitchInput, type StitchResult, stitchEpisodes } from '../src/index.ts';
import { fixturePath } from './fixtures.ts';

/** The LIIA sample: rows of several returns, with the extra columns LA and YEAR (ISO dates, CRLF). */
function sampleByAuthority(): Map<string, StitchInput[]> {
  const text = readFileSync(
    fixturePath('ssda903-episode-stitching-sample/SSDA903_episodes_for_testing_fixes_INPUT.csv'),
    'utf8',
  );
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l !== '');
  const columns = header!.split(',');
  const out = new Map<string, Map<number, StitchEpisode[]>>();
  for (const line of lines) {
    const cells = line.split(',');
    const value = (name: string) => cells[columns.indexOf(name)] ?? '';
    const episode = Object.fromEntries(
      ['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE']
        .concat(['HOME_POST', 'PL_POST', 'URN'])
        .map((c) => [c, value(c)]),
    ) as StitchEpisode;
    const la = value('LA');
    const year = Number(value('YEAR'));
    if (!out.has(la)) out.set(la, new Map());
    const years = out.get(la)!;
    if (!years.has(year)) years.set(year, []);
    years.get(year)!.push(episode);
  }
  return new Map([...out].map(([la, years]) => [la, [...years].map(([year, episodes]) => ({ year, episodes }))]));
}

const results = new Map([...sampleByAuthority()].map(([la, returns]) => [la, stitchEpisodes(returns)]));

/** One child's fixes as `rule action field:from>to` strings, and the child's stitched rows. */
function child(result: StitchResult, id: string) {
  return {
    fixes: result.fixes
      .filter((f) => f.child === id)
      .map((f) =>
        [f.decom, f.rule, f.action, ...Object.entries(f.changes).map(([k, v]) => `${k}:${v.from}>${v.to}`)].join(' '),
      ),
    rows: result.episodes
      .filter((e) => e.episode.CHILD === id)
      .map((e) => `${e.year} ${e.episode.DECOM}..${e.episode.DEC} ${e.episode.REC} ${e.rules.join('|')}`.trim()),
  };
}

const barking = () => results.get('Barking and Dagenham')!;

describe('stitchEpisodes on the LIIA sample (one child per rule)', () => {
  it('RULE_1: an open episode followed by a non-S episode ends when the next starts, X1, LIIAF for a move', () => {
    expect(child(barking(), 'RULE1_BAD')).toEqual({
      fixes: ['2016-01-13 RULE_1 update DEC:>2017-08-20 REC:>X1 REASON_PLACE_CHANGE:>LIIAF'],
      rows: [
        '2018 2016-01-13..2017-08-20 X1 RULE_1',
        '2020 2017-08-20..2019-06-21 X1',
        '2020 2019-06-21..2019-07-23 E6',
      ],
    });
  });

  it('RULE_1A: an open episode followed by a new period ends on 31 March or the day before, REC E99', () => {
    expect(child(barking(), 'RULE1A_BAD')).toEqual({
      fixes: ['2016-10-24 RULE_1A update DEC:>2017-03-31 REC:>E99'],
      rows: [
        '2017 2016-01-22..2016-10-24 X1',
        '2017 2016-10-24..2017-03-31 E99 RULE_1A',
        '2018 2017-04-20..2017-06-13 E8',
      ],
    });
  });

  it('RULE_2: an open episode with no next episode ends on 31 March of its return, REC E99', () => {
    expect(child(barking(), 'RULE2_BAD')).toEqual({
      fixes: ['2019-05-10 RULE_2 update DEC:>2020-03-31 REC:>E99'],
      rows: ['2020 2019-05-10..2020-03-31 E99 RULE_2'],
    });
  });

  it('RULE_3: an open episode duplicating its neighbour is dropped', () => {
    expect(child(barking(), 'RULE3_BAD')).toEqual({
      fixes: ['2016-09-27 RULE_3 delete'],
      rows: ['2018 2016-09-23..2017-05-30 E2'],
    });
  });

  it('RULE_3A: an open episode after one from a later return is dropped', () => {
    expect(child(barking(), 'RULE3A_BAD')).toEqual({
      fixes: ['2018-03-22 RULE_3A delete'],
      rows: ['2018 2017-11-25..2018-01-25 X1', '2019 2018-01-25..2018-05-16 E45'],
    });
  });

  it('RULE_4: an episode overlapping the next one, from a later return, ends when the next starts', () => {
    // The open 2018-12-24 row is dropped in stage 1 (RULE_3A); the first row then overlaps the 2018-12-20 row.
    expect(child(barking(), 'RULE4_BAD')).toEqual({
      fixes: ['2018-12-24 RULE_3A delete', '2018-11-23 RULE_4 update DEC:2018-12-24>2018-12-20'],
      rows: [
        '2019 2018-11-23..2018-12-20 X1 RULE_4',
        '2020 2018-12-20..2019-08-19 X1',
        '2020 2019-08-19..2019-10-01 E4A',
      ],
    });
  });

  it('RULE_5: an X1 episode with a gap before the next one, from a later return, ends when the next starts', () => {
    expect(child(barking(), 'RULE5_BAD')).toEqual({
      fixes: ['2019-11-06 RULE_5 update DEC:2020-03-29>2020-04-02'],
      rows: ['2020 2019-11-06..2020-04-02 X1 RULE_5', '2022 2020-04-02..'],
    });
  });

  it('leaves the control children alone, including open episodes in the latest return', () => {
    const controls = [
      child(barking(), 'NORULE_BAD'),
      child(results.get('Newham')!, 'NORULE_NEW'),
      child(results.get('Sutton')!, 'NORULE_SUT'),
    ];
    expect(controls.map((c) => c.fixes)).toEqual([[], [], []]);
    expect(controls.map((c) => c.rows.length)).toEqual([2, 2, 1]);
  });

  it('never changes the input rows', () => {
    const returns = sampleByAuthority().get('Barking and Dagenham')!;
    const before = JSON.stringify(returns);
    stitchEpisodes(returns);
    expect(JSON.stringify(returns)).toBe(before);
  });
});

describe('stitchEpisodes on consecutive returns', () => {
  const row = (decom: string, dec: string, rec: string, rne = 'P'): StitchEpisode => ({
    CHILD: 'A1',
    DECOM: decom,
    RNE: rne,
    LS: 'C2',
    CIN: 'N1',
    PLACE: 'U4',
    PLACE_PROVIDER: 'PR1',
    DEC: dec,
    REC: rec,
    REASON_PLACE_CHANGE: '',
    HOME_POST: 'KF1 1AA',
    PL_POST: 'KF3 4RT',
    URN: 'SC000001',
  });

  it('keeps the latest return’s copy of an episode present in both and fixes nothing else', () => {
    const result = stitchEpisodes([
      { year: 2025, episodes: [row('2024-06-01', '', '', 'S')] },
      { year: 2026, episodes: [row('2024-06-01', '2025-09-01', 'X1', 'S'), row('2025-09-01', '', '')] },
    ]);
    expect(result.fixes.map((f) => [f.year, f.row, f.rule, f.action])).toEqual([[2025, 0, 'SUPERSEDED', 'delete']]);
    expect(result.episodes.map((e) => [e.year, e.row, e.episode.DEC])).toEqual([
      [2026, 0, '2025-09-01'],
      [2026, 1, ''],
    ]);
  });
});
