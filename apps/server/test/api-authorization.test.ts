import type { Role } from '@waypoint/contracts';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordAuditNow } from '../src/modules/audit/audit.service.ts';
import { systemActor } from '../src/platform/actor.ts';
import { createTestAuthority, type TestAuthority, useTestServer } from './support/harness.ts';
import { createPlanFixture } from './support/plan-fixture.ts';
import { postgresSkipReason } from './support/test-db.ts';

type Ids = Awaited<ReturnType<typeof createPlanFixture>>;

/** Every route with a valid body, a role that must be refused, and an invalid body naming a field. */
interface RouteCase {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: (ids: Ids) => string;
  /** A role of the same authority that must get 403 (omitted where every role may call it). */
  forbidden?: Role;
  /** The role that may call it. */
  allowed: Role;
  body?: (ids: Ids) => unknown;
  invalid?: { body: (ids: Ids) => unknown; field: string };
}

const inspectionBody = {
  type: 'ilacs-standard',
  onSiteStart: '2026-03-09',
  onSiteEnd: '2026-03-20',
  reportReceived: '2026-05-01',
  judgements: [],
};
const actionBody = { reference: '1.9', title: 'New action', dueDate: '2026-09-01' };

const ROUTES: RouteCase[] = [
  { name: 'list inspections', method: 'GET', url: () => '/api/inspections', allowed: 'viewer' },
  {
    name: 'create inspection',
    method: 'POST',
    url: () => '/api/inspections',
    allowed: 'improvement-lead',
    forbidden: 'action-owner',
    body: () => inspectionBody,
    invalid: { body: () => ({ ...inspectionBody, onSiteStart: '2026-02-30' }), field: 'onSiteStart' },
  },
  { name: 'read inspection', method: 'GET', url: (i) => `/api/inspections/${i.inspectionId}`, allowed: 'viewer' },
  {
    name: 'update inspection',
    method: 'PUT',
    url: (i) => `/api/inspections/${i.inspectionId}`,
    allowed: 'improvement-lead',
    forbidden: 'analyst',
    body: () => inspectionBody,
    invalid: { body: () => ({ ...inspectionBody, type: 'inspection' }), field: 'type' },
  },
  {
    name: 'set deadline anchor',
    method: 'PUT',
    url: (i) => `/api/inspections/${i.inspectionId}/deadline-anchor`,
    allowed: 'improvement-lead',
    forbidden: 'viewer',
    body: () => ({ anchor: '2026-05-05', reason: 'Report arrived after 5pm on a bank holiday weekend' }),
    invalid: { body: () => ({ anchor: '2026-05-05', reason: '' }), field: 'reason' },
  },
  {
    name: 'add finding',
    method: 'POST',
    url: (i) => `/api/inspections/${i.inspectionId}/findings`,
    allowed: 'improvement-lead',
    forbidden: 'viewer',
    body: () => ({ number: 7, text: 'Missing children' }),
    invalid: { body: () => ({ number: 0, text: 'x' }), field: 'number' },
  },
  {
    name: 'update finding',
    method: 'PUT',
    url: (i) => `/api/findings/${i.findingIds[1]}`,
    allowed: 'improvement-lead',
    forbidden: 'action-owner',
    body: () => ({ number: 2, text: 'Assessments (edited)' }),
    invalid: { body: () => ({ number: 2, text: '' }), field: 'text' },
  },
  { name: 'list plans', method: 'GET', url: () => '/api/plans', allowed: 'viewer' },
  {
    name: 'create plan',
    method: 'POST',
    url: () => '/api/plans',
    allowed: 'improvement-lead',
    forbidden: 'viewer',
    body: (i) => ({ inspectionId: i.inspectionId, title: 'Second plan' }),
    invalid: { body: (i) => ({ inspectionId: i.inspectionId, title: '' }), field: 'title' },
  },
  { name: 'read plan', method: 'GET', url: (i) => `/api/plans/${i.planId}`, allowed: 'viewer' },
  {
    name: 'update plan',
    method: 'PATCH',
    url: (i) => `/api/plans/${i.planId}`,
    allowed: 'improvement-lead',
    forbidden: 'action-owner',
    body: () => ({ title: 'Renamed plan' }),
    invalid: { body: () => ({ title: '   ' }), field: 'title' },
  },
  {
    name: 'add priority area',
    method: 'POST',
    url: (i) => `/api/plans/${i.planId}/areas`,
    allowed: 'improvement-lead',
    forbidden: 'analyst',
    body: () => ({ reference: '9', title: 'Area nine' }),
    invalid: { body: () => ({ reference: '9', title: 'x', findingIds: ['not-a-uuid'] }), field: 'findingIds.0' },
  },
  {
    name: 'update priority area',
    method: 'PUT',
    url: (i) => `/api/areas/${i.areaId}`,
    allowed: 'improvement-lead',
    forbidden: 'viewer',
    body: () => ({ reference: '1', title: 'Supervision and oversight' }),
    invalid: { body: () => ({ reference: '', title: 'x' }), field: 'reference' },
  },
  {
    name: 'move priority area',
    method: 'POST',
    url: (i) => `/api/areas/${i.areaId}/move`,
    allowed: 'improvement-lead',
    forbidden: 'viewer',
    body: () => ({ direction: 'down' }),
    invalid: { body: () => ({ direction: 'sideways' }), field: 'direction' },
  },
  {
    name: 'add action',
    method: 'POST',
    url: (i) => `/api/areas/${i.areaId}/actions`,
    allowed: 'improvement-lead',
    forbidden: 'action-owner',
    body: () => actionBody,
    invalid: { body: () => ({ ...actionBody, dueDate: 'soon' }), field: 'dueDate' },
  },
  { name: 'read action', method: 'GET', url: (i) => `/api/actions/${i.actionId}`, allowed: 'viewer' },
  {
    name: 'update action',
    method: 'PATCH',
    url: (i) => `/api/actions/${i.actionId}`,
    allowed: 'improvement-lead',
    forbidden: 'viewer',
    body: () => ({ title: 'Relaunch the supervision policy' }),
    invalid: { body: () => ({ status: 'finished' }), field: 'status' },
  },
  {
    name: 'post progress update',
    method: 'POST',
    url: (i) => `/api/actions/${i.actionId}/updates`,
    allowed: 'action-owner',
    forbidden: 'viewer',
    body: () => ({ updateDate: '2026-07-10', narrative: 'Policy drafted', percentComplete: 40 }),
    invalid: {
      body: () => ({ updateDate: '2026-07-10', narrative: 'x', percentComplete: 140 }),
      field: 'percentComplete',
    },
  },
  {
    name: 'override RAG',
    method: 'PUT',
    url: (i) => `/api/actions/${i.actionId}/rag-override`,
    allowed: 'action-owner',
    forbidden: 'analyst',
    body: () => ({ rag: 'amber', reason: 'Venue not confirmed' }),
    invalid: { body: () => ({ rag: 'amber', reason: '' }), field: 'reason' },
  },
  {
    name: 'clear RAG override',
    method: 'DELETE',
    url: (i) => `/api/actions/${i.actionId}/rag-override`,
    allowed: 'improvement-lead',
    forbidden: 'viewer',
  },
  {
    name: 'add milestone',
    method: 'POST',
    url: (i) => `/api/actions/${i.actionId}/milestones`,
    allowed: 'improvement-lead',
    forbidden: 'action-owner',
    body: () => ({ title: 'Cohort 2', dueDate: '2026-08-20' }),
    invalid: { body: () => ({ title: 'Cohort 2', dueDate: '20/08/2026' }), field: 'dueDate' },
  },
  {
    name: 'update milestone',
    method: 'PUT',
    url: (i) => `/api/milestones/${i.milestoneId}`,
    allowed: 'improvement-lead',
    forbidden: 'viewer',
    body: () => ({ title: 'Template agreed', dueDate: '2026-07-02', completedOn: '2026-07-02' }),
    invalid: { body: () => ({ title: '', dueDate: '2026-07-02' }), field: 'title' },
  },
  {
    name: 'transition plan',
    method: 'POST',
    url: (i) => `/api/plans/${i.planId}/transitions`,
    allowed: 'improvement-lead',
    forbidden: 'action-owner',
    body: () => ({ to: 'at-scrutiny', occurredOn: '2026-06-22' }),
    invalid: { body: () => ({ to: 'published', occurredOn: '2026-06-22' }), field: 'to' },
  },
  {
    name: 'compare versions',
    method: 'GET',
    url: (i) => `/api/plans/${i.planId}/compare?from=0&to=0`,
    allowed: 'viewer',
  },
  { name: 'my actions', method: 'GET', url: () => '/api/my-actions', allowed: 'action-owner' },
  { name: 'dashboard', method: 'GET', url: () => '/api/dashboard', allowed: 'viewer' },
  { name: 'list users', method: 'GET', url: () => '/api/users', allowed: 'viewer' },
  {
    name: 'create user',
    method: 'POST',
    url: () => '/api/users',
    allowed: 'admin',
    forbidden: 'improvement-lead',
    body: () => ({
      email: `new${Math.random()}@x.example`,
      displayName: 'New Person',
      role: 'viewer',
      password: 'a long enough password',
    }),
    invalid: {
      body: () => ({ email: 'not an email', displayName: 'N', role: 'viewer', password: 'a long enough password' }),
      field: 'email',
    },
  },
  { name: 'audit log', method: 'GET', url: () => '/api/audit', allowed: 'admin', forbidden: 'analyst' },
  { name: 'scorecard', method: 'GET', url: () => '/api/measures', allowed: 'viewer' },
  { name: 'measure detail', method: 'GET', url: () => '/api/measures/cla-rate', allowed: 'viewer' },
  { name: 'scorecard download', method: 'GET', url: () => '/api/measures/export?format=csv', allowed: 'viewer' },
  {
    name: 'measure drill-down',
    method: 'GET',
    url: () => '/api/measures/cla-rate/children?month=2026-06',
    allowed: 'analyst',
    forbidden: 'viewer',
  },
  { name: 'local record types', method: 'GET', url: () => '/api/local-records', allowed: 'viewer' },
  {
    name: 'local records template',
    method: 'GET',
    url: () => '/api/local-records/supervision/template',
    allowed: 'viewer',
  },
  {
    name: 'local records download',
    method: 'GET',
    url: () => '/api/local-records/supervision/download',
    allowed: 'analyst',
    forbidden: 'viewer',
  },
  { name: 'practice standards', method: 'GET', url: () => '/api/practice-standards', allowed: 'viewer' },
  {
    name: 'set practice standards',
    method: 'PUT',
    url: () => '/api/practice-standards',
    allowed: 'improvement-lead',
    forbidden: 'analyst',
    body: () => ({ supervisionDays: 42 }),
    invalid: { body: () => ({ supervisionDays: 3 }), field: 'supervisionDays' },
  },
  {
    name: 'set measure target',
    method: 'PUT',
    url: () => '/api/measures/cla-rate/target',
    allowed: 'improvement-lead',
    forbidden: 'action-owner',
    body: () => ({ finalValue: 50, finalDate: '2027-03-31' }),
    invalid: { body: () => ({ finalValue: 50, finalDate: '31/03/2027' }), field: 'finalDate' },
  },
  {
    name: 'manual measure value',
    method: 'POST',
    url: () => '/api/measures/feedback-positive/manual-values',
    allowed: 'analyst',
    forbidden: 'viewer',
    body: () => ({ month: '2026-06', value: 64 }),
    invalid: { body: () => ({ month: 'June', value: 64 }), field: 'month' },
  },
  {
    name: 'SPC baseline',
    method: 'PUT',
    url: () => '/api/measures/cla-rate/baseline',
    allowed: 'analyst',
    forbidden: 'action-owner',
    body: () => ({ fromMonth: '2026-01', reason: 'New model' }),
    invalid: { body: () => ({ fromMonth: '2026-01', reason: '' }), field: 'reason' },
  },
  {
    name: 'priority area measures',
    method: 'PUT',
    url: (i) => `/api/areas/${i.areaId}/measures`,
    allowed: 'improvement-lead',
    forbidden: 'analyst',
    body: () => ({ measureIds: ['supervision-on-time'] }),
    invalid: { body: () => ({ measureIds: 'all' }), field: 'measureIds' },
  },
  {
    name: 'action success measures',
    method: 'PUT',
    url: (i) => `/api/actions/${i.actionId}/measures`,
    allowed: 'improvement-lead',
    forbidden: 'action-owner',
    body: () => ({ links: [{ measureId: 'supervision-on-time', targetValue: 90, targetDate: '2026-12-31' }] }),
    invalid: {
      body: () => ({ links: [{ measureId: 'supervision-on-time', targetDate: 'Christmas' }] }),
      field: 'links.0.targetDate',
    },
  },
  { name: 'action measures', method: 'GET', url: (i) => `/api/actions/${i.actionId}/measures`, allowed: 'viewer' },
  {
    name: 'import history',
    method: 'GET',
    url: () => '/api/imports?dataset=ssda903',
    allowed: 'analyst',
    forbidden: 'viewer',
  },
];

