import type { RuleExample } from '../rule.ts';

/**
 * Episodes shared by the examples of the "continuously looked after for 12 months" rules (2025/26):
 * child A has been looked after since 2020 (continuously looked after); child B came into care in June 2025
 * (not continuously looked after).
 */
export const CLA_EPISODES: NonNullable<RuleExample['current']['Episodes']> = [
  { CHILD: 'A', DECOM: '2020-01-01', RNE: 'S', LS: 'C2', DEC: '', REC: '' },
  { CHILD: 'B', DECOM: '2025-06-01', RNE: 'S', LS: 'C2', DEC: '', REC: '' },
];
