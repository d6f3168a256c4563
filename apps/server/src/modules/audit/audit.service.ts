import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import * as repo from './audit.repository.ts';
import { auditEventHash, GENESIS_HASH } from './audit-hash.ts';

/** What happened, to which record. `before`/`after` hold the changed fields (never secrets). */
export interface AuditEventInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  summary?: string;
  before?: unknown;
  after?: unknown;
}

/** Normalises a value to what it will read back as from jsonb (dates → ISO strings, undefined dropped). */
function asStored(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}

/**
 * Appends an event to the actor's authority chain (or the "system" chain) inside the caller's transaction,
 * so a change and its audit record are committed together or not at all.
 */
export async function recordAudit(
  trx: Transaction<DB>,
  clock: Clock,
  actor: Actor,
  event: AuditEventInput,
): Promise<void> {
  const chain = actor.authorityId ?? 'system';
  const head = await repo.lockChainHead(trx, chain, GENESIS_HASH);
  const seq = Number(head.seq) + 1;
  const occurredAt = clock.now();
  const content = {
    chain,
    seq,
    authorityId: actor.authorityId,
    occurredAt: occurredAt.toISOString(),
    actorUserId: actor.userId,
    actorEmail: actor.email,
    actorRole: actor.role,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    summary: event.summary ?? '',
    before: asStored(event.before),
    after: asStored(event.after),
    requestId: actor.requestId,
    ip: actor.ip,
  };
  const hash = auditEventHash(head.hash, content);
  await repo.appendEvent(trx, {
    chain,
    seq,
    authority_id: content.authorityId,
    occurred_at: occurredAt,
    actor_user_id: content.actorUserId,
    actor_email: content.actorEmail,
    actor_role: content.actorRole,
    action: content.action,
    entity_type: content.entityType,
    entity_id: content.entityId,
    summary: content.summary,
    before: content.before,
    after: content.after,
    request_id: content.requestId,
    ip: content.ip,
    prev_hash: head.hash,
    hash,
  });
}

/** Records an event in its own transaction (sign-ins, views of child-level data). */
export async function recordAuditNow(db: Database, clock: Clock, actor: Actor, event: AuditEventInput): Promise<void> {
  await db.transaction().execute((trx) => recordAudit(trx, clock, actor, event));
}

/** A break found by {@link verifyAuditLog}. */
export interface AuditProblem {
  chain: string;
  seq: number;
  problem: string;
}

/** Result of checking every chain. */
export interface AuditVerification {
  chains: number;
  events: number;
  problems: AuditProblem[];
}

/**
 * Recomputes every chain from its first event: an edited row no longer matches its hash, a deleted row leaves a
 * gap in the sequence or a broken link, and a deleted tail no longer reaches the recorded head.
 */
export async function verifyAuditLog(db: Database, onProgress?: (events: number) => void): Promise<AuditVerification> {
  const heads = await repo.listChainHeads(db);
  const problems: AuditProblem[] = [];
  let events = 0;
  for (const head of heads) {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let lastSeq = 0;
    for (;;) {
      const page = await repo.chainEvents(db, head.chain, lastSeq, 5000);
      if (page.length === 0) break;
      for (const row of page) {
        const seq = Number(row.seq);
        if (seq !== expectedSeq) {
          problems.push({
            chain: head.chain,
            seq: expectedSeq,
            problem: `events ${expectedSeq}–${seq - 1} are missing`,
          });
        }
        if (row.prev_hash !== prevHash) {
          problems.push({
            chain: head.chain,
            seq,
            problem: 'does not link to the previous event (an event was removed or altered)',
          });
        }
        const recomputed = auditEventHash(row.prev_hash, {
          chain: row.chain,
          seq,
          authorityId: row.authority_id,
          occurredAt: new Date(row.occurred_at).toISOString(),
          actorUserId: row.actor_user_id,
          actorEmail: row.actor_email,
          actorRole: row.actor_role,
          action: row.action,
          entityType: row.entity_type,
          entityId: row.entity_id,
          summary: row.summary,
          before: row.before,
          after: row.after,
          requestId: row.request_id,
          ip: row.ip,
        });
        if (recomputed !== row.hash)
          problems.push({ chain: head.chain, seq, problem: 'content was changed after it was written' });
        prevHash = row.hash;
        expectedSeq = seq + 1;
        lastSeq = seq;
        events++;
      }
      onProgress?.(events);
    }
    if (lastSeq !== Number(head.seq) || prevHash !== head.hash) {
      problems.push({
        chain: head.chain,
        seq: Number(head.seq),
        problem: `the chain ends at event ${lastSeq} but its head records event ${head.seq} (events were removed)`,
      });
    }
  }
  return { chains: heads.length, events, problems };
}
