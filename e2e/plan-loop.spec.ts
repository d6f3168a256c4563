import { expect, test } from '@playwright/test';
import { DEMO_USERS, expectAccessible, signIn } from './support.ts';

test.describe('the improvement-plan loop in the browser', () => {
  test('an improvement lead adds an action, posts an update with evidence, and sees it on the dashboard', async ({
    page,
  }) => {
    await signIn(page, DEMO_USERS.lead);
    await expect(page).toHaveTitle(/Dashboard – Waypoint – Kellingford City Council/);
    await expect(
      page.getByText('The plan must be submitted to Ofsted by 11 August 2026: 19 working days left.'),
    ).toBeVisible();
    await expectAccessible(page, 'dashboard');

    await page.getByRole('link', { name: 'View the plan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Improving children’s services in Kellingford: our plan 2026–2028',
    );
    await expectAccessible(page, 'plan');

    await page.getByRole('button', { name: 'Add an action to priority area 1', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add an action' })).toBeVisible();
    await expectAccessible(page, 'add action form');

    // A mistake first: the error summary names the field and the title says "Error".
    await page.getByLabel('Reference').fill('1.5');
    await page.getByRole('button', { name: 'Save action' }).click();
    await expect(page.getByRole('alert').getByText('Enter the action')).toBeVisible();
    await expect(page).toHaveTitle(/^Error: Add an action/);
    await expectAccessible(page, 'add action form with errors');

    await page.getByLabel('Action', { exact: true }).fill('Peer review of supervision records in every team');
    await page
      .getByLabel('Owner (updates progress)')
      .selectOption({ label: 'Sasha Whitlock (Principal Social Worker)' });
    const due = page.getByRole('group', { name: 'Due date' });
    await due.getByLabel('Day').fill('31');
    await due.getByLabel('Month').fill('7');
    await due.getByLabel('Year').fill('2026');
    await page.getByRole('button', { name: 'Save action' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '1.5 Peer review of supervision records in every team',
    );
    await expectAccessible(page, 'action page');

    // A new action has no updates yet, so the update form starts open.
    await page
      .getByLabel('What has happened since the last update?')
      .fill('Review template agreed; first two teams booked.');
    await page.getByLabel('How complete is the action? (optional)').fill('30');
    await page.getByLabel('Evidence (optional)').setInputFiles({
      name: 'review-template.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Post update' }).click();
    await expect(page.getByText('Update posted')).toBeVisible();
    await expect(page.getByRole('link', { name: /review-template\.pdf/ })).toBeVisible();
    await expect(page.getByText('Review template agreed; first two teams booked.')).toBeVisible();
    await expectAccessible(page, 'action page after update');

    await page.getByRole('link', { name: 'Dashboard' }).click();
    const soon = page.getByRole('table', { name: /Due in the next 4 weeks/ });
    await expect(
      soon.getByRole('link', { name: '1.5 Peer review of supervision records in every team' }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Delivery by priority area' })).toBeVisible();
  });

  test('a councillor can read the plan but not change it', async ({ page }) => {
    await signIn(page, DEMO_USERS.viewer);
    await page.getByRole('link', { name: 'Improvement plan' }).click();
    await page.getByRole('link', { name: /our plan 2026–2028/ }).click();
    await expect(page.getByRole('heading', { name: 'Priority areas and actions' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Add an action/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Change plan details' })).toHaveCount(0);
    await expectAccessible(page, 'plan as viewer');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Waypoint' })).toBeVisible();
    await expectAccessible(page, 'sign-in page');
  });

  test('an administrator browses the audit log and inspections', async ({ page }) => {
    await signIn(page, DEMO_USERS.admin);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await page.getByLabel('Event').fill('plan.transition');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/action=plan.transition/);
    await expect(page.getByText('2 events')).toBeVisible();
    await expectAccessible(page, 'audit log');

    await page.getByRole('link', { name: 'Inspections' }).click();
    await page.getByRole('link', { name: /9 March 2026/ }).click();
    await expect(page.getByRole('heading', { name: 'What needs to improve' })).toBeVisible();
    await expect(page.getByText('Requires improvement to be good').first()).toBeVisible();
    await expectAccessible(page, 'inspection');

    await page.goto('/plans');
    await page.getByRole('link', { name: /our plan 2026–2028/ }).click();
    await page.getByRole('link', { name: 'Compare versions of the plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Compare versions of the plan' })).toBeVisible();
    await expectAccessible(page, 'compare versions');
  });
});
