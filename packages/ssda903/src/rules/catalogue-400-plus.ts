import type { RuleDefinition } from './rule.ts';

/** Rule definitions for codes 400–699, 700–710 (DoLO), 1000+, 3001 and the social-worker rules SWnnSTGn. */
export const rules400plus: readonly RuleDefinition[] = [];
