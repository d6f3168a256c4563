import { describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../src/seed/demo-seed.ts';
import { useTestServer } from './support/harness.ts';
import { postgresSkipReason } from './support/test-db.ts';

describe.skipIf(postgresSkipReason() !== '')('the demo authority', () => {
  const ctx = useTestServer({ today: '2026-07-15' });

  it('seeds Kellingford once, with its inspection history, plan, governance, statutory returns, local records and measure targets', async () => {
    const config = { ...ctx.deps.config, demoToday: '2026-07-15', demoPassword: 'demo-password-for-tests' };
    const seeded = await seedDemoIfEmpty({ ...ctx.deps, config });
    expect(seeded).not.toBeNull();
    expect(seeded!.offsetDays).toBe(0);
    expect(new Set(seeded!.users.map((u) => u.role))).toEqual(
      new Set(['admin', 'improvement-lead', 'action-owner', 'analyst', 'viewer']),
    );
    expect(await seedDemoIfEmpty({ ...ctx.deps, config })).toBeNull();

    const cookie = await (async () => {
      const r = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'beth.oyelaran@kellingford.example', password: 'demo-password-for-tests' },
      });
      return r.headers['set-cookie'] as string;
    })();
    const inspections = (await ctx.app.inject({ url: '/api/inspections', headers: { cookie } })).json();
    expect(inspections.map((i: { type: string }) => i.type)).toEqual([
      'ilacs-standard',
      'focused-visit',
      'ilacs-standard',
    ]);
    expect(inspections[0].findings).toHaveLength(9);
    const dashboard = (await ctx.app.inject({ url: '/api/dashboard', headers: { cookie } })).json();
    expect(dashboard.plan.status).toBe('approved');
    expect(dashboard.totals.actions).toBe(38);
    expect(dashboard.deadlines.find((d: { id: string }) => d.id === 'submit-plan').dueDate).toBe('2026-08-11');
    expect(dashboard.overdue.map((a: { reference: string }) => a.reference).sort()).toEqual(['I2', 'I4']);
    const plan = (await ctx.app.inject({ url: `/api/plans/${dashboard.plan.id}`, headers: { cookie } })).json();
    expect(plan.versions.map((v: { status: string }) => v.status)).toEqual(['at-scrutiny', 'approved']);
    expect(plan.recommendations).toHaveLength(3);
    expect(plan.coverage.uncovered).toEqual([]);
    const supervision = (
      await ctx.app.inject({ url: '/api/measures/supervision-on-time', headers: { cookie } })
    ).json();
    expect(supervision.target).toMatchObject({ value: 90, date: '2026-12-31' });
    expect(supervision.linkedAreas.map((a: { reference: string }) => a.reference)).toEqual(['1']);

    // Four collection years of each return, uploaded and stored through the import service by the analyst.
    for (const dataset of ['ssda903', 'cin']) {
      const history = (await ctx.app.inject({ url: `/api/imports?dataset=${dataset}`, headers: { cookie } })).json();
      expect(history.storedYears.map((y: { year: number }) => y.year).sort()).toEqual([2024, 2025, 2026, 2027]);
    }
    // Every measure the returns and local records feed is computed from them; none is left without data.
    const scorecard = (await ctx.app.inject({ url: '/api/measures', headers: { cookie } })).json();
    const byId = new Map(scorecard.measures.map((m: { id: string }) => [m.id, m]));
    const noData = scorecard.measures
      .filter((m: { status: string }) => m.status !== 'computed')
      .map((m: { id: string }) => m.id);
    expect(noData).toEqual(['school-moves']);
    // The named child in the unregistered rented house since January is in the return and counted.
    expect((byId.get('unregistered-provision') as { latest: { value: number } }).latest.value).toBeGreaterThanOrEqual(
      1,
    );
    // Referrals at a realistic rate for a unitary authority of 44,600 children (England about 520 per 10,000).
    expect((byId.get('referrals-rate') as { latest: { value: number } }).latest.value).toBeGreaterThan(300);
    expect((byId.get('referrals-rate') as { latest: { value: number } }).latest.value).toBeLessThan(700);
  });
});
