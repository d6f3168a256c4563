import type { Role } from '@waypoint/contracts';

const MEASURE_EDIT_ROLES: readonly Role[] = ['admin', 'improvement-lead', 'analyst'];
const CHILD_READ_ROLES: readonly Role[] = ['admin', 'improvement-lead', 'analyst'];
const STANDARDS_EDIT_ROLES: readonly Role[] = ['admin', 'improvement-lead'];

/** True when the role sets targets, enters monthly values and moves SPC baselines (`measure:edit`). */
export function canEditMeasures(role: Role | undefined): boolean {
  return role !== undefined && MEASURE_EDIT_ROLES.includes(role);
}

/** True when the API hides small counts from this role (read-only roles see "fewer than 5"). */
export function hidesSmallCounts(role: Role | undefined): boolean {
  return role === undefined || !CHILD_READ_ROLES.includes(role);
}

/** True when the role sets the local practice standards measures are judged by (`standards:edit`). */
export function canSetPracticeStandards(role: Role | undefined): boolean {
  return role !== undefined && STANDARDS_EDIT_ROLES.includes(role);
}
