import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { DEMO_USERS, expectAccessible, signIn } from './support.ts';

/** The demo authority's performance analyst (role `analyst`). */
const ANALYST = 'naomi.pryce@kellingford.example';

/** Fills a GOV.UK date input found by its legend. */
async function fillDate(page: Page, legend: string, day: string, month: string, year: string): Promise<void> {
  const group = page.getByRole('group', { name: legend, exact: true });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

/** The value cell of a summary-list row, found by its key. */
function summaryValue(page: Page, key: string) {
  return page
    .locator('.govuk-summary-list__row')
    .filter({ has: page.locator('.govuk-summary-list__key', { hasText: new RegExp(`^\\s*${key}\\s*$`) }) })
    .locator('.govuk-summary-list__value');
}

test.describe('measures in the browser', () => {
  test('an analyst reads the scorecard both ways, sets a target, enters values and sees the rating with its distance', async ({
    page,
  }) => {
    await signIn(page, ANALYST);
    await page.getByRole('link', { name: 'Measures', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Measures' })).toBeVisible();
    const groupBy = page.getByRole('navigation', { name: 'Group measures' });
    await expect(groupBy.getByRole('link', { name: 'By plan priority area' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 2, name: 'Other measures' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Supervision within the local standard', exact: true })).toBeVisible();
    await expectAccessible(page, 'scorecard by plan priority area');

    await groupBy.getByRole('link', { name: 'By service area' }).click();
    await expect(page).toHaveURL(/view=service/);
    await expect(groupBy.getByRole('link', { name: 'By service area' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 2, name: 'Children in care' })).toBeVisible();
    const workforce = 'Workforce, supervision and quality assurance';
    await expect(page.getByRole('heading', { level: 2, name: workforce })).toBeVisible();
    await expectAccessible(page, 'scorecard by service area');

    // The whole scorecard downloads as a spreadsheet, one row per measure.
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'CSV file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^scorecard-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = readFileSync(await download.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toMatch(/^id,title,service_area,plan_areas,period,numerator,denominator,value,/);
    expect(rows).toHaveLength(62);
    expect(rows.find((r) => r.startsWith('referrals-rate,'))).toMatch(/,computed,/);

    // Figures for the children one team holds: the choice lives in the URL and the page says whose they are.
    await page.getByLabel('Team').selectOption({ label: 'Children in Care' });
    await page.getByRole('button', { name: 'Show measures' }).click();
    await expect(page).toHaveURL(/team=children-in-care/);
    await expect(
      page.getByText(/^Figures for the children whose cases Children in Care held on \d+ \w+ \d{4}\./),
    ).toBeVisible();
    await expectAccessible(page, 'scorecard for one team');
    await page.getByRole('link', { name: 'Clear the filters' }).click();
    await expect(page).not.toHaveURL(/team=/);

    // The service-area filter lives in the URL.
    await page.getByLabel('Service area').selectOption({ label: workforce });
    await page.getByRole('button', { name: 'Show measures' }).click();
    await expect(page).toHaveURL(/serviceArea=workforce/);
    await expect(page.getByRole('heading', { level: 2, name: 'Children in care' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: `Measures: ${workforce}` })).toBeVisible();

    await page.getByRole('link', { name: 'Supervision within the local standard', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Supervision within the local standard' })).toBeVisible();
    await expectAccessible(page, 'measure page');

    // Set the target: a mistake first, then a final value and date with one trajectory point.
    await page.locator('summary', { hasText: /(Set|Change) the target/ }).click();
    await page.getByLabel('Target value').fill('');
    await page.getByRole('button', { name: 'Save target' }).click();
    await expect(page.getByRole('alert').getByText('Enter the target as a number')).toBeVisible();
    await expectAccessible(page, 'target form with an error');

    await page.getByLabel('Target value').fill('90');
    await fillDate(page, 'Target date', '31', '3', '2027');
    await page.getByRole('button', { name: 'Add a trajectory point' }).click();
    const pointCount = await page.getByRole('group', { name: /^Trajectory point \d+$/ }).count();
    expect(pointCount).toBeGreaterThanOrEqual(2);
    await expect(
      page.getByRole('group', { name: `Date of trajectory point ${pointCount}` }).getByLabel('Day'),
    ).toBeFocused();
    await page.getByRole('button', { name: `Remove trajectory point ${pointCount}` }).click();
    await expect(page.getByRole('group', { name: /^Trajectory point \d+$/ })).toHaveCount(pointCount - 1);
    await fillDate(page, 'Date of trajectory point 1', '30', '6', '2026');
    await page.getByLabel('Value of trajectory point 1').fill('80');
    await page.getByRole('button', { name: 'Save target' }).click();
    await expect(page.getByText('Target saved')).toBeVisible();
    await expect(summaryValue(page, 'Target')).toHaveText('90.0% by 31 March 2027');

    // Two monthly values by hand, so there is a series to chart.
    await page.locator('summary', { hasText: 'Enter a value for a month' }).click();
    for (const [month, value, numerator, denominator] of [
      ['May 2026', '70', '28', '40'],
      ['June 2026', '72.5', '29', '40'],
    ] as const) {
      await page.getByRole('combobox', { name: 'Month', exact: true }).selectOption({ label: month });
      await page.getByLabel('Value', { exact: true }).fill(value);
      await page.getByLabel('Numerator (optional)').fill(numerator);
      await page.getByLabel('Denominator (optional)').fill(denominator);
      await page.getByLabel('Note (optional)').last().fill(`Team returns for ${month}`);
      await page.getByRole('button', { name: 'Save value' }).click();
      await expect(page.getByText(`Value for ${month} saved`)).toBeVisible();
    }
    const manual = page.getByRole('table', { name: 'Values entered by hand' });
    await expect(
      manual.getByRole('row', { name: /June 2026 .*72\.5%.*29 of 40.*Naomi Pryce.*Team returns/ }),
    ).toBeVisible();

    // The latest month (June 2026) is judged against the trajectory point for it.
    await expect(summaryValue(page, 'Trajectory point now')).toHaveText('80.0% for 30 June 2026');
    // The rating is in words with the distance to target beside it (whatever the figures are).
    const rating = summaryValue(page, 'Rating');
    await expect(rating.locator('.govuk-tag')).toHaveText(/On track|At risk|Off track|Out of date/);
    await expect(rating.locator('.app-rag__explanation')).toHaveText(/(above|below|at) target/);
    await expect(rating).toContainText(/(Green|Amber|Red|Grey): /);

    // The SPC chart and its data as a table.
    const chart = page.getByRole('img', { name: /^Supervision within the local standard: .* over \d+ months$/ });
    await expect(chart).toBeVisible();
    await expect(chart.locator('svg')).toHaveCount(1);
    await page.locator('.app-chart summary', { hasText: 'Show data as a table' }).first().click();
    const data = page.getByRole('table', { name: /Supervision within the local standard: .* by month/ });
    await expect(data).toBeVisible();
    expect(await data.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page, 'measure page with target, values and chart');
  });

  test('an analyst opens the children behind a figure, by month and by the team holding their case', async ({
    page,
  }) => {
    await signIn(page, ANALYST);
    await page.goto('/measures/cla-rate');
    await expect(page.getByRole('heading', { level: 1, name: 'Children looked after per 10,000' })).toBeVisible();
    await page.getByRole('link', { name: 'See the children counted' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Children counted: Children looked after per 10,000',
    );
    await expect(page.getByText(/recorded in the audit log/)).toBeVisible();
    await expect(page.getByText(/^\d[\d,]* child(ren)? counted in [A-Z][a-z]+ \d{4}$/)).toBeVisible();
    await expectAccessible(page, 'drill-down');
    await page.getByRole('combobox', { name: 'Month', exact: true }).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Show children' }).click();
    await expect(page).toHaveURL(/children\?month=\d{4}-\d{2}/);
    await expect(page.getByText(/^\d[\d,]* child(ren)? counted in [A-Z][a-z]+ \d{4}$/)).toBeVisible();

    await page.getByRole('combobox', { name: 'Team' }).selectOption({ label: 'Children in Care' });
    await page.getByRole('button', { name: 'Show children' }).click();
    await expect(page).toHaveURL(/team=children-in-care/);
    await expect(
      page.getByText(/^\d[\d,]* child(ren)? counted in [A-Z][a-z]+ \d{4} \(of \d[\d,]* in the figure\)$/),
    ).toBeVisible();
    const teams = await page.getByRole('table').locator('tbody tr td:last-child').allTextContents();
    expect(teams.length).toBeGreaterThan(0);
    expect(new Set(teams)).toEqual(new Set(['Children in Care']));
    await expectAccessible(page, 'drill-down for one team');
    await page.getByRole('link', { name: 'Show every child in the figure' }).click();
    await expect(page).not.toHaveURL(/team=/);
  });

  test('a councillor reads measures but gets no drill-down and no forms', async ({ page }) => {
    await signIn(page, DEMO_USERS.viewer);
    await page.getByRole('link', { name: 'Measures', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Other measures' })).toBeVisible();

    await page.goto('/measures/cla-rate');
    await expect(page.getByRole('heading', { level: 1, name: 'Children looked after per 10,000' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Trend' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'See the children counted' })).toHaveCount(0);
    await expect(page.locator('form')).toHaveCount(0);
    await expectAccessible(page, 'measure page as viewer');

    await page.goto('/measures/supervision-on-time');
    await expect(page.getByRole('heading', { level: 1, name: 'Supervision within the local standard' })).toBeVisible();
    await expect(page.locator('summary', { hasText: /target|value for a month|Recalculate/ })).toHaveCount(0);
    await expect(page.locator('form')).toHaveCount(0);
    await expectAccessible(page, 'supervision measure as viewer');
  });

  test('an improvement lead chooses a priority area’s measures and an action’s success measures', async ({ page }) => {
    await signIn(page, DEMO_USERS.lead);
    await page.getByRole('link', { name: 'View the plan' }).click();
    await page.getByRole('link', { name: 'Choose measures for priority area 1', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose measures for priority area 1' })).toBeVisible();
    await expectAccessible(page, 'choose area measures');
    const box = page.getByRole('checkbox', { name: 'Supervision within the local standard' });
    await box.check();
    await page.getByRole('button', { name: 'Save measures' }).click();

    const areaTable = page.getByRole('table', { name: 'Measures for priority area 1' });
    await expect(
      areaTable.getByRole('link', { name: 'Supervision within the local standard', exact: true }),
    ).toBeVisible();
    await expectAccessible(page, 'plan with area measures');

    // The first action of area 1 gets the same measure as a success measure.
    const actions = page.getByRole('table', { name: 'Actions for priority area 1' });
    await actions.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Success measures' })).toBeVisible();
    await page.locator('summary', { hasText: 'Choose success measures' }).click();
    await page
      .getByLabel('Measure 1', { exact: true })
      .selectOption({ label: 'Workforce, supervision and quality assurance: Supervision within the local standard' });
    await page.getByLabel('Target value for measure 1 (optional)').fill('85');
    await fillDate(page, 'Target date for measure 1 (optional)', '31', '12', '2026');
    await page.getByRole('button', { name: 'Save success measures' }).click();
    await expect(page.getByText('Success measures saved.')).toBeVisible();
    const linked = page.getByRole('table', { name: 'Success measures of this action' });
    await expect(
      linked.getByRole('link', { name: 'Supervision within the local standard', exact: true }),
    ).toBeVisible();
    await expect(linked).toContainText('85.0% by 31 December 2026');
    await expectAccessible(page, 'action with success measures');
  });
});

test.describe('practice standards in the browser', () => {
  test('an improvement lead sets the supervision standard, sees it on the measure, and puts it back', async ({
    page,
  }) => {
    await signIn(page, DEMO_USERS.lead);
    await page.getByRole('link', { name: 'Measures', exact: true }).click();
    await page.getByRole('link', { name: 'see or change the practice standards' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Practice standards' })).toBeVisible();
    await expectAccessible(page, 'practice standards form');

    const supervision = page.getByLabel('Supervision: most days between supervisions');
    await expect(supervision).toHaveValue('');
    await supervision.fill('200');
    await page.getByRole('button', { name: 'Save practice standards' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('from 7 to 91');
    await expect(page).toHaveTitle(/^Error: Practice standards/);
    await expectAccessible(page, 'practice standards with an error');

    await supervision.fill('42');
    await page.getByRole('button', { name: 'Save practice standards' }).click();
    await expect(page.getByText('Practice standards saved.')).toBeVisible();
    await page.goto('/measures/supervision-on-time');
    await expect(page.locator('.govuk-inset-text')).toContainText(
      'supervision: most days between supervisions, 42 days',
    );

    // Back to the default, so other journeys see the demo as seeded.
    await page.getByRole('link', { name: 'Practice standards' }).click();
    await page.getByLabel('Supervision: most days between supervisions').fill('');
    await page.getByRole('button', { name: 'Save practice standards' }).click();
    await expect(page.getByText('Practice standards saved.')).toBeVisible();
    await page.goto('/measures/supervision-on-time');
    await expect(page.locator('.govuk-inset-text')).toContainText('28 days (the default)');
  });

  test('a councillor sees the practice standards but cannot change them', async ({ page }) => {
    await signIn(page, DEMO_USERS.viewer);
    await page.goto('/measures/practice-standards');
    await expect(page.getByRole('heading', { level: 1, name: 'Practice standards' })).toBeVisible();
    await expect(page.locator('form')).toHaveCount(0);
    await expect(page.getByText('9 months (default)')).toBeVisible();
    await expectAccessible(page, 'practice standards as viewer');
  });
});
