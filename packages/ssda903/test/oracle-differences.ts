/**
 * Every rule whose count differs from the reference validator's on the public fake return, with the reason.
 * `year` omitted = all years. The oracle test fails on an unlisted difference and on a listed one that no longer differs.
 */
export const oracleDifferences: Array<{ year?: number; code: string; reason: string }> = [];
