import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../src/bootstrap.ts';
import { runImportCommand } from '../src/cli/commands/import.ts';
import { loadConfig } from '../src/config.ts';
import { insertAuthority } from '../src/modules/authorities/authorities.repository.ts';

/** `npm run waypoint -- import local TYPE FILE`, run in this process against an embedded database of its own. */
describe('import local from the command line', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'waypoint-cli-local-'));
  const saved = { data: process.env.WAYPOINT_DATA_DIR, url: process.env.DATABASE_URL };
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((m: unknown) => void out.push(String(m)));
    const error = vi.spyOn(console, 'error').mockImplementation((m: unknown) => void err.push(String(m)));
    try {
      return { code: await runImportCommand(args), out: out.join('\n'), err: err.join('\n') };
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  };

  beforeAll(async () => {
    process.env.WAYPOINT_DATA_DIR = path.join(dir, 'data');
    delete process.env.DATABASE_URL;
    const handle = await openDatabase(loadConfig(process.env, dir));
    await insertAuthority(handle.db, {
      code: 'E06000991',
      laNumber: '991',
      name: 'Test Council',
      shortName: 'Test',
      population0to17: 50_000,
      isDemo: false,
    });
    await handle.close();
  }, 60_000);
  afterAll(() => {
    process.env.WAYPOINT_DATA_DIR = saved.data;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    rmSync(dir, { recursive: true, force: true });
  });

  it('replaces a record type from a CSV file, and refuses a bad one naming the line and column', async () => {
    const good = file('teams.csv', 'id,name,social_work_team\nT1,Assessment,yes\nT2,Fostering,no\n');
    const stored = await run(['local', 'teams', good]);
    expect(stored).toMatchObject({ code: 0, err: '' });
    expect(stored.out).toMatch(/of Test Council: 2 records from teams\.csv\./);

    const bad = file('teams-bad.csv', 'id,name,social_work_team\nT1,Assessment,perhaps\n');
    const refused = await run(['local', 'teams', bad]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('teams-bad.csv, line 2, social_work_team');

    await expect(run(['local', 'shoeSizes', good])).rejects.toThrow(/Unknown local record type "shoeSizes"/);
  }, 60_000);
});
