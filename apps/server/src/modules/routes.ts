import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../platform/deps.ts';
import { actionRoutes } from './actions/actions.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { dashboardRoutes } from './dashboard/dashboard.routes.ts';
import { healthRoutes } from './health.routes.ts';
import { inspectionRoutes } from './inspections/inspections.routes.ts';
import { localRecordRoutes } from './local-records/local-records.routes.ts';
import { measureRoutes } from './measures/measures.routes.ts';
import { planRoutes } from './plans/plans.routes.ts';
import { reportRoutes } from './reports/reports.routes.ts';
import { importRoutes } from './statutory-imports/imports.routes.ts';
import { userRoutes } from './users/users.routes.ts';

/** Registers every API module under the /api prefix. */
export async function registerRoutes(
  api: FastifyInstance,
  deps: AppDeps,
  opts: { signInRateLimit: number; cookieName: string },
): Promise<void> {
  await healthRoutes(api, deps);
  await authRoutes(api, deps, opts);
  await userRoutes(api, deps);
  await inspectionRoutes(api, deps);
  await planRoutes(api, deps);
  await actionRoutes(api, deps);
  await dashboardRoutes(api, deps);
  await auditRoutes(api, deps);
  await importRoutes(api, deps);
  await localRecordRoutes(api, deps);
  await measureRoutes(api, deps);
  await reportRoutes(api, deps);
}
