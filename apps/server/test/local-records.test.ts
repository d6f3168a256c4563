import { describe, expect, it } from 'vitest';
import { createTestAuthority, useTestServer } from './support/harness.ts';
import { multipart } from './support/multipart.ts';
import { postgresSkipReason } from './support/test-db.ts';

const csv = (text: string) => new TextEncoder().encode(text);
const FEEDBACK = csv(
  'feedback_id,date,respondent,service,positive\r\nF1,2024-02-10,child,Early help,yes\r\nF2,2024-02-12,parent,,no\r\nF3,2024-03-01,carer,Fostering,yes\r\n',
);

describe.skipIf(postgresSkipReason() !== '')('local records uploaded as CSV', () => {
  const ctx = useTestServer({ today: '2024-04-15' });

  it('replace a type’s records all or nothing, audited, and the measures use them', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000981');
    const analyst = await ctx.signIn(a.users.analyst.email);
    const viewer = await ctx.signIn(a.users.viewer.email);
    const upload = (cookie: string, name: string, bytes: Uint8Array, type = 'feedback') =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/local-records/${type}`,
        ...(({ payload, headers }) => ({ payload, headers: { ...headers, cookie } }))(
          multipart({}, [{ field: 'file', name, bytes }]),
        ),
      });
    const feedbackSet = async () =>
      (await ctx.app.inject({ url: '/api/local-records', headers: { cookie: viewer } }))
        .json()
        .types.find((t: { type: string }) => t.type === 'feedback');
    const positive = async () =>
      (await ctx.app.inject({ url: '/api/measures/feedback-positive', headers: { cookie: analyst } })).json();

    expect(await feedbackSet()).toMatchObject({ count: 0, replacedAt: null, title: expect.any(String) });
    expect((await feedbackSet()).columns.map((c: { column: string }) => c.column)).toEqual(
      expect.arrayContaining(['feedback_id', 'date', 'respondent', 'positive']),
    );
    expect((await upload(viewer, 'feedback.csv', FEEDBACK)).statusCode).toBe(403);

    const stored = await upload(analyst, 'feedback.csv', FEEDBACK);
    expect(stored.statusCode).toBe(200);
    expect(stored.json()).toMatchObject({ type: 'feedback', count: 3, file: 'feedback.csv' });
    expect(await feedbackSet()).toMatchObject({ count: 3, replacedAt: expect.any(String) });
    expect((await positive()).latest).toMatchObject({ month: '2024-03', numerator: 2, denominator: 3 });

    // A file with problems changes nothing and says where each problem is.
    const bad = csv(
      'feedback_id,date,respondent,positive\r\nF4,2024-03-02,child,yes\r\nF5,2024-02-30,child,yes\r\nF6,2024-03-03,neighbour,no\r\n',
    );
    const refused = await upload(analyst, 'feedback-march.csv', bad);
    expect(refused.statusCode).toBe(400);
    const messages: string[] = refused.json().details.map((d: { message: string }) => d.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^feedback-march\.csv, line 3, date: /);
    expect(messages[1]).toMatch(/^feedback-march\.csv, line 4, respondent: .*child/);
    expect(await feedbackSet()).toMatchObject({ count: 3 });
    expect((await positive()).latest).toMatchObject({ numerator: 2, denominator: 3 });

    const workbook = await upload(analyst, 'feedback.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]));
    expect(workbook.statusCode).toBe(400);
    expect(workbook.json().details[0].message).toContain('Excel workbook');
    const unknown = await upload(analyst, 'x.csv', FEEDBACK, 'shoeSizes');
    expect(unknown.statusCode).toBe(400);

    // A header-only file clears the type.
    expect((await upload(analyst, 'none.csv', csv('feedback_id,date,respondent,positive\r\n'))).json().count).toBe(0);
    expect(await feedbackSet()).toMatchObject({ count: 0 });
    expect((await upload(analyst, 'feedback.csv', FEEDBACK)).statusCode).toBe(200);

    const audit = await ctx.deps.db
      .selectFrom('audit_event')
      .select(['action', 'entity_id', 'before', 'after'])
      .where('action', '=', 'local-records.replace')
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((e) => (e.after as { count: number }).count)).toEqual([3, 0, 3]);
    expect(audit[0]).toMatchObject({
      entity_id: 'feedback',
      before: { count: 0 },
      after: { file: 'feedback.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });

    // The records download in the same layout (child-level data: audited, not for read-only users).
    expect(
      (await ctx.app.inject({ url: '/api/local-records/feedback/download', headers: { cookie: viewer } })).statusCode,
    ).toBe(403);
    const download = await ctx.app.inject({
      url: '/api/local-records/feedback/download',
      headers: { cookie: analyst },
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain('feedback.csv');
    const lines = download.body.trim().split(/\r?\n/);
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['F1', 'F2', 'F3']);
    const template = await ctx.app.inject({ url: '/api/local-records/feedback/template', headers: { cookie: viewer } });
    expect(template.body.trim()).toBe(lines[0]);
  });
});
