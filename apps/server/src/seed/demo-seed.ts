import { randomBytes } from 'node:crypto';
import { addDays, daysBetween, type IsoDate } from '@waypoint/calendar';
import type { Role } from '@waypoint/contracts';
import * as actions from '../modules/actions/actions.service.ts';
import { hashPassword } from '../modules/auth/password.ts';
import * as authorities from '../modules/authorities/authorities.repository.ts';
import * as inspections from '../modules/inspections/inspections.service.ts';
import * as plans from '../modules/plans/plans.service.ts';
import * as users from '../modules/users/users.repository.ts';
import type { UserActor } from '../platform/actor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { seedDemoMeasureLinks } from './demo-measures-seed.ts';
import { DEMO_PEOPLE, demoEmail } from './demo-people.ts';
import { DEMO_AREAS, DEMO_FINDINGS, STORY_TODAY } from './demo-plan.ts';
import {
  DEMO_STATUTORY,
  type StatutorySizes,
  seedDemoLocalRecords,
  seedDemoStatutoryReturns,
} from './demo-statutory-seed.ts';

/** The demo authority (fictional codes: see the demo scenario). */
export const DEMO_AUTHORITY = {
  code: 'E06009901',
  laNumber: '990',
  name: 'Kellingford City Council',
  shortName: 'Kellingford',
  population0to17: 44_600,
} as const;

/** What the seed created, for the one-time console message. */
export interface SeedResult {
  users: Array<{ role: Role; email: string; name: string }>;
  password: string;
  offsetDays: number;
}

/**
 * The number of days story dates move so that the story's "today" (15 July 2026) lands on the demo's today,
 * rounded to whole weeks so meetings keep their weekdays.
 */
export function demoOffsetDays(demoToday: IsoDate): number {
  return Math.round(daysBetween(STORY_TODAY, demoToday) / 7) * 7;
}

/**
 * Seeds the fictional Kellingford City Council into an empty database: people, inspection history, the
 * seven-priority plan with actions, updates and governance history. Everything goes through the services,
 * so the audit log tells the same story. Returns null when the database already has an authority. `sizes` scales
 * the statutory data (the scorecard benchmark seeds a large authority this way).
 */
