import { parseCsv } from '../read/csv.ts';
import { decodeText } from '../read/decode.ts';
import { Ssda903InputError } from '../read/errors.ts';
import type { SourceFile } from '../read/source-file.ts';

/** Where a postcode is: OS grid reference (metres) and lower-tier local authority (GSS code). */
export interface PostcodeLocation {
  easting: number;
  northing: number;
  /** Lower-tier LA GSS code (`laua`), e.g. E07000223; '' when not given. */
  ltla: string;
}

/** A local authority from the authorities file. */
export interface Authority {
  ltlaCode: string;
  ltlaName: string;
  /** Upper-tier LA GSS code, used as PL_LA. */
  utlaCode: string;
  utlaName: string;
}

/** Postcode and authority look-ups built from ONS files. */
export interface PostcodeReference {
  /** Location of a postcode, matched ignoring spaces and case. */
  lookup(postcode: string): PostcodeLocation | undefined;
  /** Authority for a lower-tier GSS code. */
  authority(ltlaCode: string): Authority | undefined;
  /** Number of postcodes held. */
  readonly size: number;
}

/** Postcode key: upper case with every space removed. */
export function postcodeKey(postcode: string): string {
  for (let i = 0; i < postcode.length; i++) {
    const c = postcode.charCodeAt(i);
    // White space or a lower-case (or non-ASCII) letter: the key differs from the text.
    if (c <= 32 || c >= 97) return postcode.replace(/\s+/g, '').toUpperCase();
  }
  return postcode;
}

function readColumns(
  file: SourceFile,
  required: readonly string[],
): { rows: string[][]; index: number[]; lines: number[] } {
  const { text } = decodeText(file);
  const { records, lines } = parseCsv(text, file.name);
  if (records.length === 0) {
    throw new Ssda903InputError(`The file has no header row. Expected columns ${required.join(', ')}.`, {
      file: file.name,
    });
  }
  const header = records[0]!.map((h) => h.trim().toLowerCase());
  const index = required.map((c) => header.indexOf(c.toLowerCase()));
  const missing = required.filter((_, i) => index[i]! < 0);
  if (missing.length > 0) {
    throw new Ssda903InputError(
      `The file is missing the column(s) ${missing.join(', ')} (found ${records[0]!.join(', ')}). ` +
        'Use the ONS file with these column names.',
      { file: file.name, line: lines[0] },
    );
  }
  return { rows: records.slice(1), index, lines: lines.slice(1) };
}

/**
 * Builds the postcode reference from the ONS postcode directory extract (columns `pcd, oseast1m, osnrth1m,
 * laua`) and the authorities file (`LTLA21CD, LTLA21NM, UTLA21CD, UTLA21NM`). Rows without a grid
 * reference are skipped.
 */
export function readPostcodeReference(postcodesCsv: SourceFile, authoritiesCsv: SourceFile): PostcodeReference {
  const postcodes = new Map<string, PostcodeLocation>();
  // The same locations by the postcode as the file writes it (upper case, e.g. "KF1 2AB"), the way returns
  // usually write them too: a look-up then needs no key made.
  const asWritten = new Map<string, PostcodeLocation>();
  const pc = readColumns(postcodesCsv, ['pcd', 'oseast1m', 'osnrth1m', 'laua']);
  const [iPcd, iEast, iNorth, iLaua] = pc.index as [number, number, number, number];
  for (let r = 0; r < pc.rows.length; r++) {
    const cells = pc.rows[r]!;
    const key = postcodeKey(cells[iPcd] ?? '');
    if (key === '') continue;
    const eastText = (cells[iEast] ?? '').trim();
    const northText = (cells[iNorth] ?? '').trim();
    if (eastText === '' || northText === '') continue;
    const easting = Number(eastText);
    const northing = Number(northText);
    if (!Number.isFinite(easting) || !Number.isFinite(northing)) {
      throw new Ssda903InputError(`The grid reference "${eastText}, ${northText}" is not a number.`, {
        file: postcodesCsv.name,
        line: pc.lines[r],
      });
    }
    const location = { easting, northing, ltla: (cells[iLaua] ?? '').trim().toUpperCase() };
    postcodes.set(key, location);
    asWritten.set((cells[iPcd] ?? '').trim().toUpperCase(), location);
  }
  const authorities = new Map<string, Authority>();
  const la = readColumns(authoritiesCsv, ['LTLA21CD', 'LTLA21NM', 'UTLA21CD', 'UTLA21NM']);
  const [iLc, iLn, iUc, iUn] = la.index as [number, number, number, number];
  for (const cells of la.rows) {
    const ltlaCode = (cells[iLc] ?? '').trim().toUpperCase();
    if (ltlaCode === '') continue;
    authorities.set(ltlaCode, {
      ltlaCode,
      ltlaName: (cells[iLn] ?? '').trim(),
      utlaCode: (cells[iUc] ?? '').trim().toUpperCase(),
      utlaName: (cells[iUn] ?? '').trim(),
    });
  }
  return {
    lookup: (postcode) => asWritten.get(postcode) ?? postcodes.get(postcodeKey(postcode)),
    authority: (code) => authorities.get(code.toUpperCase()),
    size: postcodes.size,
  };
}
