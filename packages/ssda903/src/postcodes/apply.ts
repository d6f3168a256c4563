import type { EpisodeRow, Tables } from '../tables.ts';
import type { PostcodeReference } from './reference.ts';

const COUNTRY_BY_PREFIX: Readonly<Record<string, string>> = { S: 'SCO', W: 'WAL', N: 'NIR' };
const METRES_PER_MILE = 1000 * 1.6093;

/** Upper-tier LA (or SCO/WAL/NIR) of a postcode, or '' when the postcode is unknown. */
export function placementLa(reference: PostcodeReference, postcode: string): string {
  if (postcode === '') return '';
  const location = reference.lookup(postcode);
  if (!location) return '';
  const country = COUNTRY_BY_PREFIX[location.ltla.charAt(0)];
  if (country) return country;
  return reference.authority(location.ltla)?.utlaCode ?? '';
}

/** Straight-line miles between two postcodes to 1 decimal place (DfE formula), or '' when either is unknown. */
export function placementDistance(reference: PostcodeReference, home: string, placement: string): string {
  if (home === '' || placement === '') return '';
  const a = reference.lookup(home);
  const b = reference.lookup(placement);
  if (!a || !b) return '';
  const miles = Math.hypot(a.easting - b.easting, a.northing - b.northing) / METRES_PER_MILE;
  return (Math.round(miles * 10) / 10).toFixed(1);
}

function deriveEpisode(row: EpisodeRow, reference: PostcodeReference, laCode: string): EpisodeRow {
  const location = row.PL_POST === '' ? undefined : reference.lookup(row.PL_POST);
  const plLa = placementLa(reference, row.PL_POST);
  let plLocation = '';
  if (location && location.ltla !== '') plLocation = plLa !== '' && plLa === laCode ? 'IN' : 'OUT';
  return {
    ...row,
    PL_LA: plLa,
    PL_LOCATION: plLocation,
    PL_DISTANCE: placementDistance(reference, row.HOME_POST, row.PL_POST),
  };
}

/**
 * Returns the tables with each episode's derived placement fields filled from the postcode reference:
 * PL_LA (upper-tier GSS code of PL_POST; SCO, WAL or NIR outside England), PL_LOCATION (IN when PL_LA is the
 * returning authority, OUT otherwise, blank when PL_POST is unknown) and PL_DISTANCE (miles from HOME_POST).
 * The input tables are not changed.
 */
export function applyPostcodeFields(tables: Tables, reference: PostcodeReference, laCode: string): Tables {
  if (!tables.Episodes) return tables;
  const la = laCode.trim().toUpperCase();
  return { ...tables, Episodes: tables.Episodes.map((row) => deriveEpisode(row, reference, la)) };
}
