import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The demo password the e2e server is started with (playwright.config.ts). */
export const DEMO_PASSWORD = 'demo-password-for-tests';

/** Demo accounts by role. */
export const DEMO_USERS = {
  lead: 'beth.oyelaran@kellingford.example',
  admin: 'farah.quinlan@kellingford.example',
  owner: 'sasha.whitlock@kellingford.example',
  viewer: 'nadia.brentmoor@kellingford.example',
} as const;

/** Signs in through the real form. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
}

/** Runs axe with the WCAG 2.2 AA rule sets and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(report, `accessibility problems on ${label}`).toEqual([]);
}
