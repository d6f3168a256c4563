import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support.ts';

/** The demo authority's performance analyst (uploads and stores statutory returns). */
const ANALYST = 'naomi.pryce@kellingford.example';

/** The public fake SSDA903 return (MIT, data-to-insight/csc-validator-be-903; see the folder's README). */
const FAKE_RETURN = fileURLToPath(new URL('../packages/ssda903/test/fixtures/ssda903-fake-returns/', import.meta.url));

/** Every CSV table except `placed_for_adoption.csv` (its `_errors` twin is the PlacedAdoption table instead). */
const THIS_YEAR = readdirSync(FAKE_RETURN)
  .filter((f) => f.endsWith('.csv') && f !== 'placed_for_adoption.csv')
  .sort()
  .map((f) => path.join(FAKE_RETURN, f));

test.describe('statutory data in the browser', () => {
  test('an analyst uploads an SSDA903 return, reviews the errors, downloads the report and stores it', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await signIn(page, ANALYST);
    await page.getByRole('link', { name: 'Statutory data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Statutory data' })).toBeVisible();
    // The demo authority's four years of returns, stored when the demo was seeded.
    const storedBefore = page.getByRole('table', { name: 'SSDA903 years stored' });
    for (const year of ['2023 to 2024', '2024 to 2025', '2025 to 2026', '2026 to 2027']) {
      await expect(storedBefore.getByRole('rowheader', { name: year })).toBeVisible();
    }
    await expectAccessible(page, 'statutory data');

    await page.getByRole('button', { name: 'Upload an SSDA903 return' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Upload an SSDA903 return' })).toBeVisible();
    await expectAccessible(page, 'upload form');

    // Submitting nothing: the API's error is shown in the summary and beside the year.
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: 'Choose the collection year' })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: Upload an SSDA903 return/);
    await expectAccessible(page, 'upload form with errors');

    await page.getByLabel('2024 to 2025').check();
    await page.getByLabel('This year’s files').setInputFiles(THIS_YEAR);
    await page.getByRole('button', { name: 'Upload and check' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'SSDA903 return 2024 to 2025' })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Checking the 2024 to 2025 SSDA903 return' })).toBeVisible();
    await expectAccessible(page, 'import in progress');

    // The page polls until the checks finish, then shows the report by rule.
    const byRule = page.getByRole('table', { name: /rules flagged rows/ });
    await expect(byRule).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await expect(page.getByText('Checked, not stored')).toBeVisible();
    await expect(page.getByText('Rule pack')).toBeVisible();
    expect(await byRule.getByRole('row').count()).toBeGreaterThan(5);
    await expectAccessible(page, 'import report');

    // One rule's issues: every row is that rule, and the rule's description is shown.
    const firstRule = byRule.getByRole('link').first();
    const code = ((await firstRule.textContent()) ?? '').replace('Issues for rule', '').trim();
    await firstRule.click();
    await expect(page.getByRole('heading', { level: 1, name: `Issues for rule ${code}` })).toBeVisible();
    const issues = page.getByRole('table', { name: /^Issues 1 to \d+ of/ });
    await expect(issues).toBeVisible();
    const ruleCells = issues.locator('tbody tr td:nth-child(4)');
    expect(new Set(await ruleCells.allTextContents())).toEqual(new Set([code]));
    await expectAccessible(page, 'issues for one rule');

    // Filter by a child: the filter goes into the address and only that child's rows remain.
    const child = ((await issues.locator('tbody tr td:first-child').first().textContent()) ?? '')
      .replace('Every issue for child', '')
      .trim();
    await page.getByLabel('Child ID').fill(child);
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(new RegExp(`child=${child}`));
    await expect(issues.locator('tbody tr td:first-child').first()).toHaveText(child);
    expect(new Set(await issues.locator('tbody tr td:first-child').allTextContents())).toEqual(new Set([child]));

    await page.getByRole('link', { name: 'Back to the return' }).click();
    await expect(byRule).toBeVisible();

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download error report (CSV, by rule)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('ssda903-2025-errors-by-rule.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFCode,Type,Error count,Children,Error description,Affected fields,Status');
    expect(csv).toContain(`\r\n${code},`);

    await expect(page.getByText('This replaces the 2024 to 2025 data held now.')).toBeVisible();
    await expect(page.getByText(/will be stored as they are; fix them in your case management system/)).toBeVisible();
    await page.getByRole('button', { name: 'Store this return' }).click();
    const banner = page.getByRole('alert').filter({ hasText: 'Return stored' });
    await expect(banner).toBeVisible({ timeout: 60_000 });
    await expect(banner).toContainText('The 2024 to 2025 SSDA903 data now comes from this return.');
    await expect(page.getByRole('button', { name: 'Store this return' })).toHaveCount(0);
    await expectAccessible(page, 'import stored');

    await banner.getByRole('link', { name: 'Go to statutory data' }).click();
    const stored = page.getByRole('table', { name: 'SSDA903 years stored' });
    await expect(stored.getByRole('rowheader', { name: '2024 to 2025' })).toBeVisible();
    const history = page.getByRole('table', { name: 'SSDA903 uploads, newest first' });
    await expect(history.getByRole('row').nth(1)).toContainText('Stored');
    await expect(history.getByRole('row').nth(1)).toContainText('Naomi Pryce');
    await expectAccessible(page, 'statutory data after storing');
  });

  test('a file with unknown columns is refused, naming the file, and nothing is stored', async ({ page }) => {
    await signIn(page, ANALYST);
    await page.goto('/data/ssda903/upload');
    await page.getByLabel('2024 to 2025').check();
    await page.getByLabel('This year’s files').setInputFiles({
      name: 'mystery.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('NAME,AGE\nAlex,12\n'),
    });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'The return cannot be stored' });
    await expect(problems).toBeVisible({ timeout: 30_000 });
    await expect(problems).toContainText('mystery.csv');
    await expect(page.getByText('Nothing was stored.', { exact: true })).toBeVisible();
    await expect(page.getByText('Cannot be stored', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Store this return' })).toHaveCount(0);
    await expectAccessible(page, 'rejected import');
  });
});

