import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { ImportFile } from '../src/modules/statutory-imports/dataset.ts';
import * as imports from '../src/modules/statutory-imports/imports.service.ts';
import { validateDataset } from '../src/modules/statutory-imports/validate-dataset.ts';
import { createTestAuthority, useTestServer } from './support/harness.ts';
import { multipart as multipartBody } from './support/multipart.ts';
import { actorOf } from './support/plan-fixture.ts';
import { postgresSkipReason } from './support/test-db.ts';

const FAKE = path.resolve(import.meta.dirname, '../../../packages/ssda903/test/fixtures/ssda903-fake-returns');
const fakeReturn = (role: 'current' | 'previous'): ImportFile[] =>
  readdirSync(FAKE)
    .filter((f) => f.endsWith('.csv') && f !== 'placed_for_adoption.csv')
    .map((f) => ({ role, name: f, bytes: new Uint8Array(readFileSync(path.join(FAKE, f))) }));

/** Validates in the test's own thread (the worker thread is covered by the HTTP test below). */
const inline: imports.Validator = (request, onProgress) => validateDataset(request, onProgress);

function multipart(fields: Record<string, string>, files: ImportFile[]) {
  return multipartBody(
    fields,
    files.map((f) => ({ field: f.role, name: f.name, bytes: f.bytes })),
  );
}

