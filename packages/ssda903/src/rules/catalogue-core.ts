import { childInHeaderRules } from './codes/integrity-child-in-header.ts';
import { matchesHeaderRules } from './codes/integrity-matches-header.ts';
import { oneRowPerChildRules } from './codes/integrity-one-row-per-child.ts';
import { rule101From2025, rule101To2024 } from './codes/rule-101.ts';
import { rule102 } from './codes/rule-102.ts';
import { rule103 } from './codes/rule-103.ts';
import { rule104 } from './codes/rule-104.ts';
import { rule105 } from './codes/rule-105.ts';
import { rule112 } from './codes/rule-112.ts';
import { rule113 } from './codes/rule-113.ts';
import { rule114 } from './codes/rule-114.ts';
import { rule115 } from './codes/rule-115.ts';
import { rule116 } from './codes/rule-116.ts';
import { rule117 } from './codes/rule-117.ts';
import { rule118 } from './codes/rule-118.ts';
import { rule119 } from './codes/rule-119.ts';
import { rule120 } from './codes/rule-120.ts';
import { rule131 } from './codes/rule-131.ts';
import { rule132 } from './codes/rule-132.ts';
import { rule133 } from './codes/rule-133.ts';
import { rule134 } from './codes/rule-134.ts';
import { rule141 } from './codes/rule-141.ts';
import { rule142 } from './codes/rule-142.ts';
import { rule143 } from './codes/rule-143.ts';
import { rule144 } from './codes/rule-144.ts';
import { rule145 } from './codes/rule-145.ts';
import { rule146From2026, rule146In2023, rule146In2024And2025 } from './codes/rule-146.ts';
import { rule147 } from './codes/rule-147.ts';
import { rule148 } from './codes/rule-148.ts';
import { rule149 } from './codes/rule-149.ts';
import { rule151 } from './codes/rule-151.ts';
import { rule153 } from './codes/rule-153.ts';
import { rule157 } from './codes/rule-157.ts';
import { rule158 } from './codes/rule-158.ts';
import { rule159 } from './codes/rule-159.ts';
import { rule164 } from './codes/rule-164.ts';
import { rule165 } from './codes/rule-165.ts';
import { rule166 } from './codes/rule-166.ts';
import { rule167 } from './codes/rule-167.ts';
import { rule168 } from './codes/rule-168.ts';
import { rule169 } from './codes/rule-169.ts';
import { rule171 } from './codes/rule-171.ts';
import { rule174From2025, rule174To2024 } from './codes/rule-174.ts';
import { rule175 } from './codes/rule-175.ts';
import { rule176 } from './codes/rule-176.ts';
import { rule177 } from './codes/rule-177.ts';
import { rule178From2026, rule178To2025 } from './codes/rule-178.ts';
import { rule179 } from './codes/rule-179.ts';
import { rule180 } from './codes/rule-180.ts';
import { rule181 } from './codes/rule-181.ts';
import { rule182 } from './codes/rule-182.ts';
import { rule184 } from './codes/rule-184.ts';
import { rule185 } from './codes/rule-185.ts';
import { rule186 } from './codes/rule-186.ts';
import { rule187 } from './codes/rule-187.ts';
import { rule188 } from './codes/rule-188.ts';
import { rule189 } from './codes/rule-189.ts';
import { rule190 } from './codes/rule-190.ts';
import { rule191 } from './codes/rule-191.ts';
import { rule192 } from './codes/rule-192.ts';
import { rule193 } from './codes/rule-193.ts';
import { rule196 } from './codes/rule-196.ts';
import { rule197a } from './codes/rule-197a.ts';
import { rule197B } from './codes/rule-197B.ts';
import { rule198 } from './codes/rule-198.ts';
import { rule199 } from './codes/rule-199.ts';
import { ruleEpi } from './codes/rule-epi.ts';
import { ruleNoe } from './codes/rule-noe.ts';
import type { RuleDefinition } from './rule.ts';

/**
 * Rule definitions maintained with the engine: DfE codes 100–199 (a code whose logic or wording changed between
 * years has one definition per span of years) and the tool integrity checks INT01–INT36, EPI and NoE.
 */
export const coreRules: readonly RuleDefinition[] = [
  rule101To2024,
  rule101From2025,
  rule102,
  rule103,
  rule104,
  rule105,
  rule112,
  rule113,
  rule114,
  rule115,
  rule116,
  rule117,
  rule118,
  rule119,
  rule120,
  rule131,
  rule132,
  rule133,
  rule134,
  rule141,
  rule142,
  rule143,
  rule144,
  rule145,
  rule146In2023,
  rule146In2024And2025,
  rule146From2026,
  rule147,
  rule148,
  rule149,
  rule151,
  rule153,
  rule157,
  rule158,
  rule159,
  rule164,
  rule165,
  rule166,
  rule167,
  rule168,
  rule169,
  rule171,
  rule174To2024,
  rule174From2025,
  rule175,
  rule176,
  rule177,
  rule178To2025,
  rule178From2026,
  rule179,
  rule180,
  rule181,
  rule182,
  rule184,
  rule185,
  rule186,
  rule187,
  rule188,
  rule189,
  rule190,
  rule191,
  rule192,
  rule193,
  rule196,
  rule197B,
  rule197a,
  rule198,
  rule199,
  ruleEpi,
  ruleNoe,
  ...childInHeaderRules,
  ...matchesHeaderRules,
  ...oneRowPerChildRules,
];
