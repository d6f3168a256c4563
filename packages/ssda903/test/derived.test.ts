import { describe, expect, it } from 'vitest';
import {
  type CareEpisode,
  continuouslyLookedAfter12Months,
  lookedAfterOn,
  type PlacementEpisode,
  periodsOfCare,
  placements,
} from '../src/index.ts';

/** An episode with the fields the cohort functions read; blanks where not given. */
function ep(child: string, decom: string, dec: string, values: Partial<PlacementEpisode> = {}): PlacementEpisode {
  return {
    CHILD: child,
    DECOM: decom,
    DEC: dec,
    RNE: 'S',
    LS: 'C2',
    REC: dec === '' ? '' : 'E4A',
    PLACE: 'U4',
    PLACE_PROVIDER: 'PR1',
    URN: 'SC000001',
    PL_POST: 'KF1 1AA',
    ...values,
  };
}

describe('lookedAfterOn', () => {
  const episodes: CareEpisode[] = [
    ep('open', '2025-01-10', ''),
    ep('leaves-on-date', '2025-01-10', '2026-03-31'),
    ep('leaves-day-after', '2025-01-10', '2026-04-01'),
    ep('starts-on-date', '2026-03-31', ''),
    ep('starts-day-after', '2026-04-01', ''),
    ep('short-break', '2026-03-30', '2026-04-02', { LS: 'V3' }),
    ep('bad-end-date', '2025-01-10', '31/13/2026'),
  ];

  it('counts an episode starting on the date, open or ending after it, and not one ending on it', () => {
    expect([...lookedAfterOn(episodes, '2026-03-31')].sort()).toEqual([
      'bad-end-date',
      'leaves-day-after',
      'open',
      'starts-on-date',
    ]);
  });

  it('leaves out V3/V4 short breaks but counts the same child on a non-short-break episode', () => {
    const mixed = [ep('c', '2026-03-01', '2026-03-31', { LS: 'V3' }), ep('c', '2026-03-31', '', { LS: 'V2' })];
    expect([...lookedAfterOn(mixed, '2026-03-30')]).toEqual([]);
    expect([...lookedAfterOn(mixed, '2026-03-31')]).toEqual(['c']);
  });

  it('refuses a date that is not a real ISO date', () => {
    expect(() => lookedAfterOn(episodes, '31/03/2026')).toThrow(/not a real date/);
  });
});

describe('continuouslyLookedAfter12Months (OC2 cohort)', () => {
  const onDate = '2026-03-31';

  it('includes a child in care all year, one who started on 1 April, and one who left on 31 March', () => {
    const episodes = [
      ep('all-year', '2020-05-01', ''),
      ep('started-1-april', '2025-04-01', ''),
      ep('left-31-march', '2023-02-01', '2026-03-31', { REC: 'E4A' }),
    ];
    expect([...continuouslyLookedAfter12Months(episodes, onDate)].sort()).toEqual([
      'all-year',
      'left-31-march',
      'started-1-april',
    ]);
  });

  it('excludes a child who started on 2 April, left on 30 March, or had a short break in the year', () => {
    const episodes = [
      ep('started-2-april', '2025-04-02', ''),
      ep('left-30-march', '2023-02-01', '2026-03-30', { REC: 'E4A' }),
      ep('short-break', '2020-05-01', '2025-06-01', { REC: 'X1' }),
      ep('short-break', '2025-06-01', '2025-06-05', { RNE: 'S', LS: 'V3', REC: 'E4A' }),
    ];
    expect([...continuouslyLookedAfter12Months(episodes, onDate)]).toEqual([]);
  });

  it('keeps a child whose episodes change with X1 during the year, and ignores episodes before the year', () => {
    const episodes = [
      ep('moves', '2019-01-01', '2025-09-01', { REC: 'X1' }),
      ep('moves', '2025-09-01', '', { RNE: 'P' }),
      ep('left-before', '2024-01-01', '2025-03-31', { REC: 'E4A' }),
    ];
    expect([...continuouslyLookedAfter12Months(episodes, onDate)]).toEqual(['moves']);
  });
});

