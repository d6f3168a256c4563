import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { replaceLocalRecords } from '../src/modules/measures/measure-data.repository.ts';
import type { MeasureView } from '../src/modules/measures/measure-view.ts';
import { suppressForViewer } from '../src/modules/measures/measures.service.ts';
import * as imports from '../src/modules/statutory-imports/imports.service.ts';
import { validateDataset } from '../src/modules/statutory-imports/validate-dataset.ts';
import { createTestAuthority, useTestServer } from './support/harness.ts';
import { actorOf } from './support/plan-fixture.ts';
import { postgresSkipReason } from './support/test-db.ts';

const FAKE = path.resolve(import.meta.dirname, '../../../packages/ssda903/test/fixtures/ssda903-fake-returns');

describe.skipIf(postgresSkipReason() !== '')('measures', () => {
  const ctx = useTestServer({ today: '2024-04-15' });

  /** A new authority with the public fake SSDA903 return stored as its 2023/24 data, by its analyst. */
  async function authorityWithFakeReturn(code: string) {
    const a = await createTestAuthority(ctx.deps, code);
    const analyst = actorOf(a, 'analyst');
    const files = readdirSync(FAKE)
      .filter((f) => f.endsWith('.csv') && f !== 'placed_for_adoption.csv')
      .map((f) => ({ role: 'current' as const, name: f, bytes: new Uint8Array(readFileSync(path.join(FAKE, f))) }));
    const started = await imports.startImport(ctx.deps, analyst, { dataset: 'ssda903', year: 2024, files }, (r, p) =>
      validateDataset(r, p),
    );
    await started.wait;
    await imports.storeImport(ctx.deps, analyst, started.id);
    return a;
  }

  it('computes the scorecard from stored returns and local records, with targets, SPC, manual values and audited drill-down', async () => {
    const a = await authorityWithFakeReturn('E06000961');
    await ctx.deps.db.transaction().execute((trx) =>
      replaceLocalRecords(trx, a.id, 'feedback', [
        {
          key: 'f1',
          date: '2024-02-10',
          data: { feedbackId: 'f1', date: '2024-02-10', respondent: 'child', positive: true },
        },
        {
          key: 'f2',
          date: '2024-02-12',
          data: { feedbackId: 'f2', date: '2024-02-12', respondent: 'parent', positive: false },
        },
      ]),
    );

    const cookie = await ctx.signIn(a.users.analyst.email);
    const card = (await ctx.app.inject({ url: '/api/measures', headers: { cookie } })).json();
    expect(card.month).toBe('2024-03');
    expect(card.measures).toHaveLength(61);
    const claRate = card.measures.find((m: { id: string }) => m.id === 'cla-rate');
    expect(claRate.status).toBe('computed');
    expect(claRate.series).toHaveLength(36);
    expect(claRate.latest.value).toBeGreaterThan(0);
    const feedback = card.measures.find((m: { id: string }) => m.id === 'feedback-positive');
    expect(feedback.latest).toMatchObject({ month: '2024-03', value: 50 }); // rolling 12 months
    const schoolMoves = card.measures.find((m: { id: string }) => m.id === 'school-moves');
    expect(schoolMoves.status).toBe('no-data');
    expect(schoolMoves.noDataReason).toMatch(/External data/);

    const lead = await ctx.signIn(a.users['improvement-lead'].email);
    const target = await ctx.app.inject({
      method: 'PUT',
      url: '/api/measures/supervision-on-time/target',
      headers: { cookie: lead },
      payload: {
        finalValue: 90,
        finalDate: '2024-12-31',
        trajectory: [{ date: '2024-03-31', value: 80 }],
        baselineValue: 61,
        baselineDate: '2024-01-31',
      },
    });
    expect(target.statusCode, target.body).toBe(200);
    const manual = await ctx.app.inject({
      method: 'POST',
      url: '/api/measures/supervision-on-time/manual-values',
      headers: { cookie: lead },
      payload: {
        month: '2024-03',
        value: 78,
        numerator: 78,
        denominator: 100,
        note: 'From the supervision spreadsheet',
      },
    });
    expect(manual.statusCode, manual.body).toBe(200);
    const detail = manual.json();
    expect(detail.status).toBe('manual');
    expect(detail.latest).toMatchObject({ value: 78, month: '2024-03' });
    expect(detail.rag.rag).toBe('amber');
    expect(detail.rag.distanceText).toBe('2.0 points below target');

    const drill = await ctx.app.inject({ url: `/api/measures/cla-rate/children?month=2024-03`, headers: { cookie } });
    expect(drill.statusCode).toBe(200);
    expect(drill.json().rows.length).toBe(drill.json().numerator);
    const audit = await ctx.deps.db
      .selectFrom('audit_event')
      .select(['action', 'after'])
      .where('entity_type', '=', 'measure')
      .where('action', '=', 'child-data.view')
      .execute();
    expect(audit).toHaveLength(1);
    expect((audit[0]!.after as { ids: string[] }).ids.length).toBe(drill.json().rows.length);

    const viewer = await ctx.signIn(a.users.viewer.email);
    expect(
      (await ctx.app.inject({ url: `/api/measures/cla-rate/children?month=2024-03`, headers: { cookie: viewer } }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await ctx.app.inject({
          method: 'PUT',
          url: '/api/measures/cla-rate/baseline',
          headers: { cookie: viewer },
          payload: { fromMonth: '2023-06', reason: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    const baseline = await ctx.app.inject({
      method: 'PUT',
      url: '/api/measures/cla-rate/baseline',
      headers: { cookie: lead },
      payload: { fromMonth: '2023-06', reason: 'New front door model' },
    });
    expect(baseline.json().baseline).toMatchObject({ fromMonth: '2023-06', reason: 'New front door model' });
  });

  it('recomputes the scorecard when local records are replaced, and serves the same figures to every concurrent reader', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000962');
    const feedback = (positive: boolean[]) =>
      ctx.deps.db.transaction().execute((trx) =>
        replaceLocalRecords(
          trx,
          a.id,
          'feedback',
          positive.map((p, i) => ({
            key: `f${i}`,
            date: '2024-02-10',
            data: { feedbackId: `f${i}`, date: '2024-02-10', respondent: 'child', positive: p },
          })),
        ),
      );
    const cookie = await ctx.signIn(a.users.analyst.email);
    const positiveShare = async () => {
      const cards = await Promise.all(
        [1, 2, 3].map(() => ctx.app.inject({ url: '/api/measures', headers: { cookie } })),
      );
      const values = cards.map(
        (c) => c.json().measures.find((m: { id: string }) => m.id === 'feedback-positive').latest?.value,
      );
      expect(new Set(values).size).toBe(1);
      return values[0];
    };

    await feedback([true, false, false, false]);
    expect(await positiveShare()).toBe(25);
    await feedback([true, true, true, false]);
    expect(await positiveShare()).toBe(75);
    // The same number of records again, so only the revision tells the cache the data changed.
    await feedback([true, true, false, false]);
    expect(await positiveShare()).toBe(50);
  });

  it('narrows the children behind a figure by the team holding their case and by age band, in the audit too', async () => {
    const a = await authorityWithFakeReturn('E06000964');
    const cookie = await ctx.signIn(a.users.analyst.email);
    const drill = (query: string) =>
      ctx.app.inject({ url: `/api/measures/cla-rate/children?month=2024-03${query}`, headers: { cookie } });

    const all = (await drill('')).json();
    expect(all.rows.length).toBeGreaterThan(2);
    const [first, second] = all.rows as Array<{ id: string }>;
    await ctx.deps.db.transaction().execute(async (trx) => {
      await replaceLocalRecords(trx, a.id, 'teams', [
        { key: 'cic', data: { id: 'children-in-care', name: 'Children in Care', socialWorkTeam: true } },
      ]);
      await replaceLocalRecords(trx, a.id, 'allocations', [
        // Moved to the children in care team before the month end: counted there.
        {
          key: '1',
          childId: first!.id,
          data: {
            allocationId: '1',
            childId: first!.id,
            team: 'assessment-north',
            from: '2023-01-01',
            to: '2023-12-31',
          },
        },
        {
          key: '2',
          childId: first!.id,
          data: { allocationId: '2', childId: first!.id, team: 'children-in-care', from: '2024-01-01' },
        },
        // Allocated only after the month end: not in the team for March.
        {
          key: '3',
          childId: second!.id,
          data: { allocationId: '3', childId: second!.id, team: 'children-in-care', from: '2024-04-02' },
        },
      ]);
    });

    const team = await drill('&team=children-in-care');
    expect(team.statusCode, team.body).toBe(200);
    const body = team.json();
    expect(body.rows.map((r: { id: string }) => r.id)).toEqual([first!.id]);
    expect(body.rows[0].teamName).toBe('Children in Care');
    expect(body.totalRows).toBe(all.rows.length);
    expect(body.teams).toEqual([{ id: 'children-in-care', name: 'Children in Care' }]);

    const teens = (await drill('&ageBand=10-15')).json();
    expect(teens.rows.length).toBeGreaterThan(0);
    expect(teens.rows.length).toBeLessThan(all.rows.length);
    for (const r of teens.rows as Array<{ age: number }>) expect(r.age >= 10 && r.age <= 15).toBe(true);

    const audit = await ctx.deps.db
      .selectFrom('audit_event')
      .select(['summary', 'after'])
      .where('authority_id', '=', a.id)
      .where('action', '=', 'child-data.view')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(audit.summary).toContain('aged 10 to 15');
    expect((audit.after as { ids: string[] }).ids).toEqual(teens.rows.map((r: { id: string }) => r.id));

    expect((await drill('&ageBand=teenagers')).statusCode).toBe(400);

    // The figures themselves for the children the team holds on the as-of date (both children above, by then).
    const everyone = (await ctx.app.inject({ url: '/api/measures', headers: { cookie } })).json();
    const teamCard = await ctx.app.inject({ url: '/api/measures?team=children-in-care', headers: { cookie } });
    expect(teamCard.statusCode, teamCard.body).toBe(200);
    const card = teamCard.json();
    expect(card.filters).toEqual({ team: 'children-in-care', ageBand: null });
    expect(card.teams).toEqual([{ id: 'children-in-care', name: 'Children in Care' }]);
    type Row = { id: string; status: string; noDataReason?: string; latest: { denominator: number } };
    const find = (c: { measures: Row[] }, id: string) => c.measures.find((m) => m.id === id)!;
    expect(find(card, 'cla-rate').status).toBe('no-data');
    expect(find(card, 'cla-rate').noDataReason).toMatch(/population of the team or age band/);
    expect(find(card, 'supervision-on-time').noDataReason).toMatch(/not counted child by child/);
    const stability = find(card, 'placement-stability-short');
    expect(stability.status).toBe('computed');
    expect(stability.latest.denominator).toBeGreaterThan(0);
    expect(stability.latest.denominator).toBeLessThanOrEqual(2);
    expect(find(everyone, 'placement-stability-short').latest.denominator).toBeGreaterThan(2);

    const detail = (
      await ctx.app.inject({
        url: '/api/measures/placement-stability-short?team=children-in-care',
        headers: { cookie },
      })
    ).json();
    expect(detail.latest.denominator).toBe(stability.latest.denominator);
    expect(detail.filters.team).toBe('children-in-care');
  });

  it('downloads the scorecard as CSV and Excel, one row per measure, with formula-like text neutralised', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000963');
    const lead = await ctx.signIn(a.users['improvement-lead'].email);
    const hostile = '=HYPERLINK("http://attacker.example","Click")';
    const target = await ctx.app.inject({
      method: 'PUT',
      url: '/api/measures/supervision-on-time/target',
      headers: { cookie: lead },
      payload: { finalValue: 90, finalDate: '2024-12-31', note: hostile },
    });
    expect(target.statusCode, target.body).toBe(200);

    const viewer = await ctx.signIn(a.users.viewer.email);
    const csv = await ctx.app.inject({ url: '/api/measures/export?format=csv', headers: { cookie: viewer } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('filename="scorecard-2024-04-15.csv"');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^id,title,service_area,plan_areas,period,numerator,denominator,value,/);
    expect(lines).toHaveLength(62);
    const supervision = lines.find((l) => l.startsWith('supervision-on-time,'));
    expect(supervision).toContain(`"'=HYPERLINK(""http://attacker.example"",""Click"")"`);
    expect(supervision).toContain(',90,2024-12-31,');

    const xlsx = await ctx.app.inject({ url: '/api/measures/export?format=xlsx', headers: { cookie: viewer } });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.rawPayload).buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(62);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = sheet.getRows(2, 61)!.find((r) => r.getCell(1).value === 'supervision-on-time')!;
    expect(row.getCell(header.indexOf('target_note') + 1).value).toBe(`'${hostile}`);

    const bad = await ctx.app.inject({ url: '/api/measures/export?format=pdf', headers: { cookie: viewer } });
    expect(bad.statusCode).toBe(400);
  });

  it('shows read-only users "fewer than 5" instead of counts from 1 to 4', () => {
    const view = {
      unit: 'count',
      latest: {
        month: '2026-06',
        date: '2026-06-30',
        value: 2,
        valueText: '2 children',
        numerator: 2,
        denominator: null,
      },
      series: [
        { month: '2026-05', date: '2026-05-31', value: 3, numerator: 3, denominator: null, source: 'computed' },
        { month: '2026-06', date: '2026-06-30', value: 12, numerator: 12, denominator: null, source: 'computed' },
      ],
    } as unknown as MeasureView;
    const shown = suppressForViewer(view);
    expect(shown.latest?.valueText).toBe('fewer than 5');
    expect(shown.series.map((p) => p.value)).toEqual([null, 12]);
  });
});
