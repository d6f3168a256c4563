import type { Oc2Row, Oc3Row } from '../../tables.ts';
import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

const OC2_ITEMS = [
  'CONVICTED',
  'HEALTH_CHECK',
  'IMMUNISATIONS',
  'TEETH_CHECK',
  'HEALTH_ASSESSMENT',
  'SUBSTANCE_MISUSE',
  'INTERVENTION_RECEIVED',
  'INTERVENTION_OFFERED',
] as const;

const hasCareLeaverData = (row: Oc3Row) => row.IN_TOUCH !== '' || row.ACTIV !== '' || row.ACCOM !== '';
const hasOc2Data = (row: Oc2Row) => OC2_ITEMS.some((item) => row[item] !== '');

/**
 * 215 — a child with care leaver (OC3) information must have none of the OC2 items for children looked
 * after for 12 months. Flags the OC3 row and the child's OC2 rows that carry such items.
 */
export const rule215: RuleDefinition = {
  code: '215',
  message:
    'Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.',
  tables: ['OC3', 'OC2'],
  fields: ['IN_TOUCH', 'ACTIV', 'ACCOM', ...OC2_ITEMS],
  years: { from: 2023 },
  needsTables: ['OC3', 'OC2'],
  check: (ctx) => {
    const oc2Rows = childRows(ctx, 'OC2');
    const oc2 = ctx.current.OC2 ?? [];
    const out = { OC3: [] as number[], OC2: [] as number[] };
    (ctx.current.OC3 ?? []).forEach((row, i) => {
      if (!hasCareLeaverData(row)) return;
      const withItems = oc2Rows(row.CHILD).filter((j) => hasOc2Data(oc2[j]!));
      if (withItems.length === 0) return;
      out.OC3.push(i);
      out.OC2.push(...withItems);
    });
    return out;
  },
  examples: [
    {
      description: 'a care leaver with an immunisations item in OC2 is flagged in both tables',
      current: {
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' }],
        OC2: [{ CHILD: '1', IMMUNISATIONS: '1' }],
      },
      expect: { OC3: [0], OC2: [0] },
    },
    {
      description: 'a care leaver whose OC2 row has no OC2 items passes',
      current: {
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' }],
        OC2: [{ CHILD: '1', SDQ_SCORE: '10' }],
      },
      expect: {},
    },
  ],
};
