import type { RuleDefinition } from './rule.ts';

/** Rule definitions for codes 200–399 (including letter-suffixed sub-rules such as 205A–D, 392a–d). */
export const rules200to399: readonly RuleDefinition[] = [];
