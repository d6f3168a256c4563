import type { RuleDefinition } from '../rule.ts';

const CHECKED = new Set(['A3', 'A4']);
const FOSTER_OR_ADOPTION = new Set(['A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

/**
 * 336 — a placement for adoption (checked, as in the reference, for A3 and A4) must follow a foster or adoption
 * placement (A3–A6, U1–U6). A child's first episode is not checked. Episodes in DECOM order per child.
 */
export const rule336: RuleDefinition = {
  code: '336',
  message: 'Child does not have a foster placement immediately prior to being placed for adoption.',
  tables: ['Episodes'],
  fields: ['PLACE'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const out: number[] = [];
    for (const list of ctx.episodesByChild().values()) {
      for (let k = 1; k < list.length; k++) {
        const cur = episodes[list[k]!]!;
        if (CHECKED.has(cur.PLACE) && !FOSTER_OR_ADOPTION.has(episodes[list[k - 1]!]!.PLACE)) out.push(list[k]!);
      }
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'an A3 placement straight after a T1 placement is flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-01-01', PLACE: 'U1' },
          { CHILD: '1', DECOM: '2020-01-22', PLACE: 'A3' },
          { CHILD: '1', DECOM: '2020-01-11', PLACE: 'T1' },
        ],
      },
      expect: { Episodes: [1] },
    },
    {
      description: 'an A4 placement after U1, and an A3 first episode, pass',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-01-11', PLACE: 'A4' },
          { CHILD: '1', DECOM: '2020-01-01', PLACE: 'U1' },
          { CHILD: '2', DECOM: '2020-01-01', PLACE: 'A3' },
        ],
      },
      expect: {},
    },
  ],
};
