/** Unique pupil numbers with their check letter (spec §5.3, the DfE UPN standard). */

const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** The check letter for the 12 digits of a UPN (characters 2–13): weights 2–13, remainder mod 23. */
export function upnCheckLetter(digits: string): string {
  if (!/^\d{12}$/.test(digits)) throw new Error(`A UPN needs 12 digits after its check letter (got "${digits}").`);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (digits.charCodeAt(i) - 48) * (i + 2);
  return CHECK_LETTERS[sum % 23]!;
}

/**
 * A valid UPN for the n-th pupil of an authority: check letter, the authority's 3-digit number, then nine
 * digits made from `n` by a fixed permutation (so consecutive children do not get consecutive numbers, and
 * different `n` always give different UPNs).
 */
export function makeUpn(laNumber: string, n: number): string {
  if (!/^\d{3}$/.test(laNumber)) throw new Error(`The authority number must be 3 digits (got "${laNumber}").`);
  // 3^18 is coprime with 10^9, so n -> n·3^18 + c (mod 10^9) is a permutation of the nine-digit numbers.
  const scrambled = ((BigInt(n) * 387_420_489n + 123_456_789n) % 1_000_000_000n).toString().padStart(9, '0');
  const digits = laNumber + scrambled;
  return upnCheckLetter(digits) + digits;
}
