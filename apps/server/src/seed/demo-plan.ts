import type { ActionStatus, OverrideRag } from '@waypoint/contracts';

/** Story dates are written as in the demo scenario (demo "today" = 15 July 2026) and shifted at seed time. */
export const STORY_TODAY = '2026-07-15';

/** An action of the demo plan. `owner` is a person key from demo-people.ts. */
export interface DemoAction {
  ref: string;
  title: string;
  how?: string;
  owner: string;
  lead?: string;
  partners?: string;
  start: string;
  due: string;
  status: ActionStatus;
  percent: number;
  successMeasures?: string;
  override?: { rag: OverrideRag; reason: string };
  milestones?: Array<{ title: string; due: string; done?: string }>;
  /** Progress updates: date, narrative, by (person key; defaults to the owner). */
  updates?: Array<{ date: string; text: string; percent?: number; by?: string }>;
}

/** A priority area of the demo plan. */
export interface DemoArea {
  ref: string;
  title: string;
  lead: string;
  outcome: string;
  findings: number[];
  actions: DemoAction[];
}

/** The March 2026 ILACS findings ("What needs to improve?"). */
export const DEMO_FINDINGS: ReadonlyArray<{ number: number; text: string; area: string }> = [
  {
    number: 1,
    text: 'The effectiveness of supervision and management oversight, so that plans progress without delay.',
    area: 'leaders',
  },
  {
    number: 2,
    text: "The quality and timeliness of assessments, including analysis of children's lived experience.",
    area: 'help-and-protection',
  },
  {
    number: 3,
    text: 'The response to 16- and 17-year-olds who present as homeless, including information about their rights.',
    area: 'help-and-protection',
  },
  {
    number: 4,
    text: "Work with children living with neglect, so that drift and over-optimism about parents' progress are avoided.",
    area: 'help-and-protection',
  },
  { number: 5, text: "The quality of social workers' evidence to court.", area: 'children-in-care' },
  {
    number: 6,
    text: 'Sufficiency of placements, including foster carers, so that no child lives in unregistered or unregulated provision.',
    area: 'children-in-care',
  },
  {
    number: 7,
    text: 'Understanding why children go missing and reducing repeat missing episodes.',
    area: 'children-in-care',
  },
  {
    number: 8,
    text: 'Workforce stability, including the reliance on agency social workers (leadership paragraphs).',
    area: 'leaders',
  },
  {
    number: 9,
    text: 'The involvement of children and families in shaping services (leadership paragraphs).',
    area: 'leaders',
  },
];

