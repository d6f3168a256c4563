import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

const FOSTER = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

/** 516 — an SGO to former foster carers (REC E45/E46) must end a foster placement (U1–U6). */
export const rule516: RuleDefinition = rowRule({
  code: '516',
  message:
    'The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.',
  table: 'Episodes',
  fields: ['REC', 'PLACE'],
  years: { from: 2023 },
  fails: (e) => (e.REC === 'E45' || e.REC === 'E46') && !FOSTER.has(e.PLACE),
  examples: [
    {
      description: 'E45 from a children’s home is flagged',
      current: { Episodes: [{ CHILD: '1', REC: 'E45', PLACE: 'K2' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'E46 from a foster placement passes',
      current: { Episodes: [{ CHILD: '1', REC: 'E46', PLACE: 'U6' }] },
      expect: {},
    },
  ],
});