describe('periodsOfCare', () => {
  it('links X1 same-day continuations and starts a new period at RNE S, a non-X1 end or a gap', () => {
    const episodes = [
      ep('a', '2025-06-01', '2025-08-01', { RNE: 'P', REC: 'X1' }),
      ep('a', '2025-04-01', '2025-06-01', { REC: 'X1' }),
      ep('a', '2025-08-01', '2025-10-01', { RNE: 'P', REC: 'E4A' }),
      ep('a', '2025-12-01', '', { RNE: 'S' }),
      ep('b', '2025-05-01', '2025-05-04', { LS: 'V3', REC: 'E4A' }),
      ep('b', '2025-06-01', '2025-06-03', { LS: 'V3', REC: 'E4A' }),
      ep('c', '2025-05-01', '2025-06-01', { REC: 'X1' }),
      ep('c', '2025-06-02', '', { RNE: 'P' }),
    ];
    const periods = periodsOfCare(episodes).map((p) => ({
      child: p.child,
      start: p.start,
      end: p.end,
      reason: p.reasonEnded,
      episodes: p.episodes,
      shortBreaksOnly: p.shortBreaksOnly,
    }));
    expect(periods).toEqual([
      {
        child: 'a',
        start: '2025-04-01',
        end: '2025-10-01',
        reason: 'E4A',
        episodes: [1, 0, 2],
        shortBreaksOnly: false,
      },
      { child: 'a', start: '2025-12-01', end: null, reason: '', episodes: [3], shortBreaksOnly: false },
      { child: 'b', start: '2025-05-01', end: '2025-05-04', reason: 'E4A', episodes: [4], shortBreaksOnly: true },
      { child: 'b', start: '2025-06-01', end: '2025-06-03', reason: 'E4A', episodes: [5], shortBreaksOnly: true },
      { child: 'c', start: '2025-05-01', end: '2025-06-01', reason: 'X1', episodes: [6], shortBreaksOnly: false },
      { child: 'c', start: '2025-06-02', end: null, reason: '', episodes: [7], shortBreaksOnly: false },
    ]);
  });
});

describe('placements', () => {
  it('starts a placement at RNE S, P, B, T or U and continues it through RNE L', () => {
    const episodes = [
      ep('a', '2025-04-01', '2025-05-01', { LS: 'C1', REC: 'X1', PLACE: 'U6' }),
      ep('a', '2025-05-01', '2025-07-01', { RNE: 'L', LS: 'C2', REC: 'X1', PLACE: 'U6' }),
      ep('a', '2025-07-01', '2025-07-08', { RNE: 'P', REC: 'X1', PLACE: 'T3', PLACE_PROVIDER: '', URN: '' }),
      ep('a', '2025-07-08', '2025-09-01', { RNE: 'P', REC: 'X1', PLACE: 'U6' }),
      ep('a', '2025-09-01', '', { RNE: 'T', PLACE: 'U4' }),
    ];
    const found = placements(episodes).map((p) => [p.start, p.end, p.place, p.temporary, p.episodes]);
    expect(found).toEqual([
      ['2025-04-01', '2025-07-01', 'U6', false, [0, 1]],
      ['2025-07-01', '2025-07-08', 'T3', true, [2]],
      ['2025-07-08', '2025-09-01', 'U6', false, [3]],
      ['2025-09-01', null, 'U4', false, [4]],
    ]);
  });

  it('starts a new placement with a new period of care even when RNE is L (a broken chain)', () => {
    const episodes = [
      ep('a', '2025-04-01', '2025-05-01', { REC: 'E4A' }),
      ep('a', '2025-06-01', '', { RNE: 'L', LS: 'V2' }),
    ];
    expect(placements(episodes).map((p) => p.episodes)).toEqual([[0], [1]]);
  });
});
