import { oldAbuseFactor } from './old-abuse-factor.ts';

/** 8945Q (from 2024/25) — factor 18A (physical abuse) should be recorded as 18B or 18C. */
export const rule8945Q = oldAbuseFactor(
  '8945Q',
  '18A',
  "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)",
);
