import { describe, expect, it } from 'vitest';
import { createTestAuthority, useTestServer } from './support/harness.ts';
import { postgresSkipReason } from './support/test-db.ts';

/** Builds a multipart body by hand (what a browser form with files sends). */
function multipart(
  fields: Record<string, string>,
  files: Array<{ name: string; filename: string; content: Buffer; type: string }>,
) {
  const boundary = `----waypoint${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"; filename="${f.filename}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
    );
    parts.push(f.content, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe.skipIf(postgresSkipReason() !== '')('the improvement-plan loop through the API', () => {
  const ctx = useTestServer({ today: '2026-07-15' });

  it('records an inspection, builds a plan, takes it through scrutiny and tracks delivery', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000931');
    const lead = await ctx.signIn(a.users['improvement-lead'].email);
    const owner = await ctx.signIn(a.users['action-owner'].email);
    const call = async (cookie: string, method: string, url: string, payload?: object) => {
      const r = await ctx.app.inject({
        method: method as 'GET',
        url,
        headers: { cookie },
        ...(payload && { payload }),
      });
      if (r.statusCode >= 300) throw new Error(`${method} ${url} → ${r.statusCode}: ${r.body}`);
      return r.json();
    };

    // The 2020 inspection used the four-judgement framework; a separate care-leaver judgement is refused.
    const old = await ctx.app.inject({
      method: 'POST',
      url: '/api/inspections',
      headers: { cookie: lead },
      payload: {
        type: 'ilacs-standard',
        onSiteStart: '2020-01-20',
        onSiteEnd: '2020-01-31',
        judgements: [{ area: 'care-leavers', grade: 'good' }],
      },
    });
    expect(old.statusCode).toBe(400);
    expect(old.json().details[0].message).toMatch(/Before January 2023/);

    const inspection = await call(lead, 'POST', '/api/inspections', {
      type: 'ilacs-standard',
      onSiteStart: '2026-03-09',
      onSiteEnd: '2026-03-20',
      reportReceived: '2026-05-01',
      judgements: ['leaders', 'help-and-protection', 'children-in-care', 'care-leavers', 'overall'].map((area) => ({
        area,
        grade: 'requires-improvement',
      })),
    });
    expect(inspection.deadlines.map((d: { id: string; dueDate: string }) => [d.id, d.dueDate])).toEqual([
      ['publish-report', '2026-06-16'],
      ['submit-plan', '2026-08-11'],
    ]);
    await call(lead, 'POST', `/api/inspections/${inspection.id}/findings`, {
      number: 1,
      text: 'Supervision and oversight',
    });
    const withFindings = await call(lead, 'POST', `/api/inspections/${inspection.id}/findings`, {
      number: 2,
      text: 'Assessments',
    });
    const [f1, f2] = withFindings.findings.map((f: { id: string }) => f.id);

    let plan = await call(lead, 'POST', '/api/plans', { inspectionId: inspection.id, title: 'Our improvement plan' });
    expect(plan.coverage.uncovered.map((f: { number: number }) => f.number)).toEqual([1, 2]);
    plan = await call(lead, 'POST', `/api/plans/${plan.id}/areas`, {
      reference: '1',
      title: 'Supervision',
      findingIds: [f1],
    });
    plan = await call(lead, 'POST', `/api/plans/${plan.id}/areas`, {
      reference: '2',
      title: 'Assessments',
      findingIds: [f2],
    });
    const [area1, area2] = plan.areas;
    const action = await call(lead, 'POST', `/api/areas/${area1.id}/actions`, {
      reference: '1.1',
      title: 'Relaunch supervision policy',
      ownerUserId: a.users['action-owner'].id,
      startDate: '2026-06-01',
      dueDate: '2026-07-28',
    });
    expect(action.findingIds).toEqual([f1]); // inherited from the area
    plan = await call(lead, 'GET', `/api/plans/${plan.id}`);
    expect(plan.coverage.uncovered.map((f: { number: number }) => f.number)).toEqual([2]);

    // Reorder with buttons (no dragging needed).
    plan = await call(lead, 'POST', `/api/areas/${area2.id}/move`, { direction: 'up' });
    expect(plan.areas.map((x: { reference: string }) => x.reference)).toEqual(['2', '1']);

    // Lifecycle: a closed step is refused; each step freezes a version.
    const skip = await ctx.app.inject({
      method: 'POST',
      url: `/api/plans/${plan.id}/transitions`,
      headers: { cookie: lead },
      payload: { to: 'submitted', occurredOn: '2026-06-22' },
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().message).toMatch(/can move to At scrutiny/);
    plan = await call(lead, 'POST', `/api/plans/${plan.id}/transitions`, {
      to: 'at-scrutiny',
      occurredOn: '2026-06-22',
      meeting: 'Scrutiny 30 June',
    });
    await call(lead, 'POST', `/api/areas/${area2.id}/actions`, {
      reference: '2.1',
      title: 'Assessment tracker',
      dueDate: '2026-07-28',
    });
    await call(lead, 'PATCH', `/api/actions/${action.id}`, { dueDate: '2026-08-25' });
    plan = await call(lead, 'POST', `/api/plans/${plan.id}/transitions`, {
      to: 'approved',
      occurredOn: '2026-07-14',
      recommendations: [
        { committee: 'scrutiny', meetingDate: '2026-06-30', text: 'Add interim trajectories', status: 'accepted' },
      ],
    });
    expect(plan.status).toBe('approved');
    expect(plan.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [1, 'at-scrutiny'],
      [2, 'approved'],
    ]);
    expect(plan.transitions.map((t: { by: string }) => t.by)).toEqual([
      a.users['improvement-lead'].name,
      a.users['improvement-lead'].name,
    ]);
    expect(plan.recommendations).toHaveLength(1);
    const comparison = await call(lead, 'GET', `/api/plans/${plan.id}/compare?from=1&to=2`);
    expect(comparison.actions.added.map((x: { reference: string }) => x.reference)).toEqual(['2.1']);
    expect(comparison.dueDatesMoved).toEqual([
      { reference: '1.1', title: 'Relaunch supervision policy', from: '2026-07-28', to: '2026-08-25' },
    ]);

    // The owner posts an update with evidence; a disguised file is refused and nothing is stored.
    const fake = multipart({ updateDate: '2026-07-10', narrative: 'Drafted' }, [
      {
        name: 'evidence',
        filename: 'policy.pdf',
        content: Buffer.from('MZ this is a program'),
        type: 'application/pdf',
      },
    ]);
    const refused = await ctx.app.inject({
      method: 'POST',
      url: `/api/actions/${action.id}/updates`,
      headers: { cookie: owner, ...fake.headers },
      payload: fake.payload,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toBe('policy.pdf: the file is not a real PDF file');
    const good = multipart(
      { updateDate: '2026-07-10', narrative: 'Policy drafted and agreed', percentComplete: '60' },
      [{ name: 'evidence', filename: 'policy.pdf', content: PDF, type: 'application/pdf' }],
    );
    const posted = await ctx.app.inject({
      method: 'POST',
      url: `/api/actions/${action.id}/updates`,
      headers: { cookie: owner, ...good.headers },
      payload: good.payload,
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const detail = posted.json();
    expect(detail.updates).toHaveLength(1);
    expect(detail).toMatchObject({ status: 'in-progress', percentComplete: 60 });
    const evidence = detail.updates[0].evidence[0];
    const download = await ctx.app.inject({ url: `/api/evidence/${evidence.id}`, headers: { cookie: lead } });
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['content-disposition']).toContain('policy.pdf');

    // Manual RAG needs a reason and keeps the computed one visible.
    const overridden = await call(owner, 'PUT', `/api/actions/${action.id}/rag-override`, {
      rag: 'amber',
      reason: 'Venue for cohort 2 not confirmed',
    });
    expect(overridden.rag).toMatchObject({ rag: 'amber', computed: 'green', overridden: true });
    expect(overridden.history.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(['action.create', 'action.update', 'action.progress-update', 'action.rag-override']),
    );

    const mine = await call(owner, 'GET', '/api/my-actions');
    expect(mine.map((x: { reference: string }) => x.reference)).toEqual(['1.1']);

    const dashboard = await call(lead, 'GET', '/api/dashboard');
    expect(dashboard.totals).toMatchObject({ actions: 2, amber: 1 });
    expect(dashboard.dueIn4Weeks.map((x: { reference: string }) => x.reference)).toEqual(['2.1']);
    expect(dashboard.dueIn8Weeks.map((x: { reference: string }) => x.reference)).toEqual(['1.1']);
    expect(dashboard.nextDeadlines[0]).toMatchObject({
      kind: 'statutory',
      date: '2026-08-11',
      workingDaysRemaining: 19,
    });
  });

  it('lets an action owner update only their own actions', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000932');
    const lead = await ctx.signIn(a.users['improvement-lead'].email);
    const owner = await ctx.signIn(a.users['action-owner'].email);
    const inspection = (
      await ctx.app.inject({
        method: 'POST',
        url: '/api/inspections',
        headers: { cookie: lead },
        payload: { type: 'focused-visit', reportReceived: '2026-05-01', hasPriorityActions: true },
      })
    ).json();
    expect(inspection.deadlines.map((d: { id: string }) => d.id)).toEqual(['early-draft', 'submit-plan']);
    const plan = (
      await ctx.app.inject({
        method: 'POST',
        url: '/api/plans',
        headers: { cookie: lead },
        payload: { inspectionId: inspection.id, title: 'Plan' },
      })
    ).json();
    const withArea = (
      await ctx.app.inject({
        method: 'POST',
        url: `/api/plans/${plan.id}/areas`,
        headers: { cookie: lead },
        payload: { reference: '1', title: 'Area' },
      })
    ).json();
    const notMine = (
      await ctx.app.inject({
        method: 'POST',
        url: `/api/areas/${withArea.areas[0].id}/actions`,
        headers: { cookie: lead },
        payload: { reference: '1.1', title: 'Someone else’s', dueDate: '2026-08-01' },
      })
    ).json();
    const r = await ctx.app.inject({
      method: 'POST',
      url: `/api/actions/${notMine.id}/updates`,
      headers: { cookie: owner },
      payload: { updateDate: '2026-07-10', narrative: 'x' },
    });
    expect(r.statusCode).toBe(403);
    const s = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/actions/${notMine.id}`,
      headers: { cookie: owner },
      payload: { status: 'complete' },
    });
    expect(s.statusCode).toBe(403);
  });
});
