import { COMMITTEE_LABELS, type Committee } from '@waypoint/contracts';
import type { UserActor } from '../../platform/actor.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { ConflictError, HttpError, NotFoundError } from '../../platform/errors.ts';
import { recordAudit, recordAuditNow } from '../audit/audit.service.ts';
import { authorityFacts } from '../measures/measure-data.repository.ts';
import * as measuresRepo from '../measures/measures.repository.ts';
import { scorecard } from '../measures/measures.service.ts';
import * as plansRepo from '../plans/plans.repository.ts';
import { getPlanDetail } from '../plans/plans.service.ts';
import { PdfUnavailableError, renderDocx, renderPdf, renderReportChartPngs, renderReportHtml } from './render/index.ts';
import { buildReportModel } from './report-builder.ts';
import type { ReportKind, ReportModel } from './report-model.ts';
import * as repo from './reports.repository.ts';

/** What to generate. */
export interface ReportRequest {
  kind: ReportKind;
  meetingCommittee?: Committee | null;
  meetingDate?: string | null;
}

/**
 * Generates a report from live data and freezes its inputs: the model (plan, measure values, updates, the
 * version it shows) is stored with the "data as at" time, so downloading it later gives the same report.
 */
export async function generateReport(deps: AppDeps, user: UserActor, input: ReportRequest) {
  const planRow = await plansRepo.findCurrentPlan(deps.db, user.authorityId);
  if (!planRow) throw new ConflictError('There is no improvement plan to report on yet.');
  const plan = await getPlanDetail(deps, user, planRow.id);
  const approved = [...plan.versions]
    .reverse()
    .find((v) => ['approved', 'submitted', 'monitoring', 'closed'].includes(v.status));
  const latest = plan.versions.at(-1);
  const version = input.kind === 'statement' ? (approved ?? latest) : latest;
  const versionLabel = version ? version.label : 'Draft, not yet frozen';
  const card = await scorecard(deps, user);
  const areaMeasures = new Map<string, string[]>();
  for (const l of await measuresRepo.listAreaMeasures(deps.db, user.authorityId)) {
    if (l.plan_id !== plan.id) continue;
    areaMeasures.set(l.priority_area_id, [...(areaMeasures.get(l.priority_area_id) ?? []), l.measure_id]);
  }
  const facts = await authorityFacts(deps.db, user.authorityId);
  const now = deps.clock.now();
  const model = buildReportModel({
    kind: input.kind,
    authority: { name: facts.name, shortName: facts.short_name },
    meeting:
      input.meetingCommittee && input.meetingDate
        ? { committee: COMMITTEE_LABELS[input.meetingCommittee], date: input.meetingDate }
        : undefined,
    plan,
    versionLabel,
    measures: new Map(card.measures.map((m) => [m.id, m])),
    areaMeasures,
    dataAsAt: now.toISOString(),
    generatedAt: now.toISOString(),
    generatedBy: user.displayName,
  });
  const id = await deps.db.transaction().execute(async (trx) => {
    const newId = await repo.insertReport(trx, {
      authority_id: user.authorityId,
      kind: input.kind,
      title: model.title,
      meeting_committee: model.meeting?.committee ?? null,
      meeting_date: model.meeting?.date ?? null,
      plan_id: plan.id,
      plan_version: version?.number ?? null,
      data_as_at: now,
      generated_by: user.userId,
      generated_at: now,
      model,
    });
    await recordAudit(trx, deps.clock, user, {
      action: 'report.generate',
      entityType: 'report',
      entityId: newId,
      summary: `Generated “${model.title}”${model.meeting ? ` for ${model.meeting.committee} on ${model.meeting.date}` : ''}`,
      after: { kind: input.kind, meeting: model.meeting ?? null, planVersion: version?.number ?? null },
    });
    return newId;
  });
  return { id, title: model.title, kind: input.kind };
}

/** Reports generated so far: who generated what, when, for which meeting. */
export async function listReports(deps: AppDeps, user: UserActor) {
  return (await repo.listReports(deps.db, user.authorityId)).map((r) => ({
    id: r.id,
    kind: r.kind as ReportKind,
    title: r.title,
    meeting: r.meeting_committee ? { committee: r.meeting_committee, date: r.meeting_date } : null,
    planVersion: r.plan_version,
    dataAsAt: r.data_as_at,
    generatedAt: r.generated_at,
    generatedBy: r.generated_by_name,
  }));
}

async function requireModel(deps: AppDeps, user: UserActor, id: string): Promise<ReportModel> {
  const row = await repo.findReport(deps.db, user.authorityId, id);
  if (!row) throw new NotFoundError('Report');
  return row.model as ReportModel;
}

/** A stored report's model (for the in-browser preview). */
export async function getReportModel(deps: AppDeps, user: UserActor, id: string) {
  return requireModel(deps, user, id);
}

/** A report file from its frozen model: HTML, PDF (Chromium) or DOCX. Downloads are audited. */
export async function renderReport(deps: AppDeps, user: UserActor, id: string, format: 'html' | 'pdf' | 'docx') {
  const model = await requireModel(deps, user, id);
  const html = format === 'docx' ? '' : renderReportHtml(model);
  let body: Buffer | string;
  try {
    if (format === 'html') body = html;
    else if (format === 'pdf') body = await renderPdf(html, deps.reportBrowser);
    else
      body = await renderDocx(
        model,
        deps.reportBrowser.available() ? await renderReportChartPngs(model, deps.reportBrowser) : new Map(),
      );
  } catch (error) {
    if (error instanceof PdfUnavailableError) throw new HttpError(503, error.message);
    throw error;
  }
  if (format !== 'html') {
    await recordAuditNow(deps.db, deps.clock, user, {
      action: 'report.download',
      entityType: 'report',
      entityId: id,
      summary: `Downloaded “${model.title}” as ${format.toUpperCase()}`,
    });
  }
  const stem = `${model.authority.shortName}-${model.kind}-${model.generatedAt.slice(0, 10)}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-');
  const type = {
    html: 'text/html; charset=utf-8',
    pdf: 'application/pdf',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  }[format];
  return { body, fileName: `${stem}.${format}`, contentType: type };
}

/** Whether PDF export works on this host (it needs Chromium). */
export function reportCapabilities(deps: AppDeps) {
  const pdf = deps.reportBrowser.available();
  return { pdf, docx: true, html: true, message: pdf ? null : deps.reportBrowser.unavailableMessage() };
}
