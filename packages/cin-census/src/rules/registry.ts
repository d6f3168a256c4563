import { allRuleDefinitions } from './codes/index.ts';
import type { RuleDefinition, RuleType } from './rule.ts';

/**
 * Collection end years with a rule pack: 2023 = cin2022_23 (base), 2024 = cin2023_24, 2025 = cin2024_25,
 * 2026 = cin2025_26, and 2027 = 2026/27, provisional: DfE has not published that pack, so it carries the 2025/26
 * rules forward (in-year censuses need a pack before the year ends); the draft pre-proceedings rules are not in it.
 */
export const SUPPORTED_YEARS = [2023, 2024, 2025, 2026, 2027] as const;

/** Years whose pack is provisional (carried forward, not yet published by DfE). */
export const PROVISIONAL_YEARS: readonly number[] = [2027];

/** Throws a clear error for a year without a rule pack. */
export function assertSupportedYear(year: number): void {
  if (!(SUPPORTED_YEARS as readonly number[]).includes(year)) {
    throw new RangeError(
      `No CIN census rule pack for collection year ${year}: supported years are ${SUPPORTED_YEARS.join(', ')} (2026 = 2025/26)`,
    );
  }
}

/** The rule pack for a collection end year: one definition per code, in code order. */
export function rulesForYear(year: number): RuleDefinition[] {
  assertSupportedYear(year);
  const byCode = new Map<string, RuleDefinition>();
  for (const rule of allRuleDefinitions) {
    const { from, to } = rule.years;
    if (year < from || (to !== undefined && year > to)) continue;
    if (byCode.has(rule.code)) throw new Error(`Rule ${rule.code} has two definitions covering ${year}`);
    byCode.set(rule.code, rule);
  }
  return [...byCode.values()].sort((a, b) => compareRuleCodes(a.code, b.code));
}

/** One rule of a pack as shown to users. */
export interface RuleCatalogueEntry {
  code: string;
  message: string;
  type: RuleType;
  /** Tables the rule reports on. */
  tables: string[];
  /** Fields the rule reports on (across its tables). */
  fields: string[];
}

/** The rules of a collection year's pack, in code order. */
export function ruleCatalogue(year: number): RuleCatalogueEntry[] {
  return rulesForYear(year).map((rule) => ({
    code: rule.code,
    message: rule.message,
    type: rule.type,
    tables: Object.keys(rule.fields),
    fields: [...new Set(Object.values(rule.fields).flatMap((f) => [...(f ?? [])]))],
  }));
}

/** Orders rule codes numerically (100 < 1103), then by suffix (8525 < 8525Q). */
export function compareRuleCodes(a: string, b: string): number {
  const na = Number.parseInt(a, 10);
  const nb = Number.parseInt(b, 10);
  if (na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}
