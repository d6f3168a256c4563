import { rule406 } from './codes/rule-406.ts';
import { rule407 } from './codes/rule-407.ts';
import { rule408 } from './codes/rule-408.ts';
import { rule411 } from './codes/rule-411.ts';
import { rule420 } from './codes/rule-420.ts';
import { rule426 } from './codes/rule-426.ts';
import { rule431 } from './codes/rule-431.ts';
import { rule432 } from './codes/rule-432.ts';
import { rule433 } from './codes/rule-433.ts';
import { rule434 } from './codes/rule-434.ts';
import { rule435 } from './codes/rule-435.ts';
import { rule436 } from './codes/rule-436.ts';
import { rule437 } from './codes/rule-437.ts';
import { rule440 } from './codes/rule-440.ts';
import { rule441 } from './codes/rule-441.ts';
import { rule442 } from './codes/rule-442.ts';
import { rule444 } from './codes/rule-444.ts';
import { rule445 } from './codes/rule-445.ts';
import { rule446 } from './codes/rule-446.ts';
import { rule451 } from './codes/rule-451.ts';
import { rule452 } from './codes/rule-452.ts';
import { rule453 } from './codes/rule-453.ts';
import { rule454 } from './codes/rule-454.ts';
import { rule460 } from './codes/rule-460.ts';
import { rule501 } from './codes/rule-501.ts';
import { rule502 } from './codes/rule-502.ts';
import { rule503A } from './codes/rule-503A.ts';
import { rule503B } from './codes/rule-503B.ts';
import { rule503C } from './codes/rule-503C.ts';
import { rule503D2024, rule503D2026 } from './codes/rule-503D.ts';
import { rule503E } from './codes/rule-503E.ts';
import { rule503F } from './codes/rule-503F.ts';
import { rule503G } from './codes/rule-503G.ts';
import { rule503H } from './codes/rule-503H.ts';
import { rule503J } from './codes/rule-503J.ts';
import { rule504 } from './codes/rule-504.ts';
import { rule511 } from './codes/rule-511.ts';
import { rule514 } from './codes/rule-514.ts';
import { rule516 } from './codes/rule-516.ts';
import { rule517 } from './codes/rule-517.ts';
import { rule518 } from './codes/rule-518.ts';
import { rule519 } from './codes/rule-519.ts';
import { rule520 } from './codes/rule-520.ts';
import { rule521 } from './codes/rule-521.ts';
import { rule522 } from './codes/rule-522.ts';
import { rule523 } from './codes/rule-523.ts';
import { rule524 } from './codes/rule-524.ts';
import { rule525 } from './codes/rule-525.ts';
import { rule526, rule526From2026 } from './codes/rule-526.ts';
import { rule527 } from './codes/rule-527.ts';
import { rule528 } from './codes/rule-528.ts';
import { rule529 } from './codes/rule-529.ts';
import { rule530 } from './codes/rule-530.ts';
import { rule531 } from './codes/rule-531.ts';
import { rule542 } from './codes/rule-542.ts';
import { rule543 } from './codes/rule-543.ts';
import { rule544 } from './codes/rule-544.ts';
import { rule545 } from './codes/rule-545.ts';
import { rule546 } from './codes/rule-546.ts';
import { rule547 } from './codes/rule-547.ts';
import { rule550 } from './codes/rule-550.ts';
import { rule551 } from './codes/rule-551.ts';
import { rule552 } from './codes/rule-552.ts';
import { rule553 } from './codes/rule-553.ts';
import { rule554 } from './codes/rule-554.ts';
import { rule555 } from './codes/rule-555.ts';
import { rule556 } from './codes/rule-556.ts';
import { rule557, rule557To2024 } from './codes/rule-557.ts';
import { rule558 } from './codes/rule-558.ts';
import { rule559 } from './codes/rule-559.ts';
import { rule560 } from './codes/rule-560.ts';
import { rule561 } from './codes/rule-561.ts';
import { rule562 } from './codes/rule-562.ts';
import { rule563 } from './codes/rule-563.ts';
import { rule564 } from './codes/rule-564.ts';
import { rule565 } from './codes/rule-565.ts';
import { rule566 } from './codes/rule-566.ts';
import { rule567 } from './codes/rule-567.ts';
import { rule570 } from './codes/rule-570.ts';
import { rule571 } from './codes/rule-571.ts';
import { rule574 } from './codes/rule-574.ts';
import { rule575 } from './codes/rule-575.ts';
import { rule576 } from './codes/rule-576.ts';
import { rule577 } from './codes/rule-577.ts';
import { rule578 } from './codes/rule-578.ts';
import { rule579 } from './codes/rule-579.ts';
import { rule580 } from './codes/rule-580.ts';
import { rule581 } from './codes/rule-581.ts';
import { rule582 } from './codes/rule-582.ts';
import { rule583 } from './codes/rule-583.ts';
import { rule584 } from './codes/rule-584.ts';
import { rule586 } from './codes/rule-586.ts';
import { rule601 } from './codes/rule-601.ts';
import { rule602 } from './codes/rule-602.ts';
import { rule607, rule607To2024 } from './codes/rule-607.ts';
import { rule611 } from './codes/rule-611.ts';
import { rule612, rule612To2024 } from './codes/rule-612.ts';
import { rule620 } from './codes/rule-620.ts';
import { rule621 } from './codes/rule-621.ts';
import { rule624 } from './codes/rule-624.ts';
import { rule625 } from './codes/rule-625.ts';
import { rule626 } from './codes/rule-626.ts';
import { rule628 } from './codes/rule-628.ts';
import { rule630 } from './codes/rule-630.ts';
import { rule631 } from './codes/rule-631.ts';
import { rule632 } from './codes/rule-632.ts';
import { rule633 } from './codes/rule-633.ts';
import { rule634 } from './codes/rule-634.ts';
import { rule635 } from './codes/rule-635.ts';
import { rule700 } from './codes/rule-700.ts';
import { rule701 } from './codes/rule-701.ts';
import { rule702 } from './codes/rule-702.ts';
import { rule703 } from './codes/rule-703.ts';
import { rule704 } from './codes/rule-704.ts';
import { rule705 } from './codes/rule-705.ts';
import { rule706 } from './codes/rule-706.ts';
import { rule707 } from './codes/rule-707.ts';
import { rule708 } from './codes/rule-708.ts';
import { rule709 } from './codes/rule-709.ts';
import { rule710 } from './codes/rule-710.ts';
import { rule1000 } from './codes/rule-1000.ts';
import { rule1001 } from './codes/rule-1001.ts';
import { rule1002 } from './codes/rule-1002.ts';
import { rule1003 } from './codes/rule-1003.ts';
import { rule1004 } from './codes/rule-1004.ts';
import { rule1005 } from './codes/rule-1005.ts';
import { rule1006 } from './codes/rule-1006.ts';
import { rule1007 } from './codes/rule-1007.ts';
import { rule1008 } from './codes/rule-1008.ts';
import { rule1009 } from './codes/rule-1009.ts';
import { rule1010 } from './codes/rule-1010.ts';
import { rule1011 } from './codes/rule-1011.ts';
import { rule1012 } from './codes/rule-1012.ts';
import { rule1014 } from './codes/rule-1014.ts';
import { rule1015 } from './codes/rule-1015.ts';
import { rule1016 } from './codes/rule-1016.ts';
import { rule3001 } from './codes/rule-3001.ts';
import { ruleSW01aSTG1 } from './codes/rule-SW01aSTG1.ts';
import { ruleSW01bSTG1 } from './codes/rule-SW01bSTG1.ts';
import { ruleSW01STG1 } from './codes/rule-SW01STG1.ts';
import { ruleSW02STG1 } from './codes/rule-SW02STG1.ts';
import { ruleSW03STG1 } from './codes/rule-SW03STG1.ts';
import { ruleSW04STG1 } from './codes/rule-SW04STG1.ts';
import { ruleSW05STG1 } from './codes/rule-SW05STG1.ts';
import { ruleSW06STG2 } from './codes/rule-SW06STG2.ts';
import { ruleSW07STG2, ruleSW07STG2To2024 } from './codes/rule-SW07STG2.ts';
import { ruleSW08STG2 } from './codes/rule-SW08STG2.ts';
import { ruleSW09STG2 } from './codes/rule-SW09STG2.ts';
import { ruleSW10STG2, ruleSW10STG2To2024 } from './codes/rule-SW10STG2.ts';
import { ruleSW11aSTG2 } from './codes/rule-SW11aSTG2.ts';
import { ruleSW11bSTG2 } from './codes/rule-SW11bSTG2.ts';
import { ruleSW12STG2, ruleSW12STG2To2024 } from './codes/rule-SW12STG2.ts';
import { ruleSW13STG1, ruleSW13STG1To2024 } from './codes/rule-SW13STG1.ts';
import { ruleSW14STG2 } from './codes/rule-SW14STG2.ts';
import { ruleSW17STG2 } from './codes/rule-SW17STG2.ts';
import type { RuleDefinition } from './rule.ts';

