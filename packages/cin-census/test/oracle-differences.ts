/**
 * Every rule whose count differs from the reference validator's (data-to-insight/csc-validator-be-cin @ 1bf6f22)
 * on the public fake returns, with the reason. `file` (stem, e.g. `CIN_Census_2021`) and `year` omitted = all.
 * Each entry is a defect of the reference (or of the pandas stack it runs on) that Waypoint does not copy.
 * The oracle test fails on an unlisted difference and on a listed one that no longer differs.
 */
export interface OracleDifference {
  file?: string;
  year?: number;
  code: string;
  reason: string;
}

/** The small hand-made files built from CIN_Census_2021.xml that keep its expected birth date of 1066-04-13. */
const EXPECTED_BIRTH_1066 = ['CIN_Census_2021', 'CIN_header_issues_100', 'CIN_la_issues_2887Q'];

const PANDAS_1066 =
  'The file gives ExpectedPersonBirthDate 1066-04-13. pandas cannot hold dates before 1677, so the reference turns it ' +
  'into a missing value; Waypoint reads it as the real (implausible) date it is.';

export const oracleDifferences: OracleDifference[] = [
  {
    code: '8565',
    reason:
      'The reference replaces the CP-plan table with a hard-coded one-row test frame, so a CP plan ending after its ' +
      'episode closed is never reported; Waypoint reports the plan (CPPendDate) and the episode (CINclosureDate, ' +
      'DateOfInitialCPC). Every small file has a CP plan ending after the closure date.',
  },
  {
    code: '1560Q',
    reason:
      'The reference requires characters 2–13 of FormerUPN to be digits, so it rejects temporary UPNs (a letter, ' +
      "11 digits and a letter) such as the files' X98765432123B; the census XSD and DfE guidance allow them as " +
      'former UPNs, so Waypoint accepts them.',
  },
  {
    file: 'fake_CIN_data',
    code: '2887Q',
    reason:
      'The reference counts disability rows equal to NONE (6 here) instead of distinct disability codes. The file uses ' +
      '12 different codes besides NONE, so the "fewer than 8 codes" query does not apply.',
  },
  ...EXPECTED_BIRTH_1066.flatMap((file) =>
    [2025, 2026].map(
      (year): OracleDifference => ({
        file,
        year,
        code: '2886Q',
        reason: `${PANDAS_1066} The only child is therefore "unborn" for Waypoint and excluded from the no-sex-recorded share.`,
      }),
    ),
  ),
  ...['CIN_Census_2024', 'CIN_Census_2026', 'fake_CIN_data'].flatMap((file) =>
    [2023, 2024].map(
      (year): OracleDifference => ({
        file,
        year,
        code: '2886Q',
        reason:
          'The 2022/23–2023/24 reference rule has an operator-precedence bug (isna() | GenderCurrent == 0) and never ' +
          'fires. Here more than 2% of born children have no gender recorded (missing, or 0), so Waypoint raises the query.',
      }),
    ),
  ),
  ...EXPECTED_BIRTH_1066.map(
    (file): OracleDifference => ({
      file,
      code: '8525Q',
      reason: `${PANDAS_1066} The child therefore has both a date of birth and an expected date of birth.`,
    }),
  ),
  ...EXPECTED_BIRTH_1066.map(
    (file): OracleDifference => ({
      file,
      code: '8530Q',
      reason: `${PANDAS_1066} An expected birth in 1066 is outside the March–December window of the census end year.`,
    }),
  ),
];
