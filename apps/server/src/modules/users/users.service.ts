import { ROLE_LABELS, type Role } from '@waypoint/contracts';
import type { Actor, UserActor } from '../../platform/actor.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { ValidationError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/password.ts';
import * as repo from './users.repository.ts';

/** The authority's users (names and roles only), e.g. to choose an action owner. */
export async function listUsers(deps: AppDeps, user: UserActor) {
  const rows = await repo.listUsers(deps.db, user.authorityId);
  const full = user.role === 'admin';
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    jobTitle: r.job_title,
    role: r.role as Role,
    roleLabel: ROLE_LABELS[r.role as Role],
    ...(full && { email: r.email, disabled: r.disabled_at !== null }),
  }));
}

/** Creates a user in the acting admin's authority (or the authority a command-line run names). */
export async function createUser(
  deps: AppDeps,
  user: Actor & { authorityId: string },
  input: { email: string; displayName: string; jobTitle: string; role: Role; password: string },
) {
  if (await repo.emailExists(deps.db, input.email)) {
    throw new ValidationError('A user with that email address already exists', [
      { field: 'email', message: 'A user with that email address already exists' },
    ]);
  }
  const passwordHash = await hashPassword(input.password);
  const id = await deps.db.transaction().execute(async (trx) => {
    const newId = await repo.insertUser(trx, {
      authority_id: user.authorityId,
      email: input.email,
      display_name: input.displayName,
      job_title: input.jobTitle,
      role: input.role,
      password_hash: passwordHash,
    });
    await recordAudit(trx, deps.clock, user, {
      action: 'user.create',
      entityType: 'user',
      entityId: newId,
      summary: `Created user ${input.email} (${ROLE_LABELS[input.role]})`,
      after: { email: input.email, displayName: input.displayName, jobTitle: input.jobTitle, role: input.role },
    });
    return newId;
  });
  return { id };
}
