import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

type Executor = Database | Transaction<DB>;

/** Stores a new session (by the hash of its token). */
export async function insertSession(
  db: Executor,
  s: {
    idHash: string;
    userId: string;
    now: Date;
    absoluteExpiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db
    .insertInto('user_session')
    .values({
      id_hash: s.idHash,
      user_id: s.userId,
      created_at: s.now,
      last_seen_at: s.now,
      absolute_expires_at: s.absoluteExpiresAt,
      ip: s.ip,
      user_agent: s.userAgent?.slice(0, 500) ?? null,
    })
    .execute();
}

/** A session with its user and authority, or undefined. */
export async function findSession(db: Executor, idHash: string) {
  return db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .innerJoin('authority as a', 'a.id', 'u.authority_id')
    .select([
      's.id_hash',
      's.last_seen_at',
      's.absolute_expires_at',
      'u.id as user_id',
      'u.email',
      'u.display_name',
      'u.role',
      'u.disabled_at',
      'u.authority_id',
      'a.code as authority_code',
      'a.name as authority_name',
      'a.short_name as authority_short_name',
    ])
    .where('s.id_hash', '=', idHash)
    .executeTakeFirst();
}

/** Records activity on a session (for idle expiry). */
export async function touchSession(db: Executor, idHash: string, now: Date): Promise<void> {
  await db.updateTable('user_session').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
}

/** Ends a session. */
export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('user_session').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a user (e.g. after a password or role change). */
export async function deleteUserSessions(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('user_session').where('user_id', '=', userId).execute();
}

/** Removes sessions past their absolute expiry. */
export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.deleteFrom('user_session').where('absolute_expires_at', '<', now).execute();
}
