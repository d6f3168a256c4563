/**
 * Every rule whose count differs from the reference validator's on the public fake return, with the reason.
 * `year` omitted = all years. The oracle test fails on an unlisted difference and on a listed one that no longer differs.
 */
export const oracleDifferences: Array<{ year?: number; code: string; reason: string }> = [
  {
    code: '164',
    reason:
      'PL_DISTANCE is derived from postcodes. The reference ran without a postcode reference and flagged 0 rows; ' +
      'Waypoint does not run the rule without the postcode reference ("not run: needs the postcode and ' +
      'authority reference files").',
  },
  {
    code: '169',
    reason:
      'PL_LA is derived from postcodes. Without a postcode reference the reference flags every non-V3/V4 episode ' +
      '(4,247) because PL_LA was never derived; Waypoint reports the rule as not run instead.',
  },
  {
    code: '179',
    reason:
      'PL_LOCATION is derived from postcodes. Without a postcode reference the reference flags every non-V3/V4 episode ' +
      '(4,247); Waypoint reports the rule as not run instead.',
  },
  {
    code: '199',
    reason:
      "Reference defect: it concatenates this year's and last year's episodes without removing episodes present in both, " +
      "then sorts with an unstable sort, so an adoption episode repeated in last year's return is counted as a second " +
      'adoption whenever its copy sorts first (88 here, where the same return is both years). Waypoint counts an ' +
      'episode found in both returns (same CHILD and DECOM) once: 20 episodes start after an adoption.',
  },
  {
    year: 2026,
    code: '178',
    reason:
      'Reference defect (spec §9.6): its 2025/26 list of placements that take no provider omits T4, which rules 213 and ' +
      '526 treat as a temporary placement with no provider; Waypoint includes T4 (194 more T4 episodes with a ' +
      'provider).',
  },
  {
    code: '229',
    reason:
      "Needs the returning authority's code (metadata localAuthority in the reference), which the oracle test " +
      "does not supply, so Waypoint reports the rule as not run. Given any code, Waypoint flags the reference's" +
      ' 842 PR1 episodes (no fake URN is on the fake lists).',
  },
  {
    code: '359',
    reason:
      'Reference defect: its rule 365 fills blank DEC with the collection end date through an in-place .loc ' +
      'assignment on a shallow copy of the shared Episodes table, so every rule that runs after 365 sees open ' +
      'episodes as ended on 31 March (the counts change with the collection year although the data do not). ' +
      'Replaying that fill reproduces the reference count exactly; Waypoint keeps open episodes open. Waypoint ' +
      'flags the open episodes of young people over 18 not in V2/K2 (the reference sees no open episode and ' +
      'flags 0).',
  },
  {
    year: 2024,
    code: '370',
    reason:
      'Reference defect: its age-floor helper (decom_before_dob) drops episodes without a valid DEC, so open P2' +
      ' placements are never checked; Waypoint checks them (46 more).',
  },
  {
    year: 2024,
    code: '371',
    reason:
      'Reference defect: its age-floor helper (decom_before_dob) drops episodes without a valid DEC, so open H5' +
      ' placements are never checked; Waypoint checks them (50 more).',
  },
  {
    code: '372',
    reason:
      'Reference defect: its age-floor helper (decom_before_dob) drops episodes without a valid DEC, so open R5' +
      ' placements are never checked; Waypoint checks them (29 more).',
  },
  {
    code: '373',
    reason:
      'Reference defect: its age-floor helper (decom_before_dob) drops episodes without a valid DEC, so open S1' +
      ' placements are never checked; Waypoint checks them (1 more).',
  },
  {
    code: '374',
    reason:
      'Reference defect: its age-floor helper (decom_before_dob) drops episodes without a valid DEC, so open P3' +
      ' placements are never checked; Waypoint checks them (43 more).',
  },
  {
    code: '376',
    reason:
      'Reference defect: its rule 365 fills blank DEC with the collection end date through an in-place .loc ' +
      'assignment on a shallow copy of the shared Episodes table, so every rule that runs after 365 sees open ' +
      'episodes as ended on 31 March (the counts change with the collection year although the data do not). ' +
      'Replaying that fill reproduces the reference count exactly; Waypoint keeps open episodes open. Open T3 ' +
      'episodes then last until 31 March and exceed three weeks (56 more in the reference).',
  },
  {
    code: '386',
    reason:
      'Reference defect: its rule 365 fills blank DEC with the collection end date through an in-place .loc ' +
      'assignment on a shallow copy of the shared Episodes table, so every rule that runs after 365 sees open ' +
      'episodes as ended on 31 March (the counts change with the collection year although the data do not). ' +
      'Replaying that fill reproduces the reference count exactly; Waypoint keeps open episodes open. Open ' +
      "episodes with an adoption REC then 'end' after the 18th birthday (15/16/18 by year); Waypoint flags " +
      'none.',
  },
  {
    code: '387',
    reason:
      'Reference defect: its rule 365 fills blank DEC with the collection end date through an in-place .loc ' +
      'assignment on a shallow copy of the shared Episodes table, so every rule that runs after 365 sees open ' +
      'episodes as ended on 31 March (the counts change with the collection year although the data do not). ' +
      'Replaying that fill reproduces the reference count exactly; Waypoint keeps open episodes open. Open ' +
      'episodes with REC E5/E6 are then checked against 31 March (69/69/66 by year); Waypoint checks ended ' +
      'episodes only (61).',
  },
  {
    code: '388',
    reason:
      'Reference defect: its rule 365 fills blank DEC with the collection end date through an in-place .loc ' +
      'assignment on a shallow copy of the shared Episodes table, so every rule that runs after 365 sees open ' +
      'episodes as ended on 31 March (the counts change with the collection year although the data do not). ' +
      'Replaying that fill reproduces the reference count exactly; Waypoint keeps open episodes open. Open ' +
      'episodes with REC X1 then look ended without a continuation (1,081); Waypoint flags 21.',
  },
  {
    code: '392a',
    reason:
      'PL_DISTANCE is derived from postcodes. Without a postcode reference the reference flags every non-V3/V4 ' +
      'episode of a non-UASC child (4,017); Waypoint reports the rule as not run instead.',
  },
  {
    code: '392c',
    reason:
      'Postcode validity needs the postcode reference. Without one the reference finds no postcode and flags ' +
      'every episode with a postcode (5,049); Waypoint reports the rule as not run instead.',
  },
  // Codes 400+ (rules maintained in src/rules/catalogue-400-plus.ts).
  ...['406', '420', '452', '453', '503G', '503H', '503J'].map((code) => ({
    code,
    reason:
      'PL_DISTANCE / PL_LA / PL_LOCATION are derived from postcodes. The reference ran on the never-derived (blank) ' +
      'fields and flagged 0 rows; Waypoint reports the rule as not run without the postcode reference.',
  })),
  {
    year: 2026,
    code: '454',
    reason:
      'PL_DISTANCE is derived from postcodes. The reference ran on the blank field and flagged 0 rows; Waypoint ' +
      'reports the rule as not run without the postcode reference.',
  },
  {
    code: '411',
    reason:
      "Needs PL_LA/PL_LOCATION (postcode reference) and the authority's code; the reference ran on blank fields " +
      'and flagged 0 rows; Waypoint reports the rule as not run.',
  },
  {
    code: '1015',
    reason:
      'PL_LA is derived from postcodes. Without a postcode reference the reference flags every PR1 non-foster, ' +
      "non-adoption episode (448) because PL_LA never equals the authority's code; Waypoint reports the rule as not run.",
  },
  {
    code: '407',
    reason:
      "Reference defect (state shared between rules): an earlier rule fills blank DEC with 31 March in the reference's " +
      'shared episode data, so open episodes with an SGO reason look ended on 31 March of the collection year ' +
      '(64/76/82 episode+header rows). Waypoint reads DEC as supplied: no SGO episode ends after the 18th birthday.',
  },
  {
    year: 2024,
    code: '555',
    reason:
      'Reference defect (state shared between rules): blank DEC already filled with 31 March by an earlier rule, so ' +
      'the reference no longer sees the 3 open D1 episodes whose child has a reversed decision; Waypoint flags 353.',
  },
  {
    code: '584',
    reason:
      "Reference defect: it maps failing pairs back through its joined table's row numbers instead of the " +
      'PlacedAdoption row numbers (and compares dd/mm/yyyy text); Waypoint flags the 30 PlacedAdoption rows whose ' +
      "decision is not later than last year's reversed one (every row here, as both years are the same file).",
  },
  {
    code: '602',
    reason:
      'Reference defect (state shared between rules): one AD1 child has an open E11/E12 episode whose blank DEC was ' +
      'filled with 31 March by an earlier rule, so it looks adopted in the year; Waypoint flags all 29 AD1 rows.',
  },
  {
    year: 2024,
    code: '607',
    reason:
      'Reference defect (state shared between rules): open episodes with a non-X1 REC look ended on 31 March after ' +
      'an earlier rule filled blank DEC (321 rows); no fake episode really ends in 2023/24, so Waypoint flags none.',
  },
  {
    year: 2024,
    code: 'SW01STG1',
    reason:
      'Reference defect: by the time it runs an earlier rule has filled every blank DEC, so it finds no child looked ' +
      'after at 31 March (and it would report Episodes row numbers as SWEpisodes rows). Waypoint flags the 1,196 open ' +
      'non-V3/V4 episodes of children without a complete social worker episode.',
  },
  {
    year: 2024,
    code: 'SW12STG2',
    reason:
      'Reference defect (state shared between rules): it only checks episodes ending in 2023/24, which exist in the ' +
      'fake data only because an earlier rule filled blank DEC with 31 March (1,230). Waypoint reads DEC as supplied: ' +
      'no episode ends in the year.',
  },
  {
    year: 2025,
    code: 'SW12STG2',
    reason:
      'Reference defect: from 2024/25 it flags every open episode that did not start care (REC blank is "not X1"), ' +
      'although its own test calls such an episode "not a start or end placement" and passes it; that flags nearly ' +
      'every child in care on 31 March (343 here). Waypoint checks only episodes that start care (RNE S) or end it ' +
      '(a DEC with REC other than X1), and passes one that a social worker episode covers (52 here).',
  },
  {
    year: 2026,
    code: 'SW12STG2',
    reason:
      'Reference defect: from 2024/25 it flags every open episode that did not start care (REC blank is "not X1"), ' +
      'although its own test calls such an episode "not a start or end placement" and passes it; that flags nearly ' +
      'every child in care on 31 March (as for 2024/25). Waypoint checks only episodes that start care (RNE S) or end it ' +
      '(a DEC with REC other than X1), and passes one that a social worker episode covers.',
  },
];
