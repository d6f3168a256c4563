/**
 * Kellingford's teams and named managers (demo-scenario §2–§3). Worker ids follow the CSWW format
 * (2 letters + 10 digits, all fictional); the few people without a Social Work England number have `XX` ids.
 */
import type { Team } from '@waypoint/measures';

/** A demo team: the measures' `Team` plus its manager and its June 2026 case-holding establishment. */
export interface DemoTeam extends Team {
  /** Team manager (fictional). */
  managerName: string;
  managerId: string;
  /** Case-holding social worker FTE in post and agency workers at 15 July 2026 (§3); null for service teams. */
  caseHolding: { inPostFte: number; agency: number } | null;
  /** Id of the head of service the manager reports to. */
  headOfServiceId: string;
}

/** A named member of staff who appears on records (as worker, supervisor or auditor). */
export interface DemoNamedStaff {
  workerId: string;
  name: string;
  jobTitle: string;
  team: string;
}

/** Heads of service and other named leaders (ids used as supervisors and auditors). */
export const DEMO_LEADERS = {
  dcs: { workerId: 'XX0000000001', name: 'Morwenna Castell', jobTitle: 'Interim Director of Children’s Services' },
  psw: { workerId: 'SW2600000011', name: 'Sasha Whitlock', jobTitle: 'Principal Social Worker' },
  frontDoor: {
    workerId: 'SW2600000012',
    name: 'Lucinda Farrow',
    jobTitle: 'Head of Service, Front Door and Assessment',
  },
  safeguarding: {
    workerId: 'SW2600000013',
    name: 'Kwame Ashby',
    jobTitle: 'Head of Service, Safeguarding and Family Support',
  },
  childrenInCare: {
    workerId: 'SW2600000014',
    name: 'Rhiannon Deverell',
    jobTitle: 'Head of Service, Children in Care and Care Leavers',
  },
  quality: {
    workerId: 'SW2600000015',
    name: 'Priya Ramsden',
    jobTitle: 'Head of Quality Assurance and Safeguarding Standards',
  },
  placements: {
    workerId: 'XX0000000002',
    name: 'Declan Moorcroft',
    jobTitle: 'Head of Placements, Commissioning and Sufficiency',
  },
} as const;

/** Team id of the senior leadership group (heads of service and the PSW). */
export const LEADERSHIP_TEAM = 'senior-leadership';

