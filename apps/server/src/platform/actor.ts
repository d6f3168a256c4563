import type { Role } from '@waypoint/contracts';

/** Who is acting, for permission checks and the audit log. */
export interface Actor {
  userId: string | null;
  email: string | null;
  role: Role | null;
  authorityId: string | null;
  requestId: string | null;
  ip: string | null;
}

/** A signed-in user acting within their authority. */
export interface UserActor extends Actor {
  userId: string;
  email: string;
  role: Role;
  authorityId: string;
  displayName: string;
}

/** The actor for command-line and seed work (no user, no request). */
export function systemActor(authorityId: string | null, label = 'system'): Actor {
  return { userId: null, email: label, role: null, authorityId, requestId: null, ip: null };
}
