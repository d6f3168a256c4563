import { addFlag, inPeriod, rowsOfEpisode } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 2885 — a CP plan starting in the census year should start on the date of an initial child protection
 * conference of its episode: an S47 module's ICPC date, or the episode's own ICPC date. Flags the plan and
 * the conference dates it was compared with.
 */
export const rule2885: ChildRuleDefinition = {
  code: '2885',
  message: 'Child protection plan shown as starting a different day to the initial child protection conference.',
  type: 'error',
  scope: 'child',
  fields: {
    ChildProtectionPlans: ['CPPstartDate'],
    Section47: ['DateOfInitialCPC'],
    CINdetails: ['DateOfInitialCPC'],
  },
  years: { from: 2023 },
  check: (ctx) => {
    const { tables } = ctx;
    let out: RuleFlags | undefined;
    tables.ChildProtectionPlans.forEach((plan, p) => {
      if (!inPeriod(plan.CPPstartDate, ctx)) return;
      const s47 = rowsOfEpisode(tables.Section47, plan.CINdetailsID).filter(
        (i) => tables.Section47[i]!.DateOfInitialCPC !== '',
      );
      const episode = rowsOfEpisode(tables.CINdetails, plan.CINdetailsID).filter(
        (i) => tables.CINdetails[i]!.DateOfInitialCPC !== '',
      );
      const matches =
        s47.some((i) => tables.Section47[i]!.DateOfInitialCPC === plan.CPPstartDate) ||
        episode.some((i) => tables.CINdetails[i]!.DateOfInitialCPC === plan.CPPstartDate);
      if (matches) return;
      out = addFlag(out, 'ChildProtectionPlans', p);
      for (const i of s47) out = addFlag(out, 'Section47', i);
      for (const i of episode) out = addFlag(out, 'CINdetails', i);
    });
    return out;
  },
  examples: [
    {
      description: 'a plan starting a day after its S47 conference is flagged with the conference',
      tables: {
        CINdetails: [{ CINreferralDate: '2022-05-01' }],
        Section47: [{ DateOfInitialCPC: '2022-05-27' }],
        ChildProtectionPlans: [{ CPPstartDate: '2022-05-28' }],
      },
      expect: { ChildProtectionPlans: [0], Section47: [0] },
    },
    {
      description: 'a plan with no conference recorded at all is flagged alone',
      tables: { CINdetails: [{}], ChildProtectionPlans: [{ CPPstartDate: '2022-05-28' }] },
      expect: { ChildProtectionPlans: [0] },
    },
    {
      description: 'a plan on the S47 or episode ICPC date, or starting before the year, passes',
      tables: {
        CINdetails: [{ CINdetailsID: '1' }, { CINdetailsID: '2', DateOfInitialCPC: '2022-07-01' }],
        Section47: [{ CINdetailsID: '1', DateOfInitialCPC: '2022-05-27' }],
        ChildProtectionPlans: [
          { CINdetailsID: '1', CPPstartDate: '2022-05-27' },
          { CINdetailsID: '2', CPPstartDate: '2022-07-01' },
          { CINdetailsID: '2', CPPID: '2', CPPstartDate: '2021-07-01' },
        ],
      },
      expect: {},
    },
  ],
};
