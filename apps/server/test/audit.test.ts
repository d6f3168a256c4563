import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { recordAuditNow, verifyAuditLog } from '../src/modules/audit/audit.service.ts';
import { systemActor } from '../src/platform/actor.ts';
import { createTestAuthority, useTestServer } from './support/harness.ts';
import { postgresSkipReason } from './support/test-db.ts';

describe.skipIf(postgresSkipReason() !== '')('append-only, hash-chained audit log', () => {
  const ctx = useTestServer();

  async function writeEvents(authorityId: string, n: number) {
    for (let i = 0; i < n; i++) {
      await recordAuditNow(ctx.deps.db, ctx.clock, systemActor(authorityId, 'test'), {
        action: 'test.event',
        entityType: 'thing',
        entityId: String(i),
        before: { n: i },
        after: { n: i + 1, when: new Date('2026-07-15T10:00:00Z'), nested: { b: 1, a: [1, 2] } },
      });
    }
  }

  it('verifies a clean chain per authority', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000911');
    await writeEvents(a.id, 5);
    const result = await verifyAuditLog(ctx.deps.db);
    expect(result.problems).toEqual([]);
    const rows = await ctx.deps.db
      .selectFrom('audit_event')
      .select(['seq'])
      .where('chain', '=', a.id)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses updates and deletes through the application connection', async () => {
    await expect(sql`UPDATE audit_event SET summary = 'x'`.execute(ctx.deps.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_event`.execute(ctx.deps.db)).rejects.toThrow(/append-only/);
  });

  it('detects an edited row and a deleted row even when someone bypasses the trigger', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000912');
    await writeEvents(a.id, 4);
    await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`.execute(ctx.deps.db);
    try {
      await sql`UPDATE audit_event SET after = '{"n": 99}' WHERE chain = ${a.id} AND seq = 2`.execute(ctx.deps.db);
      await sql`DELETE FROM audit_event WHERE chain = ${a.id} AND seq = 3`.execute(ctx.deps.db);
    } finally {
      await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update`.execute(ctx.deps.db);
    }
    const problems = (await verifyAuditLog(ctx.deps.db)).problems.filter((p) => p.chain === a.id);
    expect(problems.map((p) => [p.seq, p.problem])).toEqual([
      [2, 'content was changed after it was written'],
      [3, 'events 3–3 are missing'],
      [4, 'does not link to the previous event (an event was removed or altered)'],
    ]);
  });

  it('detects a deleted tail through the chain head', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000913');
    await writeEvents(a.id, 3);
    await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`.execute(ctx.deps.db);
    try {
      await sql`DELETE FROM audit_event WHERE chain = ${a.id} AND seq = 3`.execute(ctx.deps.db);
    } finally {
      await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update`.execute(ctx.deps.db);
    }
    const problems = (await verifyAuditLog(ctx.deps.db)).problems.filter((p) => p.chain === a.id);
    expect(problems).toEqual([
      { chain: a.id, seq: 3, problem: 'the chain ends at event 2 but its head records event 3 (events were removed)' },
    ]);
  });

  it('lets administrators browse and filter their own authority’s log only', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000914');
    const b = await createTestAuthority(ctx.deps, 'E06000915');
    await writeEvents(a.id, 2);
    await writeEvents(b.id, 3);
    const admin = await ctx.signIn(a.users.admin.email);
    const page = (await ctx.app.inject({ url: '/api/audit?action=test.', headers: { cookie: admin } })).json();
    expect(page.total).toBe(2);
    expect(page.events.every((e: { action: string }) => e.action === 'test.event')).toBe(true);
    const lead = await ctx.signIn(a.users['improvement-lead'].email);
    expect((await ctx.app.inject({ url: '/api/audit', headers: { cookie: lead } })).statusCode).toBe(403);
  });
});
