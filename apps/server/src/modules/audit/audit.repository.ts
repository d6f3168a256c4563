import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

type Executor = Database | Transaction<DB>;

/** A stored audit row as the repository returns it. */
export interface AuditRow {
  id: number;
  chain: string;
  seq: number;
  authority_id: string | null;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_email: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  summary: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

/** Locks a chain's head row for this transaction (creating it on first use) and returns it. */
export async function lockChainHead(trx: Transaction<DB>, chain: string, genesis: string) {
  await trx
    .insertInto('audit_chain_head')
    .values({ chain, seq: 0, hash: genesis })
    .onConflict((oc) => oc.column('chain').doNothing())
    .execute();
  return trx
    .selectFrom('audit_chain_head')
    .select(['seq', 'hash'])
    .where('chain', '=', chain)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/** Appends an event and moves the chain head, in the caller's transaction. */
export async function appendEvent(trx: Transaction<DB>, row: Omit<AuditRow, 'id'>): Promise<void> {
  await trx
    .insertInto('audit_event')
    .values({
      ...row,
      before: row.before === null ? null : JSON.stringify(row.before),
      after: row.after === null ? null : JSON.stringify(row.after),
    })
    .execute();
  await trx
    .updateTable('audit_chain_head')
    .set({ seq: row.seq, hash: row.hash })
    .where('chain', '=', row.chain)
    .execute();
}

/** Every chain and its head. */
export async function listChainHeads(db: Executor) {
  return db.selectFrom('audit_chain_head').selectAll().orderBy('chain').execute();
}

/** A chain's events in order, in pages (for verification without loading everything). */
export async function chainEvents(db: Executor, chain: string, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return (await db
    .selectFrom('audit_event')
    .selectAll()
    .where('chain', '=', chain)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute()) as AuditRow[];
}

/** Filters for browsing the audit log. */
export interface AuditFilter {
  authorityId: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** One page of an authority's audit events, newest first, with the total matching. */
export async function searchEvents(db: Executor, f: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
  const base = db
    .selectFrom('audit_event')
    .where('authority_id', '=', f.authorityId)
    .$if(!!f.action, (q) => q.where('action', 'like', `${f.action}%`))
    .$if(!!f.entityType, (q) => q.where('entity_type', '=', f.entityType!))
    .$if(!!f.entityId, (q) => q.where('entity_id', '=', f.entityId!))
    .$if(!!f.actor, (q) => q.where('actor_email', 'ilike', `%${f.actor}%`))
    .$if(!!f.from, (q) => q.where('occurred_at', '>=', new Date(`${f.from}T00:00:00Z`)))
    .$if(!!f.to, (q) => q.where(sql<boolean>`occurred_at < (${f.to}::date + 1)`));
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as AuditRow[], total: Number(count.n) };
}

/** The audit events about one record (its history), oldest first. */
export async function eventsForEntity(db: Executor, authorityId: string, entityType: string, entityId: string) {
  return (await db
    .selectFrom('audit_event')
    .selectAll()
    .where('authority_id', '=', authorityId)
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute()) as AuditRow[];
}
