import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** Old-style three-digit LA codes accepted for LA_PERM, 999 (not known) and the non-English codes. */
const LA_PERM_CODES = new Set([
  ...(
    '800,889,822,301,304,303,330,825,837,302,846,370,350,890,867,380,305,801,351,873,823,895,896,' +
    '381,909,202,908,331,306,841,830,831,878,371,835,332,840,307,308,811,881,845,390,916,203,876,' +
    '850,311,204,884,312,205,313,805,919,310,309,420,921,206,207,886,810,382,314,340,888,208,856,' +
    '383,855,209,925,341,201,821,352,806,887,826,315,929,812,391,926,892,813,802,928,891,392,316,' +
    '815,353,931,879,836,851,874,807,354,317,870,318,372,857,333,935,343,803,373,342,893,356,355,' +
    '871,394,334,933,882,936,861,852,319,860,808,393,866,210,357,894,883,880,358,211,937,869,320,' +
    '359,865,384,335,336,212,868,872,885,344,877,213,938,816,999'
  ).split(','),
  'WAL',
  'SCO',
  'NUK',
  'NIR',
]);

/** 633 — LA_PERM, when given, is a valid authority code. */
export const rule633: RuleDefinition = rowRule({
  code: '633',
  message: 'Local authority code where previous permanence option was arranged is not a valid value.',
  table: 'PrevPerm',
  fields: ['LA_PERM'],
  years: { from: 2023 },
  fails: (p) => p.LA_PERM !== '' && !LA_PERM_CODES.has(p.LA_PERM),
  examples: [
    {
      description: 'an unknown code is flagged',
      current: { PrevPerm: [{ CHILD: '1', LA_PERM: '458' }] },
      expect: { PrevPerm: [0] },
    },
    {
      description: 'SCO, 204 and blank pass',
      current: {
        PrevPerm: [
          { CHILD: '1', LA_PERM: 'SCO' },
          { CHILD: '2', LA_PERM: '204' },
          { CHILD: '3', LA_PERM: '' },
        ],
      },
      expect: {},
    },
  ],
});