export async function seedDemoIfEmpty(
  deps: AppDeps,
  log: (message: string) => void = () => {},
  sizes: StatutorySizes = DEMO_STATUTORY,
): Promise<SeedResult | null> {
  if (await authorities.anyAuthority(deps.db)) return null;
  const today = deps.config.demoToday ?? deps.clock.today();
  const offset = demoOffsetDays(today);
  const shift = (d: string) => addDays(d, offset);
  const password = deps.config.demoPassword ?? randomBytes(9).toString('base64url');
  log(`Creating the demo authority (story dates moved by ${offset} days so its “today” is about ${today})…`);

  const authorityId = await authorities.insertAuthority(deps.db, { ...DEMO_AUTHORITY, isDemo: true });
  const passwordHash = await hashPassword(password);
  const people = new Map<string, UserActor>();
  for (const p of DEMO_PEOPLE) {
    const email = demoEmail(p);
    const id = await users.insertUser(deps.db, {
      authority_id: authorityId,
      email,
      display_name: p.name,
      job_title: p.jobTitle,
      team: p.team ?? null,
      role: p.role,
      password_hash: passwordHash,
    });
    people.set(p.key, {
      userId: id,
      email,
      displayName: p.name,
      role: p.role,
      authorityId,
      requestId: 'demo-seed',
      ip: null,
    });
  }
  const person = (key: string) => {
    const actor = people.get(key);
    if (!actor) throw new Error(`Demo seed: unknown person ${key}`);
    return actor;
  };
  const lead = person('beth');

  log('Recording the inspection history…');
  await inspections.createInspection(deps, lead, {
    type: 'ilacs-standard',
    title: 'Inspection of Kellingford local authority children’s services',
    onSiteStart: shift('2020-01-20'),
    onSiteEnd: shift('2020-01-31'),
    reportReceived: shift('2020-03-06'),
    published: shift('2020-03-13'),
    leadInspector: 'HMI J. Calloway',
    hasPriorityActions: false,
    summary: 'Services were good in every judgement.',
    judgements: (['leaders', 'help-and-protection', 'children-in-care-and-care-leavers', 'overall'] as const).map(
      (area) => ({ area, grade: 'good' as const }),
    ),
  });
  await inspections.createInspection(deps, lead, {
    type: 'focused-visit',
    title: 'Focused visit: the front door',
    onSiteStart: shift('2022-11-08'),
    onSiteEnd: shift('2022-11-09'),
    reportReceived: shift('2022-12-09'),
    published: shift('2022-12-16'),
    leadInspector: 'HMI A. Rowan',
    hasPriorityActions: false,
    summary: 'Management oversight and the application of thresholds were inconsistent. No areas for priority action.',
    judgements: [],
  });
  const ilacs = await inspections.createInspection(deps, lead, {
    type: 'ilacs-standard',
    title: 'Inspection of Kellingford local authority children’s services',
    onSiteStart: shift('2026-03-09'),
    onSiteEnd: shift('2026-03-20'),
    reportReceived: shift('2026-05-01'),
    published: shift('2026-05-12'),
    leadInspector: 'HMI A. Rowan',
    hasPriorityActions: false,
    summary:
      'Services require improvement to be good in every judgement. Practice quality has declined since 2020; workforce instability and high agency use have slowed progress.',
    judgements: (['leaders', 'help-and-protection', 'children-in-care', 'care-leavers', 'overall'] as const).map(
      (area) => ({
        area,
        grade: 'requires-improvement' as const,
      }),
    ),
  });
  for (const f of DEMO_FINDINGS) {
    await inspections.addFinding(deps, lead, ilacs.id, {
      number: f.number,
      text: f.text,
      judgementArea: f.area as 'leaders',
      isPriorityAction: false,
    });
  }
  const findingIdByNumber = new Map(
    (await inspections.getInspection(deps, lead, ilacs.id)).findings.map((f) => [f.number, f.id]),
  );

  log('Building the improvement plan…');
  const plan = await plans.createPlan(deps, person('morwenna'), {
    inspectionId: ilacs.id,
    title: 'Improving children’s services in Kellingford: our plan 2026–2028',
    accountableOfficer: "Morwenna Castell, Interim Director of Children's Services",
    publicSummary:
      'Ofsted inspected our children’s services in March 2026 and said they require improvement to be good. This plan sets out what we will do, by when, and how we will know it is working for children.',
  });
  const actionIdByRef = new Map<string, string>();
  for (const area of DEMO_AREAS) {
    const detail = await plans.addArea(deps, lead, plan.id, {
      reference: area.ref,
      title: area.title,
      outcome: area.outcome,
      leadOfficer: area.lead,
      findingIds: area.findings.map((n) => findingIdByNumber.get(n)!),
    });
    const areaId = detail.areas.find((a) => a.reference === area.ref)!.id;
    for (const a of area.actions) {
      const owner = person(a.owner);
      const created = await actions.createAction(deps, lead, areaId, {
        reference: a.ref,
        title: a.title,
        how: a.how ?? '',
        leadOfficer: a.lead ?? owner.displayName,
        ownerUserId: owner.userId,
        partners: a.partners ?? '',
        startDate: shift(a.start),
        dueDate: shift(a.due),
        successMeasures: a.successMeasures ?? '',
        risks: '',
        dependsOn: [],
      });
      actionIdByRef.set(a.ref, created.id);
      for (const m of a.milestones ?? []) {
        await actions.saveMilestone(
          deps,
          lead,
          { actionId: created.id },
          { title: m.title, dueDate: shift(m.due), completedOn: m.done ? shift(m.done) : null },
        );
      }
    }
  }

  log('Recording governance: scrutiny, recommendations and cabinet approval…');
  await plans.transitionPlan(deps, lead, plan.id, {
    to: 'at-scrutiny',
    occurredOn: shift('2026-06-22'),
    note: 'Draft plan v0.4 published with the scrutiny committee papers.',
    meeting: "Children and Young People's Scrutiny Committee, 30 June 2026",
    recommendations: [],
  });
  // What changed after scrutiny: trajectories added to success measures, one date brought forward.
  await actions.updateAction(deps, lead, actionIdByRef.get('2.2')!, {
    successMeasures:
      'Assessments within 45 working days: 74% (2025/26) → 88% by March 2027; trajectory 80% by July 2026.',
  });
  await actions.updateAction(deps, lead, actionIdByRef.get('3.2')!, { dueDate: shift('2026-07-28') });
  await plans.transitionPlan(deps, lead, plan.id, {
    to: 'approved',
    occurredOn: shift('2026-07-14'),
    note: 'Cabinet approved submission to Ofsted; final wording delegated to the DCS with the lead member.',
    meeting: 'Cabinet, 14 July 2026',
    recommendations: [
      {
        committee: 'scrutiny',
        meetingDate: shift('2026-06-30'),
        text: 'Add interim trajectories for every measure.',
        response: 'Accepted: trajectories added to each success measure.',
        status: 'accepted',
      },
      {
        committee: 'scrutiny',
        meetingDate: shift('2026-06-30'),
        text: 'Show how close each target is, not just a RAG colour.',
        response: 'Accepted: progress reports show the distance to target beside every RAG.',
        status: 'accepted',
      },
      {
        committee: 'scrutiny',
        meetingDate: shift('2026-06-30'),
        text: 'Quarterly councillor visits to frontline teams.',
        response: 'Accepted: visits programme being drafted.',
        status: 'accepted',
      },
    ],
  });

  log('Adding progress updates and delivery ratings…');
  const clockToday = deps.clock.today();
  for (const area of DEMO_AREAS) {
    for (const a of area.actions) {
      const id = actionIdByRef.get(a.ref)!;
      const updates = (a.updates ?? []).filter((u) => shift(u.date) <= clockToday);
      for (const [i, u] of updates.entries()) {
        const last = i === updates.length - 1;
        await actions.postProgressUpdate(
          deps,
          person(u.by ?? a.owner),
          id,
          {
            updateDate: shift(u.date),
            narrative: u.text,
            percentComplete: u.percent,
            status: last ? a.status : a.status === 'not-started' ? 'not-started' : 'in-progress',
          },
          [],
        );
      }
      if (updates.length === 0 && a.status !== 'not-started') {
        await actions.updateAction(deps, person(a.owner), id, { status: a.status });
      }
      if (a.override) await actions.setRagOverride(deps, person(a.owner), id, a.override);
    }
  }
  log('Uploading four years of statutory returns as the performance analyst…');
  const analyst = person('naomi');
  await seedDemoStatutoryReturns(deps, analyst, DEMO_AUTHORITY, { today, offsetDays: offset }, log, sizes);
  await seedDemoLocalRecords(deps, analyst, today, log, sizes.seed);
  log('Linking measures, targets and trajectories to the plan…');
  await seedDemoMeasureLinks(deps, lead, await plans.getPlanDetail(deps, lead, plan.id), offset);
  log('Demo authority ready.');
  return {
    users: DEMO_PEOPLE.filter((p) => ['farah', 'beth', 'sasha', 'naomi', 'nadia'].includes(p.key)).map((p) => ({
      role: p.role,
      email: demoEmail(p),
      name: p.name,
    })),
    password,
    offsetDays: offset,
  };
}