/** The eight case-holding social work teams and the service teams (§3). */
export const DEMO_TEAMS: readonly DemoTeam[] = [
  {
    id: 'front-door',
    name: 'Front Door (MASH)',
    socialWorkTeam: true,
    managerName: 'Ruth Kendrew',
    managerId: 'SW2600000101',
    caseHolding: { inPostFte: 6.0, agency: 3 },
    headOfServiceId: DEMO_LEADERS.frontDoor.workerId,
  },
  {
    id: 'assessment-north',
    name: 'Assessment Team North',
    socialWorkTeam: true,
    managerName: 'Simon Ashgrove',
    managerId: 'SW2600000102',
    caseHolding: { inPostFte: 8.0, agency: 4 },
    headOfServiceId: DEMO_LEADERS.frontDoor.workerId,
  },
  {
    id: 'assessment-south',
    name: 'Assessment Team South',
    socialWorkTeam: true,
    managerName: 'Leila Marchbank',
    managerId: 'SW2600000103',
    caseHolding: { inPostFte: 8.5, agency: 3 },
    headOfServiceId: DEMO_LEADERS.frontDoor.workerId,
  },
  {
    id: 'family-safeguarding-east',
    name: 'Family Safeguarding East',
    socialWorkTeam: true,
    managerName: 'Daniel Reeve',
    managerId: 'SW2600000104',
    caseHolding: { inPostFte: 10.0, agency: 4 },
    headOfServiceId: DEMO_LEADERS.safeguarding.workerId,
  },
  {
    id: 'family-safeguarding-west',
    name: 'Family Safeguarding West',
    socialWorkTeam: true,
    managerName: 'Aisha Penrose',
    managerId: 'SW2600000105',
    caseHolding: { inPostFte: 12.0, agency: 0 },
    headOfServiceId: DEMO_LEADERS.safeguarding.workerId,
  },
  {
    id: 'court-permanence',
    name: 'Court and Permanence',
    socialWorkTeam: true,
    managerName: 'Graham Tolley',
    managerId: 'SW2600000106',
    caseHolding: { inPostFte: 7.0, agency: 3 },
    headOfServiceId: DEMO_LEADERS.safeguarding.workerId,
  },
  {
    id: 'children-in-care',
    name: 'Children in Care',
    socialWorkTeam: true,
    managerName: 'Marianne Cole',
    managerId: 'SW2600000107',
    caseHolding: { inPostFte: 13.0, agency: 0 },
    headOfServiceId: DEMO_LEADERS.childrenInCare.workerId,
  },
  {
    id: 'leaving-care',
    name: '16+ and Leaving Care',
    socialWorkTeam: true,
    managerName: 'Jonah Blythe',
    managerId: 'SW2600000108',
    caseHolding: { inPostFte: 6.0, agency: 1 },
    headOfServiceId: DEMO_LEADERS.childrenInCare.workerId,
  },
  {
    id: 'fostering',
    name: 'Fostering Service',
    socialWorkTeam: false,
    managerName: 'Helen Barraclough',
    managerId: 'SW2600000109',
    caseHolding: null,
    headOfServiceId: DEMO_LEADERS.placements.workerId,
  },
  {
    id: 'iro-cp-chairs',
    name: 'IRO and CP Chairs Unit',
    socialWorkTeam: false,
    managerName: 'Priya Ramsden',
    managerId: DEMO_LEADERS.quality.workerId,
    caseHolding: null,
    headOfServiceId: DEMO_LEADERS.quality.workerId,
  },
  {
    id: 'qa-audit',
    name: 'QA and Audit Unit',
    socialWorkTeam: false,
    managerName: 'Priya Ramsden',
    managerId: DEMO_LEADERS.quality.workerId,
    caseHolding: null,
    headOfServiceId: DEMO_LEADERS.quality.workerId,
  },
  {
    id: LEADERSHIP_TEAM,
    name: 'Heads of Service and Principal Social Worker',
    socialWorkTeam: false,
    managerName: 'Morwenna Castell',
    managerId: DEMO_LEADERS.dcs.workerId,
    caseHolding: null,
    headOfServiceId: DEMO_LEADERS.dcs.workerId,
  },
];

/** The measures' `Team` rows for the demo (pass as `MeasureData.teams`: service teams are not counted as agency-free). */
export function demoTeamsForMeasures(): Team[] {
  return DEMO_TEAMS.map(({ id, name, socialWorkTeam }) => ({ id, name, socialWorkTeam }));
}

/** Every named member of staff who appears on the local records. */
export function demoNamedStaff(): DemoNamedStaff[] {
  const leaders = Object.values(DEMO_LEADERS).map((l) => ({ ...l, team: LEADERSHIP_TEAM }));
  const managers = DEMO_TEAMS.filter((t) => t.managerId.startsWith('SW26000001')).map((t) => ({
    workerId: t.managerId,
    name: t.managerName,
    jobTitle: t.socialWorkTeam ? `Team Manager, ${t.name}` : 'Fostering Service Manager',
    team: t.id,
  }));
  return [...leaders, ...managers];
}

/** Case-holding teams, in §3 order. */
export function caseHoldingTeams(): DemoTeam[] {
  return DEMO_TEAMS.filter((t) => t.caseHolding !== null);
}

/** A team by id (throws naming the id when unknown). */
export function demoTeam(id: string): DemoTeam {
  const team = DEMO_TEAMS.find((t) => t.id === id);
  if (!team) throw new Error(`Unknown demo team "${id}". Use one of: ${DEMO_TEAMS.map((t) => t.id).join(', ')}.`);
  return team;
}
