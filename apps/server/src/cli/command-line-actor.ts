import type { Role } from '@waypoint/contracts';
import type { UserActor } from '../platform/actor.ts';

/**
 * Who a command acts as: the authority, a role's permissions, and "command line" in the audit log (there is no
 * signed-in user, so no user id).
 */
export function commandLineActor(authorityId: string, role: Role): UserActor {
  return {
    userId: null as unknown as string,
    email: 'command line',
    displayName: 'Command line',
    role,
    authorityId,
    requestId: 'cli',
    ip: null,
  };
}
