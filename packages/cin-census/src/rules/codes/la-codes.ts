/** Expands `"201-213"` style ranges into 3-digit codes. */
function expand(spec: string): string[] {
  const out: string[] = [];
  for (const part of spec.split(',')) {
    const [from, to = from] = part
      .trim()
      .split('-')
      .map((s) => Number(s.trim())) as [number, number?];
    for (let n = from; n <= to; n++) out.push(String(n).padStart(3, '0'));
  }
  return out;
}

/** Post-April-1998 LA codes and pseudo-LA codes accepted in UPN characters 2–4 (rule 1530, 2022/23). */
const BASE =
  '1-5, 201-213, 301-320, 330-336, 340-344, 350-359, 370-373, 380-384, 390-394, 420, 660-681, 701-708, ' +
  '800-803, 805-808, 810-813, 815, 816, 820-823, 825, 826, 830, 831, 835-841, 845, 846, 850-852, 855-857, ' +
  '860, 861, 865-896, 908, 909, 916, 919, 921, 925, 926, 928, 929, 931, 933, 935-938, 940, 941';

/** LA codes for rule 1530 in 2022/23. */
export const LA_CODES_2023: ReadonlySet<string> = new Set(expand(BASE));

/** LA codes for rule 1530 from 2023/24: 942 and 943 added. */
export const LA_CODES_2024: ReadonlySet<string> = new Set(expand(`${BASE}, 942, 943`));
