import { placementLa } from '../postcodes/apply.ts';
import { type PostcodeReference, postcodeKey } from '../postcodes/reference.ts';
import { Ssda903InputError } from '../read/errors.ts';
import type { SourceFile } from '../read/source-file.ts';
import type { ProviderIndex, ProviderRecord } from '../rules/rule.ts';
import { detectLayout, type ProviderListLayout, type ProviderListRow, providerRows } from './layouts.ts';
import { loadWorkbook } from './workbook.ts';

/** Options for reading provider lists. */
export interface ProviderListOptions {
  /** When given, each provider's upper-tier LA is inferred from its setting postcode (used by rule 229). */
  postcodes?: PostcodeReference;
}

const BOTH_LISTS =
  "Upload both Ofsted lists (the children's homes list and the social care providers list), or the one combined list.";

function merge(rows: readonly ProviderListRow[], postcodes?: PostcodeReference): ProviderIndex {
  const byUrn = new Map<string, ProviderRecord & { open: boolean }>();
  for (const row of rows) {
    const postcode = row.postcode === '' ? undefined : postcodeKey(row.postcode);
    const existing = byUrn.get(row.urn);
    if (!existing) {
      const laCode = postcodes && postcode ? placementLa(postcodes, postcode) || undefined : undefined;
      byUrn.set(row.urn, {
        urn: row.urn,
        placeCodes: [...new Set(row.placeCodes)],
        providerCodes: [...new Set(row.providerCodes)],
        registrationEnd: row.registrationEnd,
        postcode,
        laName: row.laName || undefined,
        laCode,
        open: row.registrationEnd === undefined,
      });
      continue;
    }
    existing.placeCodes = [...new Set([...existing.placeCodes, ...row.placeCodes])];
    existing.providerCodes = [...new Set([...existing.providerCodes, ...row.providerCodes])];
    existing.postcode ??= postcode;
    existing.laName ??= row.laName || undefined;
    if (row.registrationEnd === undefined) existing.open = true;
    else if (!existing.registrationEnd || row.registrationEnd > existing.registrationEnd) {
      existing.registrationEnd = row.registrationEnd;
    }
  }
  const index = new Map<string, ProviderRecord>();
  for (const { open, ...record } of byUrn.values()) {
    index.set(record.urn, open ? { ...record, registrationEnd: undefined } : record);
  }
  return { get: (urn) => index.get(urn.trim().toUpperCase()), size: index.size };
}

/**
 * Reads Ofsted's provider lists (xlsx) into one index by URN: either the children's homes list together with
 * the social care providers list, or the single combined list (with or without its supported accommodation
 * sheet). Throws {@link Ssda903InputError} for a workbook in none of these layouts or an incomplete set.
 */
export async function readProviderLists(
  files: readonly SourceFile[],
  options: ProviderListOptions = {},
): Promise<ProviderIndex> {
  if (files.length === 0 || files.length > 2) {
    throw new Ssda903InputError(`${files.length} provider list files were uploaded. ${BOTH_LISTS}`);
  }
  const read: Array<{ file: SourceFile; layout: ProviderListLayout; rows: ProviderListRow[] }> = [];
  for (const file of files) {
    const sheets = await loadWorkbook(file);
    const layout = detectLayout(sheets);
    if (!layout) {
      throw new Ssda903InputError(
        `The workbook (sheets ${sheets.map((s) => `"${s.name}"`).join(', ')}) is not an Ofsted children's homes, ` +
          `social care providers or combined provider list. ${BOTH_LISTS}`,
        { file: file.name },
      );
    }
    read.push({ file, layout, rows: providerRows(layout, sheets, file.name) });
  }
  const layouts = read.map((r) => r.layout).sort();
  const valid =
    (layouts.length === 1 && layouts[0] === 'combined') ||
    (layouts.length === 2 && layouts[0] === 'childrens-homes' && layouts[1] === 'social-care-providers');
  if (!valid) {
    const found = read.map((r) => `${r.file.name} (${r.layout.replace(/-/g, ' ')} list)`).join(', ');
    throw new Ssda903InputError(`The provider lists uploaded do not make a complete set: ${found}. ${BOTH_LISTS}`);
  }
  return merge(
    read.flatMap((r) => r.rows),
    options.postcodes,
  );
}
