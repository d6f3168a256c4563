/** UPN check letters for remainders 0–22 (the UPN standard: A–Z without I, O and S). */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** True when characters 2–13 of a 13-character UPN are all digits (the form whose check letter is defined). */
export function hasTwelveDigits(upn: string): boolean {
  return upn.length === 13 && /^\d{12}$/.test(upn.slice(1));
}

/** The check letter for a UPN whose characters 2–13 are digits: Σ digit × position (2–13) mod 23. */
export function upnCheckLetter(upn: string): string {
  let sum = 0;
  for (let i = 1; i < 13; i++) sum += (upn.charCodeAt(i) - 48) * (i + 1);
  return CHECK_LETTERS[sum % 23]!;
}
