import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { z } from 'zod';
import { ActionPage } from '../features/actions/ActionPage.tsx';
import { MyActionsPage } from '../features/actions/MyActionsPage.tsx';
import { AuditPage } from '../features/audit/AuditPage.tsx';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';
import { DataPage } from '../features/data/DataPage.tsx';
import { ImportPage } from '../features/data/ImportPage.tsx';
import { IssuesPage } from '../features/data/IssuesPage.tsx';
import { issuesSearchSchema } from '../features/data/issues-search.ts';
import { LocalRecordsPage, LocalRecordTypePage } from '../features/data/LocalRecordsPage.tsx';
import { UploadPage } from '../features/data/UploadPage.tsx';
import { AccessibilityPage, CookiesPage, NotFoundPage, PrivacyPage } from '../features/info/InfoPages.tsx';
import { InspectionFormPage } from '../features/inspections/InspectionFormPage.tsx';
import { InspectionPage } from '../features/inspections/InspectionPage.tsx';
import { InspectionsPage } from '../features/inspections/InspectionsPage.tsx';
import { AreaMeasuresPage } from '../features/measures/AreaMeasuresPage.tsx';
import { ChildrenPage } from '../features/measures/ChildrenPage.tsx';
import { MeasurePage } from '../features/measures/MeasurePage.tsx';
import { PracticeStandardsPage } from '../features/measures/PracticeStandardsPage.tsx';
import { ScorecardPage } from '../features/measures/ScorecardPage.tsx';
import { childrenSearchSchema, measureSearchSchema, scorecardSearchSchema } from '../features/measures/search.ts';
import { ActionFormPage } from '../features/plans/ActionFormPage.tsx';
import { AreaFormPage } from '../features/plans/AreaFormPage.tsx';
import { ComparePage } from '../features/plans/ComparePage.tsx';
import { PlanPage } from '../features/plans/PlanPage.tsx';
import { PlanFormPage, PlansPage } from '../features/plans/PlansPage.tsx';
import { TransitionPage } from '../features/plans/TransitionPage.tsx';
import { VersionPage } from '../features/plans/VersionPage.tsx';
import { ReportsPage } from '../features/reports/ReportsPage.tsx';
import { Layout } from './Layout.tsx';

const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFoundPage });
const page = (path: string, component: () => React.ReactNode, validateSearch?: z.ZodType) =>
  createRoute({
    getParentRoute: () => rootRoute,
    path,
    component,
    ...(validateSearch && { validateSearch: (s: Record<string, unknown>) => validateSearch.parse(s) }),
  });

const optionalText = z.string().max(200).optional().catch(undefined);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

const routeTree = rootRoute.addChildren([
  page('/', DashboardPage),
  page('/sign-in', SignInPage, z.object({ next: optionalText })),
  page('/plans', PlansPage),
  page('/plans/new', PlanFormPage, z.object({ inspectionId: optionalText })),
  page('/plans/$planId', PlanPage),
  page('/plans/$planId/edit', PlanFormPage),
  page('/plans/$planId/areas/new', AreaFormPage),
  page('/plans/$planId/areas/$areaId/edit', AreaFormPage),
  page('/plans/$planId/areas/$areaId/actions/new', ActionFormPage),
  page('/plans/$planId/transition', TransitionPage),
  page(
    '/plans/$planId/compare',
    ComparePage,
    z.object({
      from: z.coerce.number().int().min(0).optional().catch(undefined),
      to: z.coerce.number().int().min(0).optional().catch(undefined),
    }),
  ),
  page('/plans/$planId/versions/$number', VersionPage),
  page('/actions/$actionId', ActionPage),
  page('/actions/$actionId/edit', ActionFormPage),
  page('/my-actions', MyActionsPage),
  page('/reports', ReportsPage),
  page('/inspections', InspectionsPage),
  page('/inspections/new', InspectionFormPage),
  page('/inspections/$inspectionId', InspectionPage),
  page('/inspections/$inspectionId/edit', InspectionFormPage),
  page(
    '/audit',
    AuditPage,
    z.object({
      action: optionalText,
      actor: optionalText,
      entityType: optionalText,
      from: isoDate,
      to: isoDate,
      page: z.coerce.number().int().min(1).optional().catch(undefined),
    }),
  ),
  page('/data', DataPage),
  page('/data/local-records', LocalRecordsPage),
  page('/data/local-records/$recordType', LocalRecordTypePage),
  page('/data/$dataset/upload', UploadPage),
  page('/data/imports/$importId', ImportPage),
  page('/data/imports/$importId/issues', IssuesPage, issuesSearchSchema),
  page('/measures', ScorecardPage, scorecardSearchSchema),
  page('/measures/practice-standards', PracticeStandardsPage),
  page('/measures/$measureId', MeasurePage, measureSearchSchema),
  page('/measures/$measureId/children', ChildrenPage, childrenSearchSchema),
  page('/plans/$planId/areas/$areaId/measures', AreaMeasuresPage),
  page('/accessibility', AccessibilityPage),
  page('/cookies', CookiesPage),
  page('/privacy', PrivacyPage),
]);

/** The app's routes (code-based; search parameters validated with Zod so filters live in the URL). */
export const router = createRouter({ routeTree, defaultPreload: false, scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
