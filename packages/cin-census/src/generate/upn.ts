import { upnCheckLetter } from '../rules/codes/upn.ts';

const MODULUS = 1_000_000_000;
/** Odd and not a multiple of 5, so multiplying by it permutes 0 … 10⁹ − 1. */
const MULTIPLIER = 738_662_157;
const OFFSET = 271_828_183;

/** (a × b) mod 10⁹ without leaving exact double arithmetic (a, b < 10⁹). */
function mulMod(a: number, b: number): number {
  const high = Math.floor(b / 100_000);
  const low = b % 100_000;
  return (((a * high) % MODULUS) * 100_000 + a * low) % MODULUS;
}

/**
 * A UPN for `serial` (0 … 10⁹ − 1): the check letter, the 3-digit LA number (characters 2–4) and 9 digits
 * that are a fixed permutation of the serial, so distinct serials give distinct UPNs. The check letter uses
 * the same algorithm as rule 1510.
 */
export function makeUpn(laNumber: string, serial: number): string {
  const digits = laNumber + String((mulMod(serial % MODULUS, MULTIPLIER) + OFFSET) % MODULUS).padStart(9, '0');
  return upnCheckLetter(`?${digits}`) + digits;
}

/** A stable serial in [from, from + span) for a text (FNV-1a), e.g. to give a story child the same UPN every year. */
export function serialOf(text: string, from: number, span: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return from + (hash % span);
}
