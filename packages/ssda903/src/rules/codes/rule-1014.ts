import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 1014 — a care leaver not looked after during the year needs no UASC information. */
export const rule1014: RuleDefinition = {
  code: '1014',
  message: 'UASC information is not required for care leavers',
  tables: ['UASC', 'OC3'],
  fields: ['ACTIV', 'ACCOM', 'IN_TOUCH', 'DUC'],
  years: { from: 2023 },
  needsTables: ['UASC', 'Episodes', 'OC3'],
  check: (ctx) => {
    const start = ctx.collectionStart;
    const end = ctx.collectionEnd;
    const episodes = ctx.current.Episodes ?? [];
    const episodesByChild = ctx.byChild('Episodes');
    // Whether the child has episodes and none of them falls in the year (undefined: no episodes).
    const noEpisodeInYear = (child: string): boolean | undefined => {
      const list = episodesByChild.get(child);
      if (!list) return undefined;
      return !list.some((i) => {
        const e = episodes[i]!;
        return validDate(e.DECOM) && e.DECOM <= end && (!validDate(e.DEC) || e.DEC >= start);
      });
    };
    const uascByChild = ctx.byChild('UASC');
    const flagged = { UASC: [] as number[], OC3: [] as number[] };
    (ctx.current.OC3 ?? []).forEach((o, i) => {
      if (o.IN_TOUCH === '' && o.ACTIV === '' && o.ACCOM === '') return;
      if (noEpisodeInYear(o.CHILD) !== true) return;
      const rows = uascByChild.get(o.CHILD) ?? [];
      if (rows.length === 0) return;
      flagged.OC3.push(i);
      flagged.UASC.push(...rows);
    });
    return flagged;
  },
  examples: [
    {
      description: 'a care leaver with UASC information and no episode in the year flags both rows',
      year: 2025,
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2023-01-01', DEC: '2023-06-01' }],
        UASC: [{ CHILD: '1', DUC: '2023-06-01' }],
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }],
      },
      expect: { UASC: [0], OC3: [0] },
    },
    {
      description: 'a young person looked after during the year passes',
      year: 2025,
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2023-01-01', DEC: '' }],
        UASC: [{ CHILD: '1', DUC: '2023-06-01' }],
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }],
      },
      expect: {},
    },
  ],
};
