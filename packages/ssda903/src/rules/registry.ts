import { rules200to399 } from './catalogue-200-399.ts';
import { rules400plus } from './catalogue-400-plus.ts';
import { coreRules } from './catalogue-core.ts';
import type { RuleDefinition } from './rule.ts';

/**
 * Every rule definition. Catalogue parts are split by code range so that they can be maintained
 * side by side; a code may appear more than once with non-overlapping year spans.
 */
export const allRuleDefinitions: readonly RuleDefinition[] = [...coreRules, ...rules200to399, ...rules400plus];

/** Collection end years Waypoint has rule packs for (2024 = 2023/24 … 2027 = 2026/27). */
export const SUPPORTED_YEARS = [2024, 2025, 2026, 2027] as const;

/** The rule pack for a collection end year: one definition per code, in code order. */
export function rulesForYear(year: number): RuleDefinition[] {
  const byCode = new Map<string, RuleDefinition>();
  for (const rule of allRuleDefinitions) {
    const { from, to } = rule.years;
    if (year < from || (to !== undefined && year > to)) continue;
    const existing = byCode.get(rule.code);
    if (existing) throw new Error(`Rule ${rule.code} has two definitions covering ${year}`);
    byCode.set(rule.code, rule);
  }
  return [...byCode.values()].sort((a, b) => compareRuleCodes(a.code, b.code));
}

/** Orders rule codes numerically first (101 < 1000), then by suffix. */
export function compareRuleCodes(a: string, b: string): number {
  const na = Number.parseInt(a.replace(/^\D+/, ''), 10);
  const nb = Number.parseInt(b.replace(/^\D+/, ''), 10);
  const pa = a.match(/^\D*/)?.[0] ?? '';
  const pb = b.match(/^\D*/)?.[0] ?? '';
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (na !== nb && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}