async function count(ctx: ReturnType<typeof useTestServer>, table: string, authorityId: string, year: number) {
  const r = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE authority_id = ${authorityId} AND collection_year = ${year}`.execute(
    ctx.deps.db,
  );
  return r.rows[0]!.n;
}

describe.skipIf(postgresSkipReason() !== '')('SSDA903 import', () => {
  const ctx = useTestServer();

  it('validates, reports and stores a return; a new upload of the year replaces it atomically', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000941');
    const analyst = actorOf(a, 'analyst');
    const files = [...fakeReturn('current'), ...fakeReturn('previous')];
    const started = await imports.startImport(ctx.deps, analyst, { dataset: 'ssda903', year: 2025, files }, inline);
    await started.wait;
    const validated = await imports.getImport(ctx.deps, analyst, started.id);
    expect(validated).toMatchObject({ status: 'validated', rulePack: '2024/25', blockingProblems: [] });
    expect(validated.counts).toMatchObject({ Header: 2675, Episodes: 5050 });
    expect(validated.files.find((f) => f.name === 'episodes.csv' && f.role === 'current')).toMatchObject({
      table: 'Episodes',
      rows: 5050,
    });
    expect(validated.errorCount + validated.queryCount).toBeGreaterThan(0);
    expect(await count(ctx, 'ssda903_episode', a.id, 2025)).toBe(0); // nothing stored before review

    const rule = validated.byRule[0]!;
    const page = await imports.listIssues(ctx.deps, analyst, started.id, { rule: rule.code, page: 1 });
    expect(page.total).toBe(rule.flaggedRows);
    expect(page.issues[0]).toMatchObject({ rule: rule.code, message: rule.message });
    const viewAudit = await ctx.deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('entity_id', '=', started.id)
      .execute();
    expect(viewAudit.map((e) => e.action)).toEqual(expect.arrayContaining(['import.upload', 'child-data.view']));

    const stored = await imports.storeImport(ctx.deps, analyst, started.id);
    expect(stored.status).toBe('stored');
    expect(await count(ctx, 'ssda903_episode', a.id, 2025)).toBe(5050);
    expect(await count(ctx, 'ssda903_child', a.id, 2025)).toBe(2675);
    const episode = await ctx.deps.db
      .selectFrom('ssda903_episode')
      .selectAll()
      .where('authority_id', '=', a.id)
      .where('row_index', '=', 0)
      .executeTakeFirstOrThrow();
    expect(episode.decom).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // A second upload of the same year with fewer episodes replaces the first in one go.
    const smaller = files.map((f) =>
      f.role === 'current' && f.name === 'episodes.csv'
        ? {
            ...f,
            bytes: new TextEncoder().encode(new TextDecoder().decode(f.bytes).split(/\r?\n/).slice(0, 101).join('\n')),
          }
        : f,
    );
    const second = await imports.startImport(
      ctx.deps,
      analyst,
      { dataset: 'ssda903', year: 2025, files: smaller },
      inline,
    );
    await second.wait;
    await imports.storeImport(ctx.deps, analyst, second.id);
    expect(await count(ctx, 'ssda903_episode', a.id, 2025)).toBe(100);
    expect((await imports.getImport(ctx.deps, analyst, started.id)).status).toBe('superseded');
    const history = await imports.listImports(ctx.deps, analyst, 'ssda903');
    expect(history.storedYears).toEqual([expect.objectContaining({ year: 2025, importId: second.id })]);
    expect(history.imports[0]!.files.length).toBe(files.length);
  });

  it('refuses unusable files with a message naming the file, and stores nothing', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000942');
    const analyst = actorOf(a, 'analyst');
    const bad: ImportFile[] = [
      { role: 'current', name: 'mystery.csv', bytes: new TextEncoder().encode('NAME,AGE\nAlex,12\n') },
    ];
    const started = await imports.startImport(
      ctx.deps,
      analyst,
      { dataset: 'ssda903', year: 2025, files: bad },
      inline,
    );
    await started.wait;
    const result = await imports.getImport(ctx.deps, analyst, started.id);
    expect(result.status).toBe('rejected');
    expect(result.blockingProblems[0]!.message).toContain('mystery.csv');
    await expect(imports.storeImport(ctx.deps, analyst, started.id)).rejects.toThrow(
      /problems that stop it being stored/,
    );
    expect(await count(ctx, 'ssda903_child', a.id, 2025)).toBe(0);
  });

  it('refuses a return with impossible dates, naming file, line and column', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000943');
    const analyst = actorOf(a, 'analyst');
    const files = fakeReturn('current').map((f) =>
      f.name === 'header.csv'
        ? {
            ...f,
            bytes: new TextEncoder().encode(
              new TextDecoder().decode(f.bytes).replace(/(\n[^,\n]*,[^,\n]*,)\d{2}\/\d{2}\/\d{4}/, '$131/02/2015'),
            ),
          }
        : f,
    );
    const started = await imports.startImport(ctx.deps, analyst, { dataset: 'ssda903', year: 2025, files }, inline);
    await started.wait;
    const result = await imports.getImport(ctx.deps, analyst, started.id);
    expect(result.status).toBe('rejected');
    expect(result.blockingProblems[0]).toMatchObject({ file: 'header.csv', column: 'DOB' });
    expect(result.blockingProblems[0]!.message).toContain('“31/02/2015” is not a real date');
  });

  it('uploads over HTTP, validates in a worker thread, and downloads the report safely', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000944');
    const cookie = await ctx.signIn(a.users.analyst.email);
    const body = multipart({ year: '2026' }, fakeReturn('current'));
    const upload = await ctx.app.inject({
      method: 'POST',
      url: '/api/imports/ssda903',
      headers: { cookie, ...body.headers },
      payload: body.payload,
    });
    expect(upload.statusCode, upload.body).toBe(202);
    const { id } = upload.json();
    await ctx.deps.jobs.idle();
    const detail = (await ctx.app.inject({ url: `/api/imports/${id}`, headers: { cookie } })).json();
    expect(detail.status, detail.message).toBe('validated');
    expect(detail.rulesNotRun['1008']).toMatch(/provider lists/);
    const csv = await ctx.app.inject({ url: `/api/imports/${id}/report?format=csv&by=rule`, headers: { cookie } });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe(
      '\uFEFFCode,Type,Error count,Children,Error description,Affected fields,Status',
    );
    const xlsx = await ctx.app.inject({ url: `/api/imports/${id}/report?format=xlsx`, headers: { cookie } });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    const viewer = await ctx.signIn(a.users.viewer.email);
    expect((await ctx.app.inject({ url: `/api/imports/${id}`, headers: { cookie: viewer } })).statusCode).toBe(403);
    const owner = await ctx.signIn(a.users['action-owner'].email);
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/imports/ssda903',
          headers: { cookie: owner, ...body.headers },
          payload: body.payload,
        })
      ).statusCode,
    ).toBe(403);
    const other = await createTestAuthority(ctx.deps, 'E06000945');
    const stranger = await ctx.signIn(other.users.analyst.email);
    expect((await ctx.app.inject({ url: `/api/imports/${id}`, headers: { cookie: stranger } })).statusCode).toBe(404);
  });
});

const CIN = path.resolve(import.meta.dirname, '../../../packages/cin-census/test/fixtures/cin-census-fake-returns');

describe.skipIf(postgresSkipReason() !== '')('CIN census import', () => {
  const ctx = useTestServer();

  it('validates and stores a CIN census return, replacing the year', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000951');
    const analyst = actorOf(a, 'analyst');
    const file: ImportFile = {
      role: 'current',
      name: 'fake_CIN_data.xml',
      bytes: new Uint8Array(readFileSync(path.join(CIN, 'fake_CIN_data.xml'))),
    };
    const started = await imports.startImport(ctx.deps, analyst, { dataset: 'cin', year: 2023, files: [file] }, inline);
    await started.wait;
    const validated = await imports.getImport(ctx.deps, analyst, started.id);
    expect(validated, validated.message).toMatchObject({
      status: 'validated',
      rulePack: '2022/23',
      counts: { Children: 332 },
    });
    expect(validated.byRule.some((r) => r.severity === 'query')).toBe(true);
    await imports.storeImport(ctx.deps, analyst, started.id);
    expect(await count(ctx, 'cin_child', a.id, 2023)).toBe(332);
    expect(await count(ctx, 'cin_referral', a.id, 2023)).toBeGreaterThan(0);
  });

  it('refuses hostile XML (an entity declaration) naming the file', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000952');
    const analyst = actorOf(a, 'analyst');
    const xml =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><Message>&lol2;</Message>';
    const started = await imports.startImport(
      ctx.deps,
      analyst,
      {
        dataset: 'cin',
        year: 2025,
        files: [{ role: 'current', name: 'census.xml', bytes: new TextEncoder().encode(xml) }],
      },
      inline,
    );
    await started.wait;
    const result = await imports.getImport(ctx.deps, analyst, started.id);
    expect(result.status).toBe('rejected');
    expect(result.blockingProblems[0]).toMatchObject({ file: 'census.xml' });
    expect(result.blockingProblems[0]!.message).toMatch(/DOCTYPE|entit/i);
  });
});
