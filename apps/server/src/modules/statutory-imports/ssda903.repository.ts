import { TABLE_COLUMNS, type TableName, type Tables } from '@waypoint/ssda903';
import type { Transaction } from 'kysely';
import { type BulkColumnType, bulkInsert } from '../../db/bulk-insert.ts';
import type { DB } from '../../db/schema.ts';

/** Where each SSDA903 table is stored. Columns are the return's fields, lower-cased (CHILD → child_id). */
export const SSDA903_STORAGE: Record<TableName, string> = {
  Header: 'ssda903_child',
  Episodes: 'ssda903_episode',
  UASC: 'ssda903_uasc',
  Reviews: 'ssda903_review',
  OC2: 'ssda903_oc2',
  OC3: 'ssda903_oc3',
  AD1: 'ssda903_ad1',
  PlacedAdoption: 'ssda903_placed_adoption',
  PrevPerm: 'ssda903_prev_perm',
  Missing: 'ssda903_missing',
  SWEpisodes: 'ssda903_sw_episode',
  DoLo: 'ssda903_dolo',
};

const DATE_FIELDS = new Set([
  'DOB',
  'MC_DOB',
  'DECOM',
  'DEC',
  'DUC',
  'REVIEW',
  'DATE_INT',
  'DATE_MATCH',
  'DATE_PLACED',
  'DATE_PLACED_CEASED',
  'MIS_START',
  'MIS_END',
  'SW_DECOM',
  'SW_DEC',
  'DOLO_START',
  'DOLO_END',
]);

/** Fields stored for a table: the return's columns plus the derived ones (UASC flag, postcode fields). */
function storedFields(table: TableName): string[] {
  const base = [...TABLE_COLUMNS[table]] as string[];
  if (table === 'Header') return [...base, 'UASC'];
  if (table === 'Episodes') return [...base, 'PL_LA', 'PL_LOCATION', 'PL_DISTANCE'];
  return base;
}

function columnOf(field: string): { name: string; type: BulkColumnType; convert: (v: string | undefined) => unknown } {
  if (field === 'CHILD') return { name: 'child_id', type: 'text', convert: (v) => v ?? '' };
  if (field === 'UASC') return { name: 'uasc', type: 'boolean', convert: (v) => v === '1' };
  if (field === 'PL_DISTANCE') return { name: 'pl_distance', type: 'numeric', convert: (v) => (v ? Number(v) : null) };
  if (DATE_FIELDS.has(field)) return { name: field.toLowerCase(), type: 'date', convert: (v) => (v ? v : null) };
  return { name: field.toLowerCase(), type: 'text', convert: (v) => (v ? v : null) };
}

/**
 * Replaces an authority's SSDA903 data for a collection year with the given tables, in the caller's transaction:
 * every table's rows for the year are deleted, then the new rows inserted in bulk. Returns rows stored per table.
 */
export async function replaceSsda903Year(
  trx: Transaction<DB>,
  v: { authorityId: string; year: number; importId: string; tables: Tables },
  onTable?: (table: TableName, rows: number) => void,
): Promise<Record<string, number>> {
  const stored: Record<string, number> = {};
  for (const [table, dbTable] of Object.entries(SSDA903_STORAGE) as Array<[TableName, string]>) {
    await trx
      .deleteFrom(dbTable as 'ssda903_child')
      .where('authority_id', '=', v.authorityId)
      .where('collection_year', '=', v.year)
      .execute();
    const rows = (v.tables[table] ?? []) as ReadonlyArray<Record<string, string>>;
    stored[table] = rows.length;
    if (rows.length === 0) continue;
    const fields = storedFields(table);
    await bulkInsert(trx, dbTable, [
      { name: 'authority_id', type: 'uuid', values: rows.map(() => v.authorityId) },
      { name: 'collection_year', type: 'integer', values: rows.map(() => v.year) },
      { name: 'import_id', type: 'uuid', values: rows.map(() => v.importId) },
      { name: 'row_index', type: 'integer', values: rows.map((_, i) => i) },
      ...fields.map((field) => {
        const c = columnOf(field);
        return { name: c.name, type: c.type, values: rows.map((r) => c.convert(r[field])) };
      }),
    ]);
    onTable?.(table, rows.length);
  }
  return stored;
}
