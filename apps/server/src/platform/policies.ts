import type { Role } from '@waypoint/contracts';

/** Everything a role may be allowed to do. Checked in one place so each route states its permission. */
export const PERMISSIONS = {
  'plan:read': ['admin', 'improvement-lead', 'action-owner', 'analyst', 'viewer'],
  'plan:edit': ['admin', 'improvement-lead'],
  'inspection:edit': ['admin', 'improvement-lead'],
  /** Post progress updates and change status: leads on any action, owners on their own (checked per record). */
  'action:update': ['admin', 'improvement-lead', 'action-owner'],
  'action:rag-override': ['admin', 'improvement-lead', 'action-owner'],
  'users:list': ['admin', 'improvement-lead', 'action-owner', 'analyst', 'viewer'],
  'users:manage': ['admin'],
  'audit:read': ['admin'],
  'data:import': ['admin', 'analyst'],
  'child:read': ['admin', 'improvement-lead', 'analyst'],
  'report:generate': ['admin', 'improvement-lead', 'analyst'],
  'report:read': ['admin', 'improvement-lead', 'action-owner', 'analyst', 'viewer'],
  'measure:edit': ['admin', 'improvement-lead', 'analyst'],
  /** The local practice standards measures are judged by (a management decision, not an analyst's). */
  'standards:edit': ['admin', 'improvement-lead'],
} as const satisfies Record<string, readonly Role[]>;

/** A permission name. */
export type Permission = keyof typeof PERMISSIONS;

/** True when the role holds the permission. */
export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** True when the user may update this action: leads and admins always; action owners only their own. */
export function canUpdateAction(user: { id: string; role: Role }, action: { ownerUserId: string | null }): boolean {
  if (!can(user.role, 'action:update')) return false;
  if (user.role === 'action-owner') return action.ownerUserId === user.id;
  return true;
}
