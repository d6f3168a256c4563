import { CHILD_TABLES, type ChildTables, TABLE_COLUMNS as CIN_COLUMNS } from '@waypoint/cin-census';
import { TABLE_COLUMNS as SSDA903_COLUMNS, type Tables as Ssda903Tables } from '@waypoint/ssda903';
import type { Transaction } from 'kysely';
import { type BulkColumnType, bulkInsert } from '../../db/bulk-insert.ts';
import type { DB } from '../../db/schema.ts';

/** How one table of a return is stored: the database table and, per field, the column and its type. */
interface TableStorage {
  table: string;
  fields: ReadonlyArray<{ field: string; column: string; type: BulkColumnType }>;
}

const snake = (s: string) => s.replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase();

const SSDA903_DATES = new Set([
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

function ssda903Field(field: string) {
  if (field === 'CHILD') return { field, column: 'child_id', type: 'text' as const };
  if (field === 'UASC') return { field, column: 'uasc', type: 'boolean' as const };
  if (field === 'PL_DISTANCE') return { field, column: 'pl_distance', type: 'numeric' as const };
  return { field, column: field.toLowerCase(), type: SSDA903_DATES.has(field) ? ('date' as const) : ('text' as const) };
}

const SSDA903_TABLES: Record<string, string> = {
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

/** SSDA903 storage: the return's columns plus the derived ones (UASC flag on Header, postcode fields on Episodes). */
export const SSDA903_STORAGE: Record<string, TableStorage> = Object.fromEntries(
  Object.entries(SSDA903_TABLES).map(([source, table]) => {
    const extra = source === 'Header' ? ['UASC'] : source === 'Episodes' ? ['PL_LA', 'PL_LOCATION', 'PL_DISTANCE'] : [];
    const fields = [...(SSDA903_COLUMNS[source as keyof typeof SSDA903_COLUMNS] as readonly string[]), ...extra];
    return [source, { table, fields: fields.map(ssda903Field) }];
  }),
);

const CIN_TABLES: Record<string, string> = {
  ChildIdentifiers: 'cin_child',
  ChildCharacteristics: 'cin_characteristic',
  Disabilities: 'cin_disability',
  CINdetails: 'cin_referral',
  Assessments: 'cin_assessment',
  CINplanDates: 'cin_plan',
  Section47: 'cin_section47',
  ChildProtectionPlans: 'cin_cp_plan',
  Reviews: 'cin_cp_review',
  PreProceedings: 'cin_pre_proceedings',
};

/** CIN census storage: every child table except the factor list (kept in Assessments.assessment_factors). */
export const CIN_STORAGE: Record<string, TableStorage> = Object.fromEntries(
  Object.entries(CIN_TABLES).map(([source, table]) => [
    source,
    {
      table,
      fields: (CIN_COLUMNS[source as keyof typeof CIN_COLUMNS] as readonly string[]).map((field) => ({
        field,
        column: field === 'LAchildID' ? 'child_id' : snake(field),
        type: field.toLowerCase().includes('date') ? ('date' as const) : ('text' as const),
      })),
    },
  ]),
);

function convert(type: BulkColumnType, value: string | undefined): unknown {
  if (value === undefined || value === '') return type === 'boolean' ? false : null;
  if (type === 'boolean') return value === '1' || value.toLowerCase() === 'true';
  if (type === 'numeric') return Number(value);
  return value;
}

/**
 * Replaces an authority's data of one dataset and collection year, in the caller's transaction: every table's
 * rows for the year are deleted, then the new rows inserted in bulk. Returns rows stored per table.
 */
export async function replaceYear(
  trx: Transaction<DB>,
  storage: Record<string, TableStorage>,
  v: {
    authorityId: string;
    year: number;
    importId: string;
    tables: Readonly<Record<string, ReadonlyArray<Record<string, string>> | undefined>>;
  },
  onTable?: (table: string, rows: number) => void,
): Promise<Record<string, number>> {
  const stored: Record<string, number> = {};
  for (const [source, s] of Object.entries(storage)) {
    await trx
      .deleteFrom(s.table as 'ssda903_child')
      .where('authority_id', '=', v.authorityId)
      .where('collection_year', '=', v.year)
      .execute();
    const rows = v.tables[source] ?? [];
    stored[source] = rows.length;
    if (rows.length === 0) continue;
    await bulkInsert(trx, s.table, [
      { name: 'authority_id', type: 'uuid', values: rows.map(() => v.authorityId) },
      { name: 'collection_year', type: 'integer', values: rows.map(() => v.year) },
      { name: 'import_id', type: 'uuid', values: rows.map(() => v.importId) },
      { name: 'row_index', type: 'integer', values: rows.map((_, i) => i) },
      ...s.fields.map((f) => ({ name: f.column, type: f.type, values: rows.map((r) => convert(f.type, r[f.field])) })),
    ]);
    onTable?.(source, rows.length);
  }
  return stored;
}

/** SSDA903 tables as the storage function takes them. */
export function ssda903Tables(tables: Ssda903Tables) {
  return tables as unknown as Record<string, ReadonlyArray<Record<string, string>>>;
}

/** CIN child tables as the storage function takes them. */
export function cinTables(tables: ChildTables) {
  return Object.fromEntries(
    CHILD_TABLES.map((t) => [t, tables[t] as unknown as ReadonlyArray<Record<string, string>>]),
  );
}
