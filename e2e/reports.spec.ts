import { expect, test } from '@playwright/test';
import { DEMO_USERS, expectAccessible, signIn } from './support.ts';

const KINDS = [
  ['Scrutiny progress report', 'scrutiny'],
  ['Written statement to Ofsted', 'statement'],
  ['Improvement board exception report', 'exceptions'],
  ['Public version', 'public'],
] as const;

test('an improvement lead generates every report type and downloads it as PDF and Word', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_USERS.lead);
  await page.getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expectAccessible(page, 'reports');

  for (const [label, kind] of KINDS) {
    await page.getByLabel(label).check();
    await page.getByRole('button', { name: 'Generate report' }).click();
    await expect(page.getByText('Report generated.')).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: label }).first();
    const [pdf] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: /^PDF/ }).click()]);
    expect(pdf.suggestedFilename()).toMatch(new RegExp(`kellingford-${kind}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    const pdfPath = await pdf.path();
    expect(pdfPath).toBeTruthy();
    const [docx] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: /^Word/ }).click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  }
  await expect(page.frameLocator('iframe[title="Report preview"]').getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'reports with preview');
});
