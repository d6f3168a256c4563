import type { Cell, Sheet } from '../../platform/spreadsheet.ts';

/** The "by rule" and "by child" reports of an import, as spreadsheet sheets. */
export function importReportSheets(
  byRule: ReadonlyArray<{
    code: string;
    message: string;
    fields: readonly string[];
    severity: string;
    status: string;
    reason?: string;
    flaggedRows: number;
    children: number;
  }>,
  issues: ReadonlyArray<{
    child_id: string;
    table_name: string;
    row_index: number | null;
    line: number | null;
    file_name: string | null;
    rule: string;
    severity: string;
    fields: string[];
    field_values: unknown;
    locator: string | null;
  }>,
  messages: ReadonlyMap<string, string>,
): { byRule: Sheet; byChild: Sheet } {
  const perChild = new Map<string, number>();
  const perChildRule = new Map<string, number>();
  for (const i of issues) {
    perChild.set(i.child_id, (perChild.get(i.child_id) ?? 0) + 1);
    perChildRule.set(`${i.child_id}\u0000${i.rule}`, (perChildRule.get(`${i.child_id}\u0000${i.rule}`) ?? 0) + 1);
  }
  return {
    byRule: {
      name: 'By rule',
      header: ['Code', 'Type', 'Error count', 'Children', 'Error description', 'Affected fields', 'Status'],
      widths: [10, 10, 12, 10, 80, 30, 30],
      rows: byRule.map((r): Cell[] => [
        r.code,
        r.severity,
        r.flaggedRows,
        r.children,
        r.message,
        r.fields.join(', '),
        r.status === 'run' ? 'Ran' : `${r.status === 'failed' ? 'Failed' : 'Not run'}: ${r.reason ?? ''}`,
      ]),
    },
    byChild: {
      name: 'By child',
      header: [
        'Child',
        'Affected table',
        'File',
        'Line',
        'Error row',
        'Error code',
        'Type',
        'Error description',
        'Error fields',
        'Affected values',
        'Locator hints',
        'Errors for child',
        'Errors of type',
      ],
      widths: [14, 16, 20, 8, 10, 10, 8, 60, 24, 40, 14, 10, 10],
      rows: issues.map((i): Cell[] => {
        const values = (i.field_values ?? {}) as Record<string, string>;
        return [
          i.child_id,
          i.table_name,
          i.file_name,
          i.line,
          i.row_index,
          i.rule,
          i.severity,
          messages.get(i.rule) ?? '',
          i.fields.join(', '),
          Object.entries(values)
            .map(([k, v]) => `${k}: ${v}`)
            .join(', '),
          i.locator,
          perChild.get(i.child_id) ?? 0,
          perChildRule.get(`${i.child_id}\u0000${i.rule}`) ?? 0,
        ];
      }),
    },
  };
}
