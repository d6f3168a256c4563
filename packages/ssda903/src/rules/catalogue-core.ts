import { rule148 } from './codes/rule-148.ts';
import type { RuleDefinition } from './rule.ts';

/** Rule definitions maintained with the engine: integrity checks (INT01–INT36, EPI, NoE) and codes 100–199. */
export const coreRules: readonly RuleDefinition[] = [rule148];
