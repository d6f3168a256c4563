import type { Section47Row } from '../../tables.ts';
import { addFlag, isTrue } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** An S47 still awaiting its conference: no ICPC date, and a conference not marked as not required. */
function awaitingConference(s: Section47Row): boolean {
  return s.DateOfInitialCPC === '' && !isTrue(s.ICPCnotRequired);
}

/**
 * 8839 — within one CIN episode at most one S47 may be open: no ICPC date and ICPCnotRequired not true. All
 * open ones are flagged when there are two or more.
 */
export const rule8839: ChildRuleDefinition = {
  code: '8839',
  message: 'Within one CINDetails group there are 2 or more open S47 Assessments',
  type: 'error',
  scope: 'child',
  fields: { Section47: ['DateOfInitialCPC'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    if (tables.Section47.length < 2) return undefined;
    let out: RuleFlags | undefined;
    tables.Section47.forEach((s, i) => {
      if (!awaitingConference(s)) return;
      const another = tables.Section47.some(
        (o, j) => j !== i && o.CINdetailsID === s.CINdetailsID && awaitingConference(o),
      );
      if (another) out = addFlag(out, 'Section47', i);
    });
    return out;
  },
  examples: [
    {
      description: 'two S47s awaiting a conference in one episode are flagged',
      tables: {
        Section47: [
          { S47ActualStartDate: '2022-05-01', ICPCnotRequired: '0' },
          { S47ActualStartDate: '2022-06-01', ICPCnotRequired: '' },
        ],
      },
      expect: { Section47: [0, 1] },
    },
    {
      description: 'one open S47 beside one not needing a conference passes; so do open S47s in different episodes',
      tables: {
        Section47: [
          { CINdetailsID: '1', S47ActualStartDate: '2022-05-01', ICPCnotRequired: '1' },
          { CINdetailsID: '1', S47ActualStartDate: '2022-06-01', ICPCnotRequired: '0' },
          { CINdetailsID: '2', S47ActualStartDate: '2022-07-01', ICPCnotRequired: '0' },
        ],
      },
      expect: {},
    },
  ],
};