/** Rule definitions for codes 400–699, 700–710 (DoLO), 1000+, 3001 and the social-worker rules SWnnSTGn. */
export const rules400plus: readonly RuleDefinition[] = [
  rule406,
  rule407,
  rule408,
  rule411,
  rule420,
  rule426,
  rule431,
  rule432,
  rule433,
  rule434,
  rule435,
  rule436,
  rule437,
  rule440,
  rule441,
  rule442,
  rule444,
  rule445,
  rule446,
  rule451,
  rule452,
  rule453,
  rule454,
  rule460,
  rule501,
  rule502,
  rule503A,
  rule503B,
  rule503C,
  rule503D2024,
  rule503D2026,
  rule503E,
  rule503F,
  rule503G,
  rule503H,
  rule503J,
  rule504,
  rule511,
  rule514,
  rule516,
  rule517,
  rule518,
  rule519,
  rule520,
  rule521,
  rule522,
  rule523,
  rule524,
  rule525,
  rule526,
  rule526From2026,
  rule527,
  rule528,
  rule529,
  rule530,
  rule531,
  rule542,
  rule543,
  rule544,
  rule545,
  rule546,
  rule547,
  rule550,
  rule551,
  rule552,
  rule553,
  rule554,
  rule555,
  rule556,
  rule557To2024,
  rule557,
  rule558,
  rule559,
  rule560,
  rule561,
  rule562,
  rule563,
  rule564,
  rule565,
  rule566,
  rule567,
  rule570,
  rule571,
  rule574,
  rule575,
  rule576,
  rule577,
  rule578,
  rule579,
  rule580,
  rule581,
  rule582,
  rule583,
  rule584,
  rule586,
  rule601,
  rule602,
  rule607To2024,
  rule607,
  rule611,
  rule612To2024,
  rule612,
  rule620,
  rule621,
  rule624,
  rule625,
  rule626,
  rule628,
  rule630,
  rule631,
  rule632,
  rule633,
  rule634,
  rule635,
  rule700,
  rule701,
  rule702,
  rule703,
  rule704,
  rule705,
  rule706,
  rule707,
  rule708,
  rule709,
  rule710,
  rule1000,
  rule1001,
  rule1002,
  rule1003,
  rule1004,
  rule1005,
  rule1006,
  rule1007,
  rule1008,
  rule1009,
  rule1010,
  rule1011,
  rule1012,
  rule1014,
  rule1015,
  rule1016,
  rule3001,
  ruleSW01STG1,
  ruleSW01aSTG1,
  ruleSW01bSTG1,
  ruleSW02STG1,
  ruleSW03STG1,
  ruleSW04STG1,
  ruleSW05STG1,
  ruleSW06STG2,
  ruleSW07STG2To2024,
  ruleSW07STG2,
  ruleSW08STG2,
  ruleSW09STG2,
  ruleSW10STG2To2024,
  ruleSW10STG2,
  ruleSW11aSTG2,
  ruleSW11bSTG2,
  ruleSW12STG2To2024,
  ruleSW12STG2,
  ruleSW13STG1To2024,
  ruleSW13STG1,
  ruleSW14STG2,
  ruleSW17STG2,
];
