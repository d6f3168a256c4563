import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestAuthority, useTestServer } from './support/harness.ts';
import { createPlanFixture } from './support/plan-fixture.ts';
import { postgresSkipReason } from './support/test-db.ts';

const chromium = existsSync('/usr/bin/chromium');
const poppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(postgresSkipReason() !== '')('reports from live data', () => {
  const ctx = useTestServer();

  it('generates each report type from the plan, freezes its inputs, and downloads HTML, DOCX and PDF', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000971');
    const ids = await createPlanFixture(ctx.deps, a);
    const lead = await ctx.signIn(a.users['improvement-lead'].email);
    const viewer = await ctx.signIn(a.users.viewer.email);
    await ctx.app.inject({
      method: 'PUT',
      url: `/api/areas/${ids.areaId}/measures`,
      headers: { cookie: lead },
      payload: { measureIds: ['supervision-on-time'] },
    });

    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/reports',
          headers: { cookie: viewer },
          payload: { kind: 'scrutiny' },
        })
      ).statusCode,
    ).toBe(403);
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: { cookie: lead },
      payload: { kind: 'scrutiny', meetingCommittee: 'scrutiny' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('meetingDate');

    const generated: Record<string, string> = {};
    for (const kind of ['scrutiny', 'statement', 'exceptions', 'public']) {
      const r = await ctx.app.inject({
        method: 'POST',
        url: '/api/reports',
        headers: { cookie: lead },
        payload: { kind, meetingCommittee: 'scrutiny', meetingDate: '2026-10-13' },
      });
      expect(r.statusCode, r.body).toBe(201);
      generated[kind] = r.json().id;
    }
    const list = (await ctx.app.inject({ url: '/api/reports', headers: { cookie: viewer } })).json();
    expect(list.map((r: { kind: string }) => r.kind).sort()).toEqual(['exceptions', 'public', 'scrutiny', 'statement']);

    const html = await ctx.app.inject({
      url: `/api/reports/${generated.scrutiny}/download?format=html`,
      headers: { cookie: viewer },
    });
    expect(html.body).toContain('1.1');
    expect(html.body).toContain('Relaunch supervision policy');
    expect(html.body).toContain('action-owner of E06000971');

    // Frozen: changing the plan afterwards does not change the generated report.
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/actions/${ids.actionId}`,
      headers: { cookie: lead },
      payload: { title: 'A renamed action' },
    });
    const again = await ctx.app.inject({
      url: `/api/reports/${generated.scrutiny}/download?format=html`,
      headers: { cookie: viewer },
    });
    expect(again.body).toBe(html.body);

    const publicHtml = await ctx.app.inject({
      url: `/api/reports/${generated.public}/download?format=html`,
      headers: { cookie: viewer },
    });
    expect(publicHtml.body).not.toContain('action-owner of E06000971');

    const docx = await ctx.app.inject({
      url: `/api/reports/${generated.statement}/download?format=docx`,
      headers: { cookie: viewer },
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const audit = await ctx.deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('entity_type', '=', 'report')
      .execute();
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['report.generate', 'report.download']));

    if (chromium && poppler) {
      const pdf = await ctx.app.inject({
        url: `/api/reports/${generated.scrutiny}/download?format=pdf`,
        headers: { cookie: viewer },
      });
      expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'waypoint-report-')), 'scrutiny.pdf');
      writeFileSync(file, pdf.rawPayload);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Tagged:\s+yes/);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      expect(text).toContain('1.1');
      expect(text).toContain('Supervision within the local standard');
    } else {
      console.warn('Skipping the PDF check: Chromium or poppler-utils is not installed.');
    }
  });
});
