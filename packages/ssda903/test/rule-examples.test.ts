import { describe, expect, it } from 'vitest';
import { createRuleContext } from '../src/rules/context.ts';
import { normaliseFlags } from '../src/rules/engine.ts';
import { allRuleDefinitions } from '../src/rules/registry.ts';
import type { ProviderIndex, ProviderRecord, RuleExample } from '../src/rules/rule.ts';
import { TABLE_COLUMNS, type TableName, type Tables } from '../src/tables.ts';

function fillTables(partial: RuleExample['current']): Tables {
  const tables: Record<string, unknown[]> = {};
  for (const [name, rows] of Object.entries(partial) as Array<[TableName, Array<Record<string, string>>]>) {
    const extra: Record<string, string> =
      name === 'Header' ? { UASC: '0' } : name === 'Episodes' ? { PL_LA: '', PL_LOCATION: '', PL_DISTANCE: '' } : {};
    tables[name] = rows.map((row) => {
      const full: Record<string, string> = { ...extra };
      for (const column of TABLE_COLUMNS[name]) full[column] = '';
      return Object.assign(full, row);
    });
  }
  return tables as Tables;
}

function providerIndex(records: readonly ProviderRecord[]): ProviderIndex {
  const map = new Map(records.map((r) => [r.urn, r]));
  return { get: (urn) => map.get(urn), size: map.size };
}

describe.each(allRuleDefinitions.map((rule) => [`${rule.code} (${rule.years.from}–${rule.years.to ?? ''})`, rule]))(
  'rule %s',
  (_, rule) => {
    it('has at least one failing and one passing example', () => {
      expect(rule.examples.some((e) => Object.keys(e.expect).length > 0)).toBe(true);
      expect(rule.examples.some((e) => Object.keys(e.expect).length === 0)).toBe(true);
    });

    it.each(rule.examples.map((e) => [e.description, e]))('%s', (_, example) => {
      const year = example.year ?? rule.years.from;
      expect(year).toBeGreaterThanOrEqual(rule.years.from);
      if (rule.years.to !== undefined) expect(year).toBeLessThanOrEqual(rule.years.to);
      const current = fillTables(example.current);
      const ctx = createRuleContext({
        year,
        current,
        previous: example.previous ? fillTables(example.previous) : undefined,
        providers: example.providers ? providerIndex(example.providers) : undefined,
        laCode: example.laCode,
        postcodesApplied: true,
      });
      expect(normaliseFlags(rule.check(ctx))).toEqual(normaliseFlags(example.expect));
    });
  },
);
