import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

const REASONS = new Set([
  'CARPL',
  'CLOSE',
  'ALLEG',
  'STAND',
  'APPRR',
  'CREQB',
  'CREQO',
  'CHILD',
  'LAREQ',
  'PLACE',
  'CUSTOD',
  'OTHER',
]);

/** 1009 — REASON_PLACE_CHANGE, when given, is one of the DfE codes. */
export const rule1009: RuleDefinition = rowRule({
  code: '1009',
  message: 'Reason for placement change is not a valid code.',
  table: 'Episodes',
  fields: ['REASON_PLACE_CHANGE'],
  years: { from: 2023 },
  fails: (e) => e.REASON_PLACE_CHANGE !== '' && !REASONS.has(e.REASON_PLACE_CHANGE),
  examples: [
    {
      description: 'NA is flagged',
      current: { Episodes: [{ CHILD: '1', REASON_PLACE_CHANGE: 'NA' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'CARPL, CUSTOD and blank pass',
      current: {
        Episodes: [
          { CHILD: '1', REASON_PLACE_CHANGE: 'CARPL' },
          { CHILD: '2', REASON_PLACE_CHANGE: 'CUSTOD' },
          { CHILD: '3', REASON_PLACE_CHANGE: '' },
        ],
      },
      expect: {},
    },
  ],
});
