import type { Role } from '@waypoint/contracts';

/** A fictional person of the demo authority who signs in to Waypoint. */
export interface DemoPerson {
  key: string;
  name: string;
  jobTitle: string;
  role: Role;
  team?: string;
}

/**
 * The people of Kellingford City Council (all fictional; see the demo scenario). One of each role at least,
 * plus every action owner of the plan.
 */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { key: 'farah', name: 'Farah Quinlan', jobTitle: 'Performance and Intelligence Manager', role: 'admin' },
  { key: 'beth', name: 'Beth Oyelaran', jobTitle: 'Improvement Programme Manager', role: 'improvement-lead' },
  {
    key: 'morwenna',
    name: 'Morwenna Castell',
    jobTitle: "Interim Director of Children's Services",
    role: 'improvement-lead',
  },
  { key: 'naomi', name: 'Naomi Pryce', jobTitle: 'Senior Performance Analyst', role: 'analyst' },
  {
    key: 'nadia',
    name: 'Cllr Nadia Brentmoor',
    jobTitle: "Chair, Children and Young People's Scrutiny Committee",
    role: 'viewer',
  },
  {
    key: 'tobias',
    name: 'Cllr Tobias Wrenfield',
    jobTitle: 'Cabinet Member for Children, Young People and Families',
    role: 'viewer',
  },
  {
    key: 'carl',
    name: 'DI Carl Brennock',
    jobTitle: 'Detective Inspector, Missing and Exploitation Hub (partner)',
    role: 'viewer',
  },
  { key: 'sasha', name: 'Sasha Whitlock', jobTitle: 'Principal Social Worker', role: 'action-owner' },
  {
    key: 'lucinda',
    name: 'Lucinda Farrow',
    jobTitle: 'Head of Service, Front Door and Assessment',
    role: 'action-owner',
  },
  {
    key: 'kwame',
    name: 'Kwame Ashby',
    jobTitle: 'Head of Service, Safeguarding and Family Support',
    role: 'action-owner',
  },
  {
    key: 'rhiannon',
    name: 'Rhiannon Deverell',
    jobTitle: 'Head of Service, Children in Care and Care Leavers',
    role: 'action-owner',
  },
  {
    key: 'priya',
    name: 'Priya Ramsden',
    jobTitle: 'Head of Quality Assurance and Safeguarding Standards',
    role: 'action-owner',
  },
  {
    key: 'declan',
    name: 'Declan Moorcroft',
    jobTitle: 'Head of Placements, Commissioning and Sufficiency',
    role: 'action-owner',
  },
  { key: 'owen', name: 'Owen Trelawny', jobTitle: 'Workforce and Recruitment Lead', role: 'action-owner' },
  {
    key: 'jonah',
    name: 'Jonah Blythe',
    jobTitle: 'Team Manager, 16+ and Leaving Care',
    role: 'action-owner',
    team: '16+ and Leaving Care',
  },
  { key: 'jade', name: 'Jade Amberley', jobTitle: 'Participation and Voice Lead', role: 'action-owner' },
  {
    key: 'simon',
    name: 'Simon Ashgrove',
    jobTitle: 'Team Manager, Assessment Team North',
    role: 'action-owner',
    team: 'Assessment Team North',
  },
  {
    key: 'graham',
    name: 'Graham Tolley',
    jobTitle: 'Team Manager, Court and Permanence',
    role: 'action-owner',
    team: 'Court and Permanence',
  },
  { key: 'helen', name: 'Helen Barraclough', jobTitle: 'Fostering Service Manager', role: 'action-owner' },
  { key: 'martin', name: 'Martin Hollinshead', jobTitle: 'Legal Team Leader (Childcare)', role: 'action-owner' },
];

/** The demo email address of a person: first.last@kellingford.example (a reserved, unroutable domain). */
export function demoEmail(person: DemoPerson): string {
  const plain = person.name.replace(/^(Cllr|DI) /, '').toLowerCase();
  return `${plain
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.')}@kellingford.example`;
}