const weekly = (from: string, texts: string[], by?: string) =>
  texts.map((text, i) => {
    const d = new Date(`${from}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 7 * i);
    return { date: d.toISOString().slice(0, 10), text, by };
  });

/** The seven-priority plan (v1.0, cabinet approved 14 July 2026), with immediate actions and the cross-cutting areas. */
export const DEMO_AREAS: readonly DemoArea[] = [
  {
    ref: 'I',
    title: 'Immediate actions taken before the plan was approved',
    lead: 'Morwenna Castell',
    outcome: 'Children at most risk are safe while the full plan is agreed.',
    findings: [2, 3, 6, 8],
    actions: [
      {
        ref: 'I1',
        title: 'Review every child in an unregistered setting; exit plan for each',
        owner: 'declan',
        start: '2026-05-05',
        due: '2026-05-29',
        status: 'complete',
        percent: 100,
        updates: [
          {
            date: '2026-05-28',
            text: 'All three children reviewed at DCS panel; exit plans agreed and recorded on each child’s file.',
            percent: 100,
          },
        ],
      },
      {
        ref: 'I2',
        title: 'Clear the backlog of assessments open beyond 45 working days',
        owner: 'lucinda',
        start: '2026-05-05',
        due: '2026-06-26',
        status: 'in-progress',
        percent: 70,
        override: {
          rag: 'red',
          reason:
            'Missed the 26 June date: 32 of 46 assessments closed. Revised date 24 July agreed at improvement board.',
        },
        updates: [
          {
            date: '2026-06-05',
            text: '18 of 46 overdue assessments completed; two agency workers allocated to the backlog.',
            percent: 40,
          },
          {
            date: '2026-06-26',
            text: '32 of 46 closed. Remaining 14 are complex sibling groups; revised date 24 July.',
            percent: 70,
          },
        ],
      },
      {
        ref: 'I3',
        title: 'Dip sample of homeless 16/17 presentations since October 2025',
        owner: 'jonah',
        start: '2026-05-11',
        due: '2026-06-12',
        status: 'complete',
        percent: 100,
        updates: [
          {
            date: '2026-06-11',
            text: 'Dip sample of 20 presentations complete; findings feed priority 3 (rights information missing in 9).',
            percent: 100,
          },
        ],
      },
      {
        ref: 'I4',
        title: 'Agency-to-permanent conversion offers to 10 workers',
        owner: 'owen',
        start: '2026-06-01',
        due: '2026-07-10',
        status: 'in-progress',
        percent: 40,
        updates: [{ date: '2026-07-08', text: '4 offers accepted; 6 letters awaiting HR sign-off.', percent: 40 }],
      },
    ],
  },
  {
    ref: '1',
    title: 'Effectiveness of supervision and management oversight',
    lead: 'Sasha Whitlock',
    outcome:
      'Every child’s plan is driven by regular, reflective supervision recorded on their file, so plans progress without delay.',
    findings: [1],
    actions: [
      {
        ref: '1.1',
        title: 'Relaunch supervision policy and recording template',
        how: 'Reflective discussion and case direction recorded on the child’s file; launched at all-staff briefing.',
        owner: 'sasha',
        start: '2026-06-01',
        due: '2026-07-28',
        status: 'in-progress',
        percent: 70,
        successMeasures:
          'Supervision on time: 61% (Jan 2026) → 90% by December 2026 (trajectory 80% July, 84% September).',
        milestones: [
          { title: 'Template agreed by practice board', due: '2026-06-25', done: '2026-06-24' },
          { title: 'Briefings for all teams', due: '2026-07-24' },
        ],
        updates: weekly('2026-06-03', [
          'Draft policy circulated to heads of service.',
          'Template tested with two teams; feedback positive.',
          'Policy agreed at practice board.',
          'Briefings scheduled for every team before 24 July.',
          'Four of eight team briefings delivered.',
          'Recording template live in the case management system.',
        ]).map((u, i) => ({ ...u, percent: 10 + i * 12 })),
      },
      {
        ref: '1.2',
        title: 'Supervision and oversight training for all 24 managers (2 cohorts)',
        owner: 'sasha',
        start: '2026-06-01',
        due: '2026-08-25',
        status: 'in-progress',
        percent: 50,
        override: { rag: 'amber', reason: 'Cohort 1 done; the venue for cohort 2 is not confirmed.' },
        milestones: [
          { title: 'Cohort 1 (12 managers)', due: '2026-06-30', done: '2026-06-30' },
          { title: 'Cohort 2 (12 managers)', due: '2026-08-20' },
        ],
        updates: [
          {
            date: '2026-07-01',
            text: 'Cohort 1 completed (12 managers). Cohort 2 venue not yet confirmed.',
            percent: 50,
          },
        ],
      },
      {
        ref: '1.3',
        title: 'Monthly supervision compliance by team in Waypoint',
        owner: 'farah',
        start: '2026-05-18',
        due: '2026-06-30',
        status: 'complete',
        percent: 100,
        updates: [
          {
            date: '2026-06-29',
            text: 'Supervision compliance report live for all teams; first monthly figures to improvement board.',
            percent: 100,
          },
        ],
      },
      {
        ref: '1.4',
        title: 'Quarterly supervision audit (20 records) with moderation',
        owner: 'priya',
        start: '2026-09-01',
        due: '2026-09-30',
        status: 'not-started',
        percent: 0,
      },
    ],
  },
  {
    ref: '2',
    title: 'Quality and timeliness of assessments',
    lead: 'Lucinda Farrow',
    outcome: 'Children’s needs are understood quickly, and assessments show what life is like for the child.',
    findings: [2],
    actions: [
      {
        ref: '2.1',
        title: 'Daily open-assessment tracker with 20/35/45 working-day alerts',
        owner: 'farah',
        start: '2026-06-01',
        due: '2026-07-28',
        status: 'complete',
        percent: 100,
        updates: [
          {
            date: '2026-07-06',
            text: 'Tracker live; team managers receive daily alerts at 20, 35 and 45 working days.',
            percent: 100,
          },
        ],
      },
      {
        ref: '2.2',
        title: 'Revised assessment practice standard and template',
        how: 'Analysis and the child’s lived experience at the centre; co-designed with practitioners.',
        owner: 'lucinda',
        start: '2026-06-08',
        due: '2026-08-18',
        status: 'in-progress',
        percent: 45,
        updates: weekly(
          '2026-06-10',
          [
            'Practice standard drafted with two practitioner workshops.',
            'Template revised after feedback.',
            'Consultation with partners under way.',
            'Final draft to practice board on 29 July.',
            'Consultation closed; 14 responses.',
            'Practice board date confirmed.',
          ],
          'lucinda',
        ).map((u, i) => ({ ...u, percent: 10 + i * 7 })),
      },
      {
        ref: '2.3',
        title: 'Twice-weekly assessment clinics in both assessment teams',
        owner: 'simon',
        lead: 'Simon Ashgrove, Leila Marchbank',
        start: '2026-06-01',
        due: '2026-07-28',
        status: 'in-progress',
        percent: 80,
        updates: [
          {
            date: '2026-07-10',
            text: 'Clinics running twice weekly in both teams since June; 61 assessments discussed.',
            percent: 80,
          },
        ],
      },
      {
        ref: '2.4',
        title: 'Thematic audit of 30 assessments',
        owner: 'priya',
        start: '2026-07-01',
        due: '2026-08-25',
        status: 'in-progress',
        percent: 10,
        override: { rag: 'amber', reason: 'Auditor capacity is short: one auditor on leave until August.' },
      },
    ],
  },
  {
    ref: '3',
    title: 'Responses to 16- and 17-year-olds who present as homeless',
    lead: 'Rhiannon Deverell',
    outcome:
      'Every homeless 16- or 17-year-old gets a timely joint assessment, is told their rights, and is never placed in bed and breakfast.',
    findings: [3],
    actions: [
      {
        ref: '3.1',
        title: 'Refresh the joint protocol with housing (single joint assessment, same-day response)',
        owner: 'rhiannon',
        lead: 'Rhiannon Deverell / Gemma Strand',
        partners: 'Housing Options (Gemma Strand)',
        start: '2026-06-01',
        due: '2026-08-11',
        status: 'in-progress',
        percent: 50,
        override: { rag: 'amber', reason: 'Housing sign-off delayed until the housing portfolio holder returns.' },
        updates: [
          {
            date: '2026-07-07',
            text: 'Protocol agreed by children’s services; awaiting housing sign-off.',
            percent: 50,
          },
        ],
      },
      {
        ref: '3.2',
        title: 'Rights and entitlements leaflet co-produced with care leavers, and a recording field',
        owner: 'jonah',
        lead: 'Jonah Blythe / Jade Amberley',
        start: '2026-06-15',
        due: '2026-07-28',
        status: 'in-progress',
        percent: 60,
        updates: [
          {
            date: '2026-07-09',
            text: 'Leaflet co-produced with Kellingford Voices; recording field added to the case management system.',
            percent: 60,
          },
        ],
      },
      {
        ref: '3.3',
        title: 'Review every 2025/26 presentation supported under s.17; re-offer s.20 where needed',
        owner: 'jonah',
        start: '2026-06-15',
        due: '2026-08-25',
        status: 'in-progress',
        percent: 40,
        updates: [
          {
            date: '2026-07-13',
            text: '6 young people identified to revisit; 3 already re-offered s.20 accommodation.',
            percent: 40,
          },
        ],
      },
      {
        ref: '3.4',
        title:
          'End bed and breakfast use for 16/17s: commission 2 emergency beds in registered supported accommodation',
        owner: 'declan',
        start: '2026-06-01',
        due: '2026-09-30',
        status: 'in-progress',
        percent: 15,
        override: { rag: 'red', reason: 'No provider has bid for the emergency beds; re-tender planned.' },
        updates: [
          {
            date: '2026-07-03',
            text: 'Tender closed with no compliant bids. Market engagement event booked.',
            percent: 15,
          },
        ],
      },
    ],
  },
  {
    ref: '4',
    title: 'Tackling neglect without drift or over-optimism',
    lead: 'Kwame Ashby',
    outcome: 'Children living with neglect are helped quickly, and plans that are not working are escalated.',
    findings: [4],
    actions: [
      {
        ref: '4.1',
        title: 'Review every neglect CP plan open 9+ months at a drift panel with legal',
        owner: 'kwame',
        partners: 'Legal services',
        start: '2026-06-01',
        due: '2026-08-11',
        status: 'in-progress',
        percent: 73,
        updates: [
          {
            date: '2026-07-10',
            text: '38 of 52 neglect plans reviewed at drift panel; 9 moved into pre-proceedings.',
            percent: 73,
          },
        ],
      },
      {
        ref: '4.2',
        title: 'Introduce a structured neglect assessment tool and train staff',
        owner: 'sasha',
        start: '2026-07-01',
        due: '2026-09-30',
        status: 'in-progress',
        percent: 20,
        updates: [{ date: '2026-07-10', text: 'Tool chosen; training dates booked for September.', percent: 20 }],
      },
      {
        ref: '4.3',
        title: 'CP chairs’ escalation when a plan shows no progress at the second review',
        owner: 'priya',
        start: '2026-06-01',
        due: '2026-07-28',
        status: 'complete',
        percent: 100,
        updates: [
          { date: '2026-07-02', text: 'Escalation protocol in place; 5 escalations made in June.', percent: 100 },
        ],
      },
      {
        ref: '4.4',
        title: 'Multi-agency thematic audit of neglect',
        owner: 'priya',
        partners: 'Health, police, schools',
        start: '2026-07-20',
        due: '2026-08-25',
        status: 'not-started',
        percent: 0,
        override: { rag: 'amber', reason: 'Partner auditors not yet named by health.' },
      },
    ],
  },
  {
    ref: '5',
    title: 'Quality of social workers’ evidence to court',
    lead: 'Kwame Ashby',
    outcome: 'Courts receive clear, analytical evidence, so children’s plans are decided without delay.',
    findings: [5],
    actions: [
      {
        ref: '5.1',
        title: 'Court skills training for all court-team and family safeguarding social workers',
        owner: 'graham',
        start: '2026-06-15',
        due: '2026-08-25',
        status: 'in-progress',
        percent: 40,
        updates: [
          { date: '2026-07-08', text: 'Two of five sessions delivered; 31 social workers trained.', percent: 40 },
        ],
      },
      {
        ref: '5.2',
        title: 'Legal gateway quality review of every statement and care plan before filing, with scored feedback',
        owner: 'martin',
        start: '2026-06-01',
        due: '2026-07-28',
        status: 'complete',
        percent: 100,
        updates: [
          {
            date: '2026-07-01',
            text: 'Gateway review in place; scores recorded for every statement since January.',
            percent: 100,
          },
        ],
      },
      {
        ref: '5.3',
        title: 'Quarterly judicial feedback session with the local family court',
        owner: 'kwame',
        start: '2026-07-01',
        due: '2026-09-30',
        status: 'in-progress',
        percent: 30,
        updates: [
          { date: '2026-07-06', text: 'Date agreed with the designated family judge: 22 September.', percent: 30 },
        ],
      },
      {
        ref: '5.4',
        title: 'PLO tracker in Waypoint; review every pre-proceedings case at 12 weeks',
        owner: 'graham',
        start: '2026-06-15',
        due: '2026-08-11',
        status: 'in-progress',
        percent: 55,
        updates: [
          {
            date: '2026-07-13',
            text: 'Tracker built; 21 families loaded. 12-week reviews start next week.',
            percent: 55,
          },
        ],
      },
    ],
  },
  {
    ref: '6',
    title: 'Placement sufficiency: more foster carers, no children in unregistered or unregulated provision',
    lead: 'Declan Moorcroft',
    outcome: 'Children live in registered homes that meet their needs, close to home, with carers who stay with them.',
    findings: [6],
    actions: [
      {
        ref: '6.1',
        title: '“Foster for Kellingford” campaign with revised allowances',
        owner: 'helen',
        start: '2026-06-01',
        due: '2026-09-30',
        status: 'in-progress',
        percent: 35,
        updates: [
          { date: '2026-07-09', text: 'Campaign launched in June; enquiries up 40% on last year.', percent: 35 },
        ],
      },
      {
        ref: '6.2',
        title: 'Weekly unregistered-placement panel chaired by the DCS; exit plan for each child',
        owner: 'morwenna',
        lead: 'Morwenna Castell → Idris Penhallow',
        start: '2026-05-05',
        due: '2026-07-28',
        status: 'in-progress',
        percent: 70,
        override: { rag: 'amber', reason: 'Panel in place, but 2 children remain in unregistered provision.' },
        updates: [
          {
            date: '2026-07-10',
            text: 'New emergency placement on 8 July reviewed at panel; registration application lodged.',
            percent: 70,
          },
        ],
      },
      {
        ref: '6.3',
        title: 'Two-bed registered children’s home jointly with Brackmoor',
        owner: 'declan',
        partners: 'Brackmoor Council',
        start: '2026-06-01',
        due: '2026-12-31',
        status: 'in-progress',
        percent: 10,
        override: { rag: 'red', reason: 'Property purchase delayed; opening will slip beyond December.' },
      },
      {
        ref: '6.4',
        title: 'Sufficiency strategy refresh to cabinet',
        owner: 'declan',
        start: '2026-07-01',
        due: '2026-10-13',
        status: 'in-progress',
        percent: 20,
        updates: [{ date: '2026-07-08', text: 'Needs analysis started.', percent: 20 }],
      },
    ],
  },
  {
    ref: '7',
    title: 'Understanding why children go missing and reducing repeat missing episodes',
    lead: 'Rhiannon Deverell',
    outcome: 'Children who go missing are understood and protected, and fewer go missing again.',
    findings: [7],
    actions: [
      {
        ref: '7.1',
        title: 'Bring return home interviews in-house with a 72-hour standard and same-week feedback',
        owner: 'rhiannon',
        start: '2026-06-15',
        due: '2026-08-25',
        status: 'in-progress',
        percent: 30,
        override: { rag: 'amber', reason: 'Recruitment of RHI workers under way; one of three posts filled.' },
      },
      {
        ref: '7.2',
        title:
          'Daily missing and exploitation triage with police; multi-agency plan for every child with 3+ episodes in 90 days',
        owner: 'jonah',
        lead: 'DI Carl Brennock / Jonah Blythe',
        partners: 'Police',
        start: '2026-06-01',
        due: '2026-07-28',
        status: 'in-progress',
        percent: 75,
        updates: [
          { date: '2026-07-13', text: 'Daily triage running; plans in place for 11 of 12 children.', percent: 75 },
        ],
      },
      {
        ref: '7.3',
        title: 'Quarterly analysis of RHI themes (push and pull factors) to the improvement board',
        owner: 'farah',
        start: '2026-09-01',
        due: '2026-10-01',
        status: 'not-started',
        percent: 0,
      },
    ],
  },
  {
    ref: 'W',
    title: 'Workforce recruitment and retention (cross-cutting)',
    lead: 'Owen Trelawny with Sasha Whitlock',
    outcome: 'A stable, permanent workforce: agency use down to 12% and four agency-free teams by March 2027.',
    findings: [8],
    actions: [
      {
        ref: 'W.1',
        title: 'Deliver the £300,000 recruitment and retention package (first retention payment July 2026)',
        owner: 'owen',
        start: '2026-02-17',
        due: '2026-07-31',
        status: 'in-progress',
        percent: 60,
        updates: [{ date: '2026-07-10', text: 'Retention payments approved for July payroll.', percent: 60 }],
      },
      {
        ref: 'W.2',
        title: 'Convert 10 agency workers to permanent by December 2026',
        owner: 'owen',
        start: '2026-05-01',
        due: '2026-12-18',
        status: 'in-progress',
        percent: 40,
        updates: [{ date: '2026-07-08', text: '4 conversions done.', percent: 40 }],
      },
      {
        ref: 'W.3',
        title: 'Exit interviews for every leaver and “stay conversations” for all staff',
        owner: 'owen',
        start: '2026-06-01',
        due: '2026-09-30',
        status: 'in-progress',
        percent: 25,
      },
      {
        ref: 'W.4',
        title: 'ASYE “Kellingford Academy” cohort of 8 from September 2026',
        owner: 'sasha',
        start: '2026-05-01',
        due: '2026-09-07',
        status: 'in-progress',
        percent: 60,
        updates: [
          { date: '2026-07-01', text: '8 newly qualified social workers recruited; induction planned.', percent: 60 },
        ],
      },
    ],
  },
  {
    ref: 'V',
    title: 'Involving young people and families (cross-cutting)',
    lead: 'Jade Amberley',
    outcome: 'Children and families shape services, and their feedback changes practice.',
    findings: [9],
    actions: [
      {
        ref: 'V.1',
        title: 'Young people’s version of the plan co-produced with Kellingford Voices',
        owner: 'jade',
        start: '2026-06-15',
        due: '2026-07-28',
        status: 'in-progress',
        percent: 70,
        updates: [
          { date: '2026-07-10', text: 'Draft young people’s version agreed by Kellingford Voices.', percent: 70 },
        ],
      },
      {
        ref: 'V.2',
        title: 'Two young advisers join the improvement board',
        owner: 'jade',
        start: '2026-05-15',
        due: '2026-06-30',
        status: 'complete',
        percent: 100,
        updates: [{ date: '2026-07-02', text: 'Two young advisers attended board #2.', percent: 100 }],
      },
      {
        ref: 'V.3',
        title: 'Feedback after assessment and after CP conferences',
        owner: 'jade',
        start: '2026-07-01',
        due: '2026-08-25',
        status: 'in-progress',
        percent: 20,
      },
    ],
  },
];
