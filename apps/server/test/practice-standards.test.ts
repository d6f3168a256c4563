import { describe, expect, it } from 'vitest';
import { replaceLocalRecords } from '../src/modules/measures/measure-data.repository.ts';
import { createTestAuthority, useTestServer } from './support/harness.ts';
import { postgresSkipReason } from './support/test-db.ts';

interface Standard {
  id: string;
  value: number;
  default: number;
  isDefault: boolean;
  measures: Array<{ id: string; title: string }>;
}

describe.skipIf(postgresSkipReason() !== '')('practice standards', () => {
  const ctx = useTestServer({ today: '2024-04-15' });

  /** Missing episodes from the local log: child A missing twice and child B three times in March 2024. */
  const missing = [
    ['A', '2024-03-02'],
    ['A', '2024-03-20'],
    ['B', '2024-03-05'],
    ['B', '2024-03-12'],
    ['B', '2024-03-25'],
  ].map(([child, date], i) => ({
    key: `m${i}`,
    childId: child,
    date,
    data: { episodeId: `m${i}`, childId: child, type: 'M', start: `${date}T21:00:00Z`, end: `${date}T23:00:00Z` },
  }));

  it('are set by improvement leads within their ranges, audited, and used by the measures they apply to', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000971');
    await ctx.deps.db.transaction().execute((trx) => replaceLocalRecords(trx, a.id, 'missingEpisodes', missing));
    const lead = await ctx.signIn(a.users['improvement-lead'].email);
    const viewer = await ctx.signIn(a.users.viewer.email);
    const analyst = await ctx.signIn(a.users.analyst.email);
    // As the lead: read-only users see small counts as "fewer than 5".
    const repeatMissing = async () =>
      (await ctx.app.inject({ url: '/api/measures/repeat-missing', headers: { cookie: lead } })).json();

    const listed = (await ctx.app.inject({ url: '/api/practice-standards', headers: { cookie: viewer } })).json();
    expect(listed.standards.map((s: Standard) => s.id)).toContain('neglectDriftMonths');
    expect(listed.standards.every((s: Standard) => s.isDefault && s.value === s.default)).toBe(true);
    expect(listed.standards.find((s: Standard) => s.id === 'repeatMissingThreshold')).toMatchObject({
      value: 3,
      measures: [{ id: 'repeat-missing', title: expect.any(String) }],
    });
    const before = await repeatMissing();
    expect(before.latest).toMatchObject({ month: '2024-03', numerator: 1 });
    expect(before.standards).toContainEqual(
      expect.objectContaining({ id: 'repeatMissingThreshold', value: 3, isDefault: true }),
    );

    const put = (cookie: string, body: object) =>
      ctx.app.inject({ method: 'PUT', url: '/api/practice-standards', headers: { cookie }, payload: body });
    expect((await put(analyst, { repeatMissingThreshold: 2 })).statusCode).toBe(403);
    const refused = await put(lead, { supervisionDays: 200, repeatMissingThreshold: 2.5, shoeSize: 9 });
    expect(refused.statusCode).toBe(400);
    expect(
      refused
        .json()
        .details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['repeatMissingThreshold', 'shoeSize', 'supervisionDays']);
    expect(JSON.stringify(refused.json())).toContain('from 7 to 91');

    const saved = await put(lead, { repeatMissingThreshold: 2, supervisionDays: 42, neglectDriftMonths: 9 });
    expect(saved.statusCode).toBe(200);
    const byId = new Map(saved.json().standards.map((s: Standard) => [s.id, s]));
    expect(byId.get('repeatMissingThreshold')).toMatchObject({ value: 2, isDefault: false });
    expect(byId.get('supervisionDays')).toMatchObject({ value: 42, isDefault: false });
    // The default value chosen again is the default.
    expect(byId.get('neglectDriftMonths')).toMatchObject({ value: 9, isDefault: true });
    const after = await repeatMissing();
    expect(after.latest).toMatchObject({ month: '2024-03', numerator: 2 });
    expect(after.standards).toContainEqual(
      expect.objectContaining({ id: 'repeatMissingThreshold', value: 2, isDefault: false }),
    );

    const audit = await ctx.deps.db
      .selectFrom('audit_event')
      .select(['before', 'after', 'actor_user_id'])
      .where('action', '=', 'measure.practice-standards')
      .execute();
    expect(audit).toEqual([
      {
        before: {},
        after: { repeatMissingThreshold: 2, supervisionDays: 42 },
        actor_user_id: a.users['improvement-lead'].id,
      },
    ]);

    // Null puts a standard back to its default; standards left out go back too.
    expect((await put(lead, { repeatMissingThreshold: null })).statusCode).toBe(200);
    expect((await repeatMissing()).latest).toMatchObject({ numerator: 1 });
    const reset = (await ctx.app.inject({ url: '/api/practice-standards', headers: { cookie: viewer } })).json();
    expect(reset.standards.every((s: Standard) => s.isDefault)).toBe(true);
  });
});
