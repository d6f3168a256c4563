import { rule202 } from './codes/rule-202.ts';
import { rule203 } from './codes/rule-203.ts';
import { rule204 } from './codes/rule-204.ts';
import { rule205A } from './codes/rule-205A.ts';
import { rule205B } from './codes/rule-205B.ts';
import { rule205C } from './codes/rule-205C.ts';
import { rule205D } from './codes/rule-205D.ts';
import { rule207 } from './codes/rule-207.ts';
import { rule208 } from './codes/rule-208.ts';
import { rule209 } from './codes/rule-209.ts';
import { rule210 } from './codes/rule-210.ts';
import { rule213, rule213From2026 } from './codes/rule-213.ts';
import { rule214 } from './codes/rule-214.ts';
import { rule215 } from './codes/rule-215.ts';
import { rule217 } from './codes/rule-217.ts';
import { rule217t } from './codes/rule-217t.ts';
import { rule218, rule218From2026, rule218In2025 } from './codes/rule-218.ts';
import { rule219 } from './codes/rule-219.ts';
import { rule221, rule221From2025 } from './codes/rule-221.ts';
import { rule222, rule222From2026, rule222In2025 } from './codes/rule-222.ts';
import { rule224 } from './codes/rule-224.ts';
import { rule225 } from './codes/rule-225.ts';
import { rule226, rule226From2026 } from './codes/rule-226.ts';
import { rule227 } from './codes/rule-227.ts';
import { rule228 } from './codes/rule-228.ts';
import { rule229 } from './codes/rule-229.ts';
import { rule230 } from './codes/rule-230.ts';
import { rule231 } from './codes/rule-231.ts';
import { rule232 } from './codes/rule-232.ts';
import { rule233 } from './codes/rule-233.ts';
import { rule234 } from './codes/rule-234.ts';
import { rule301 } from './codes/rule-301.ts';
import { rule302 } from './codes/rule-302.ts';
import { rule303 } from './codes/rule-303.ts';
import { rule304 } from './codes/rule-304.ts';
import { rule331 } from './codes/rule-331.ts';
import { rule333 } from './codes/rule-333.ts';
import { rule334 } from './codes/rule-334.ts';
import { rule335 } from './codes/rule-335.ts';
import { rule336 } from './codes/rule-336.ts';
import { rule344 } from './codes/rule-344.ts';
import { rule345 } from './codes/rule-345.ts';
import { rule347 } from './codes/rule-347.ts';
import { rule348 } from './codes/rule-348.ts';
import { rule351 } from './codes/rule-351.ts';
import { rule352 } from './codes/rule-352.ts';
import { rule353 } from './codes/rule-353.ts';
import { rule354 } from './codes/rule-354.ts';
import { rule355 } from './codes/rule-355.ts';
import { rule356 } from './codes/rule-356.ts';
import { rule357 } from './codes/rule-357.ts';
import { rule358 } from './codes/rule-358.ts';
import { rule359 } from './codes/rule-359.ts';
import { rule361 } from './codes/rule-361.ts';
import { rule362 } from './codes/rule-362.ts';
import { rule363 } from './codes/rule-363.ts';
import { rule364 } from './codes/rule-364.ts';
import { rule365 } from './codes/rule-365.ts';
import { rule366 } from './codes/rule-366.ts';
import { rule367 } from './codes/rule-367.ts';
import { rule370 } from './codes/rule-370.ts';
import { rule371, rule371From2025 } from './codes/rule-371.ts';
import { rule372 } from './codes/rule-372.ts';
import { rule373 } from './codes/rule-373.ts';
import { rule374 } from './codes/rule-374.ts';
import { rule375 } from './codes/rule-375.ts';
import { rule376 } from './codes/rule-376.ts';
import { rule377 } from './codes/rule-377.ts';
import { rule378 } from './codes/rule-378.ts';
import { rule379 } from './codes/rule-379.ts';
import { rule380 } from './codes/rule-380.ts';
import { rule381 } from './codes/rule-381.ts';
import { rule382 } from './codes/rule-382.ts';
import { rule383, rule383From2026 } from './codes/rule-383.ts';
import { rule384 } from './codes/rule-384.ts';
import { rule385 } from './codes/rule-385.ts';
import { rule386 } from './codes/rule-386.ts';
import { rule387 } from './codes/rule-387.ts';
import { rule388 } from './codes/rule-388.ts';
import { rule389 } from './codes/rule-389.ts';
import { rule390 } from './codes/rule-390.ts';
import { rule391 } from './codes/rule-391.ts';
import { rule392a } from './codes/rule-392a.ts';
import { rule392b } from './codes/rule-392b.ts';
import { rule392c } from './codes/rule-392c.ts';
import { rule392d } from './codes/rule-392d.ts';
import { rule393, rule393From2025 } from './codes/rule-393.ts';
import { rule398 } from './codes/rule-398.ts';
import { rule399 } from './codes/rule-399.ts';
import type { RuleDefinition } from './rule.ts';

/** Rule definitions for codes 200–399 (including letter-suffixed sub-rules such as 205A–D, 217t, 392a–d). */
export const rules200to399: readonly RuleDefinition[] = [
  rule202,
  rule203,
  rule204,
  rule205A,
  rule205B,
  rule205C,
  rule205D,
  rule207,
  rule208,
  rule209,
  rule210,
  rule213,
  rule213From2026,
  rule214,
  rule215,
  rule217,
  rule217t,
  rule218,
  rule218In2025,
  rule218From2026,
  rule219,
  rule221,
  rule221From2025,
  rule222,
  rule222In2025,
  rule222From2026,
  rule224,
  rule225,
  rule226,
  rule226From2026,
  rule227,
  rule228,
  rule229,
  rule230,
  rule231,
  rule232,
  rule233,
  rule234,
  rule301,
  rule302,
  rule303,
  rule304,
  rule331,
  rule333,
  rule334,
  rule335,
  rule336,
  rule344,
  rule345,
  rule347,
  rule348,
  rule351,
  rule352,
  rule353,
  rule354,
  rule355,
  rule356,
  rule357,
  rule358,
  rule359,
  rule361,
  rule362,
  rule363,
  rule364,
  rule365,
  rule366,
  rule367,
  rule370,
  rule371,
  rule371From2025,
  rule372,
  rule373,
  rule374,
  rule375,
  rule376,
  rule377,
  rule378,
  rule379,
  rule380,
  rule381,
  rule382,
  rule383,
  rule383From2026,
  rule384,
  rule385,
  rule386,
  rule387,
  rule388,
  rule389,
  rule390,
  rule391,
  rule392a,
  rule392b,
  rule392c,
  rule392d,
  rule393,
  rule393From2025,
  rule398,
  rule399,
];