test.describe('local records in the browser', () => {
  test('an analyst downloads the feedback records, is told what is wrong with a bad file, and uploads them back', async ({
    page,
  }) => {
    await signIn(page, ANALYST);
    await page.getByRole('link', { name: 'Statutory data' }).click();
    await page.getByRole('link', { name: 'See and upload local records' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Local records' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Local record types' });
    const feedbackRow = table.getByRole('row').filter({ has: page.locator('a[href="/data/local-records/feedback"]') });
    const held = (await feedbackRow.getByRole('cell').first().textContent())?.trim() ?? '';
    expect(Number(held.replace(/,/g, ''))).toBeGreaterThan(0);
    await expectAccessible(page, 'local records');

    await feedbackRow.getByRole('link').click();
    await expect(page.getByRole('button', { name: 'Upload and replace' })).toBeVisible();
    await expectAccessible(page, 'local record type');
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: /^Download the .* held \(CSV\)$/ }).click();
    const saved = await (await downloading).path();
    const original = readFileSync(saved, 'utf8');
    expect(original.split(/\r?\n/).filter(Boolean).length - 1).toBe(Number(held.replace(/,/g, '')));

    // A broken copy: one impossible date. Nothing is replaced; the summary names the line and column.
    const rows = original.split('\r\n');
    const header = rows[0]!.split(',');
    const dateAt = header.indexOf('date');
    const broken = rows.map((row, i) => {
      if (i !== 2) return row;
      const cells = row.split(',');
      cells[dateAt] = '2026-02-30';
      return cells.join(',');
    });
    await page.getByLabel('Upload a CSV file').setInputFiles({
      name: 'feedback-broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(broken.join('\r\n')),
    });
    await page.getByRole('button', { name: 'Upload and replace' }).click();
    await expect(page.getByRole('alert')).toContainText('feedback-broken.csv, line 3, date');
    await expectAccessible(page, 'local records upload with an error');

    // The downloaded file goes back as it was.
    await page.getByLabel('Upload a CSV file').setInputFiles(saved);
    await page.getByRole('button', { name: 'Upload and replace' }).click();
    await expect(page.getByText(new RegExp(`replaced: ${held} records from`))).toBeVisible();
  });
});
