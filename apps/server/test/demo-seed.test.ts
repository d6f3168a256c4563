import { describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../src/seed/demo-seed.ts';
import { useTestServer } from './support/harness.ts';
import { postgresSkipReason } from './support/test-db.ts';

describe.skipIf(postgresSkipReason() !== '')('the demo authority', () => {
  const ctx = useTestServer({ today: '2026-07-15' });

  it('seeds Kellingford once, with its inspection history, plan, governance and measure targets', async () => {
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
  });
});
