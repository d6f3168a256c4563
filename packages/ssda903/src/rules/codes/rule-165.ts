import { dayOf, isFemale, isMale } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 165 — MOTHER, when given, must be 0 or 1 and is only for girls. A girl with an episode in the year (not a
 * V3/V4 short break) needs MOTHER; a girl with no such episode but with care-leaver (OC3) data must not have
 * it. Only children with at least one non-short-break episode are checked (as the sector's validator does).
 * SEX is read in either coding (1/2 or M/F), so the rule works in every year.
 */
export const rule165: RuleDefinition = {
  code: '165',
  message: 'Data entry for mother status is invalid.',
  tables: ['Header', 'OC3'],
  fields: ['MOTHER', 'SEX', 'ACTIV', 'ACCOM', 'IN_TOUCH', 'DECOM'],
  years: { from: 2023 },
  needsTables: ['Header', 'Episodes', 'OC3'],
  check: (ctx) => {
    const start = dayOf(ctx.collectionStart)!;
    const end = dayOf(ctx.collectionEnd)!;
    const checked = new Set<string>();
    const inYear = new Set<string>();
    for (const e of ctx.current.Episodes ?? []) {
      if (e.LS === 'V3' || e.LS === 'V4') continue;
      checked.add(e.CHILD);
      const decom = dayOf(e.DECOM);
      const dec = dayOf(e.DEC) ?? end;
      if (decom !== null && decom <= end && dec >= start) inYear.add(e.CHILD);
    }
    const oc3Rows = ctx.byChild('OC3');
    const oc3 = ctx.current.OC3 ?? [];
    const hasOc3 = (child: string) =>
      (oc3Rows.get(child) ?? []).some((i) => {
        const r = oc3[i]!;
        return r.IN_TOUCH !== '' || r.ACTIV !== '' || r.ACCOM !== '';
      });
    const failing = new Set<string>();
    const Header: number[] = [];
    (ctx.current.Header ?? []).forEach((h, i) => {
      if (!checked.has(h.CHILD)) return;
      const mother = h.MOTHER;
      const female = isFemale(h.SEX);
      const bad =
        (mother !== '' && mother !== '0' && mother !== '1') ||
        (mother !== '' && isMale(h.SEX)) ||
        (mother === '' && female && inYear.has(h.CHILD)) ||
        (mother !== '' && female && !inYear.has(h.CHILD) && hasOc3(h.CHILD));
      if (bad) {
        Header.push(i);
        failing.add(h.CHILD);
      }
    });
    const OC3: number[] = [];
    oc3.forEach((r, i) => {
      if (failing.has(r.CHILD)) OC3.push(i);
    });
    return { Header, OC3 };
  },
  examples: [
    {
      description: 'a girl in care this year with no MOTHER, a boy with MOTHER and a value of 2 are flagged',
      year: 2026,
      current: {
        Header: [
          { CHILD: '1', SEX: 'F', MOTHER: '' },
          { CHILD: '2', SEX: 'M', MOTHER: '0' },
          { CHILD: '3', SEX: 'F', MOTHER: '2' },
        ],
        Episodes: [
          { CHILD: '1', DECOM: '2025-05-01', LS: 'C2' },
          { CHILD: '2', DECOM: '2025-05-01', LS: 'C2' },
          { CHILD: '3', DECOM: '2025-05-01', LS: 'C2' },
        ],
        OC3: [{ CHILD: '3' }],
      },
      expect: { Header: [0, 1, 2], OC3: [0] },
    },
    {
      description: 'a girl with MOTHER 0, a boy without it and a short-break-only girl pass',
      year: 2026,
      current: {
        Header: [
          { CHILD: '1', SEX: 'F', MOTHER: '0' },
          { CHILD: '2', SEX: 'M', MOTHER: '' },
          { CHILD: '3', SEX: 'F', MOTHER: '' },
        ],
        Episodes: [
          { CHILD: '1', DECOM: '2025-05-01', LS: 'C2' },
          { CHILD: '2', DECOM: '2025-05-01', LS: 'C2' },
          { CHILD: '3', DECOM: '2025-05-01', LS: 'V3' },
        ],
        OC3: [],
      },
      expect: {},
    },
  ],
};