const ZERO = '00000000-0000-4000-8000-000000000000';
/** Stand-in ids, to tell at collection time which routes address a record. */
const PLACEHOLDER_IDS: Ids = {
  inspectionId: ZERO,
  findingIds: [ZERO, ZERO],
  planId: ZERO,
  areaId: ZERO,
  actionId: ZERO,
  milestoneId: ZERO,
};

/** Counts rows in every table that a refused request must leave untouched. */
async function rowCounts(ctx: ReturnType<typeof useTestServer>) {
  const tables = [
    'inspection',
    'finding',
    'judgement',
    'plan',
    'priority_area',
    'plan_action',
    'action_milestone',
    'progress_update',
    'plan_version',
    'app_user',
    'audit_event',
  ];
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(t)}`.execute(ctx.deps.db);
    counts[t] = r.rows[0]!.n;
  }
  return counts;
}

describe.skipIf(postgresSkipReason() !== '')('every API route checks sign-in, role and authority', () => {
  const ctx = useTestServer();
  let home: TestAuthority;
  let other: TestAuthority;
  let ids: Ids;
  const cookies: Partial<Record<string, string>> = {};

  beforeAll(async () => {
    home = await createTestAuthority(ctx.deps, 'E06000921');
    other = await createTestAuthority(ctx.deps, 'E06000922');
    ids = await createPlanFixture(ctx.deps, home);
    await createPlanFixture(ctx.deps, other);
    await recordAuditNow(ctx.deps.db, ctx.clock, systemActor(home.id), { action: 'test.seed', entityType: 'x' });
    for (const a of [home, other])
      for (const u of Object.values(a.users)) cookies[`${a.code}:${u.role}`] = await ctx.signIn(u.email);
  });

  const request = (c: RouteCase, cookie: string | undefined, body?: unknown) =>
    ctx.app.inject({
      method: c.method,
      url: c.url(ids),
      headers: cookie ? { cookie } : {},
      ...(body !== undefined && { payload: body as object }),
    });

  it.each(ROUTES.map((r) => [r.name, r]))('%s: 401 without a session', async (_, c) => {
    const before = await rowCounts(ctx);
    const response = await request(c, undefined, c.body?.(ids));
    expect(response.statusCode).toBe(401);
    expect(await rowCounts(ctx)).toEqual(before);
  });

  it.each(ROUTES.filter((r) => r.forbidden).map((r) => [r.name, r]))(
    '%s: 403 for a role without permission, nothing stored',
    async (_, c) => {
      const before = await rowCounts(ctx);
      const response = await request(c, cookies[`${home.code}:${c.forbidden}`], c.body?.(ids));
      expect(response.statusCode).toBe(403);
      expect(await rowCounts(ctx)).toEqual(before);
    },
  );

  it.each(ROUTES.filter((r) => r.url(PLACEHOLDER_IDS).includes('00000000-')).map((r) => [r.name, r]))(
    '%s: 404 for a user of another authority, nothing stored',
    async (_, c) => {
      const before = await rowCounts(ctx);
      const response = await request(
        c,
        cookies[`${other.code}:${c.allowed === 'action-owner' ? 'improvement-lead' : c.allowed}`],
        c.body?.(ids),
      );
      expect(response.statusCode).toBe(404);
      expect(await rowCounts(ctx)).toEqual(before);
    },
  );

  it.each(ROUTES.filter((r) => r.invalid).map((r) => [r.name, r]))(
    '%s: 400 naming the field for an invalid body, nothing stored',
    async (_, c) => {
      const before = await rowCounts(ctx);
      const response = await request(c, cookies[`${home.code}:${c.allowed}`], c.invalid!.body(ids));
      expect(response.statusCode).toBe(400);
      const fields = (response.json().details as Array<{ field: string }>).map((d) => d.field);
      expect(fields).toContain(c.invalid!.field);
      expect(await rowCounts(ctx)).toEqual(before);
    },
  );

  it.each(ROUTES.map((r) => [r.name, r]))('%s: succeeds for the allowed role', async (_, c) => {
    const response = await request(c, cookies[`${home.code}:${c.allowed}`], c.body?.(ids));
    expect(response.statusCode, response.body).toBeLessThan(300);
  });
});
