import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * A query (from 2024/25) on an old, undivided abuse factor (18A, 19A) that has been split into child-on-child
 * (B) and adult-on-child (C) codes. (The reference validator never fires these on XML input: see README.)
 */
export function oldAbuseFactor(code: string, factor: '18A' | '19A', message: string): ChildRuleDefinition {
  const replacement = factor.replace('A', '');
  return {
    code,
    message,
    type: 'query',
    scope: 'child',
    fields: { Assessments: ['AssessmentFactors'] },
    years: { from: 2025 },
    check: ({ tables }) => {
      let out: RuleFlags | undefined;
      tables.Assessments.forEach((a, i) => {
        const used = tables.AssessmentFactorsList.some(
          (f) =>
            f.CINdetailsID === a.CINdetailsID &&
            f.AssessmentID === a.AssessmentID &&
            f.AssessmentFactor.toUpperCase() === factor,
        );
        if (used) out = addFlag(out, 'Assessments', i);
      });
      return out;
    },
    examples: [
      {
        description: `factor ${factor} (any case) is queried`,
        tables: {
          Assessments: [{ AssessmentID: '1' }, { AssessmentID: '2' }],
          AssessmentFactorsList: [
            { AssessmentID: '1', AssessmentFactor: factor },
            { AssessmentID: '2', AssessmentFactor: factor.toLowerCase() },
          ],
        },
        expect: { Assessments: [0, 1] },
      },
      {
        description: `factors ${replacement}B and ${replacement}C pass`,
        tables: {
          Assessments: [{ AssessmentID: '1' }],
          AssessmentFactorsList: [
            { AssessmentID: '1', AssessmentFactor: `${replacement}B` },
            { AssessmentID: '1', AssessmentFactor: `${replacement}C` },
          ],
        },
        expect: {},
      },
    ],
  };
}
