import { oldAbuseFactor } from './old-abuse-factor.ts';

/** 8950Q (from 2024/25) — factor 19A (sexual abuse) should be recorded as 19B or 19C. */
export const rule8950Q = oldAbuseFactor(
  '8950Q',
  '19A',
  "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)",
);
