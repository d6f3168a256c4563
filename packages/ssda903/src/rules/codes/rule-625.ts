import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 625 — the first child's date of birth cannot be after 31 March or after the child's latest episode ended. */
export const rule625: RuleDefinition = {
  code: '625',
  message:
    'Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.',
  tables: ['Header', 'Episodes'],
  fields: ['MC_DOB', 'DEC'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Header'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const episodesByChild = ctx.byChild('Episodes');
    const flagged = { Header: [] as number[], Episodes: [] as number[] };
    (ctx.current.Header ?? []).forEach((h, hi) => {
      if (!validDate(h.MC_DOB)) return;
      // The child's latest ended episode (first row among equal dates).
      let latest = -1;
      for (const i of episodesByChild.get(h.CHILD) ?? []) {
        const dec = episodes[i]!.DEC;
        if (validDate(dec) && (latest < 0 || dec > episodes[latest]!.DEC)) latest = i;
      }
      if (latest < 0) return;
      if (h.MC_DOB > ctx.collectionEnd || h.MC_DOB > episodes[latest]!.DEC) {
        flagged.Header.push(hi);
        flagged.Episodes.push(latest);
      }
    });
    return flagged;
  },
  examples: [
    {
      description: 'a first child born after the latest episode ended flags the header and that episode',
      year: 2025,
      current: {
        Header: [{ CHILD: '1', MC_DOB: '2016-12-19' }],
        Episodes: [
          { CHILD: '1', DEC: '2014-10-03' },
          { CHILD: '1', DEC: '2015-11-11' },
        ],
      },
      expect: { Header: [0], Episodes: [1] },
    },
    {
      description: 'a first child born before care ended passes',
      year: 2025,
      current: {
        Header: [{ CHILD: '1', MC_DOB: '2014-12-19' }],
        Episodes: [{ CHILD: '1', DEC: '2015-11-11' }],
      },
      expect: {},
    },
  ],
};
