import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@waypoint/contracts';
import type { Actor, UserActor } from '../../platform/actor.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { UnauthenticatedError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as users from '../users/users.repository.ts';
import { verifyPassword } from './password.ts';
import * as sessions from './session.repository.ts';

/** Session lifetimes: ended after 60 minutes without activity, and 10 hours after sign-in whatever happens. */
export const SESSION_IDLE_MINUTES = 60;
export const SESSION_ABSOLUTE_HOURS = 10;

/** The same message whatever was wrong, so sign-in does not reveal which emails exist. */
export const SIGN_IN_FAILED = 'Enter a correct email address and password';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A signed-in user as the session resolves it. */
export interface SessionUser extends UserActor {
  authorityCode: string;
  authorityName: string;
  authorityShortName: string;
}

/**
 * Signs a user in: checks the password (Argon2id), ends any session the browser already had (the session id is
 * always new after sign-in) and records the outcome in the audit log. Returns the new session token.
 */
export async function signIn(
  deps: AppDeps,
  input: {
    email: string;
    password: string;
    previousToken?: string;
    ip: string | null;
    userAgent: string | null;
    requestId: string;
  },
): Promise<{ token: string; userId: string }> {
  const user = await users.findUserForSignIn(deps.db, input.email.trim());
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  const now = deps.clock.now();
  const actor: Actor = {
    userId: user?.id ?? null,
    email: input.email.trim().toLowerCase().slice(0, 320),
    role: (user?.role as Role | undefined) ?? null,
    authorityId: user?.authority_id ?? null,
    requestId: input.requestId,
    ip: input.ip,
  };
  if (!user || !ok || user.disabled_at) {
    await deps.db.transaction().execute((trx) =>
      recordAudit(trx, deps.clock, actor, {
        action: 'auth.sign-in-failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        summary: user?.disabled_at ? 'Sign-in refused: account disabled' : 'Sign-in failed',
      }),
    );
    throw new UnauthenticatedError(SIGN_IN_FAILED);
  }
  const token = randomBytes(32).toString('base64url');
  await deps.db.transaction().execute(async (trx) => {
    if (input.previousToken) await sessions.deleteSession(trx, hashToken(input.previousToken));
    await sessions.insertSession(trx, {
      idHash: hashToken(token),
      userId: user.id,
      now,
      absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000),
      ip: input.ip,
      userAgent: input.userAgent,
    });
    await recordAudit(trx, deps.clock, actor, {
      action: 'auth.sign-in',
      entityType: 'user',
      entityId: user.id,
      summary: 'Signed in',
    });
  });
  await sessions.deleteExpiredSessions(deps.db, now);
  return { token, userId: user.id };
}

/** Resolves a session token to its user, or null when it is unknown, idle too long, expired or disabled. */
export async function resolveSession(deps: AppDeps, token: string): Promise<SessionUser | null> {
  if (!token || token.length > 200) return null;
  const idHash = hashToken(token);
  const row = await sessions.findSession(deps.db, idHash);
  if (!row) return null;
  const now = deps.clock.now();
  const lastSeen = new Date(row.last_seen_at).getTime();
  const idleExpired = now.getTime() - lastSeen > SESSION_IDLE_MINUTES * 60_000;
  if (idleExpired || new Date(row.absolute_expires_at).getTime() <= now.getTime() || row.disabled_at) {
    await sessions.deleteSession(deps.db, idHash);
    return null;
  }
  if (now.getTime() - lastSeen > 60_000) await sessions.touchSession(deps.db, idHash, now);
  return {
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role as Role,
    authorityId: row.authority_id,
    authorityCode: row.authority_code,
    authorityName: row.authority_name,
    authorityShortName: row.authority_short_name,
    requestId: null,
    ip: null,
  };
}

/** Ends the session and records the sign-out. */
export async function signOut(deps: AppDeps, token: string, actor: Actor): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await sessions.deleteSession(trx, hashToken(token));
    await recordAudit(trx, deps.clock, actor, {
      action: 'auth.sign-out',
      entityType: 'user',
      entityId: actor.userId,
      summary: 'Signed out',
    });
  });
}
