import { RouterLink } from '../../app/RouterLink.tsx';
import { Details } from '../../components/govuk/Details.tsx';
import { SummaryList, type SummaryListRow } from '../../components/govuk/SummaryList.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import { dateTime } from '../../lib/format.ts';
import { ImportStatusTag } from './DataAccess.tsx';
import { count, countOf, datasetInfo, tablesInOrder, yearLabel } from './datasets.ts';
import { FileList } from './FileList.tsx';
import type { ImportDetail, RuleReport } from './types.ts';

/** The downloads of an import's error report, in link order. */
export const REPORT_DOWNLOADS = [
  { query: 'format=csv&by=rule', text: 'Download error report (CSV, by rule)' },
  { query: 'format=csv&by=child', text: 'Download error report (CSV, by child)' },
  { query: 'format=xlsx', text: 'Download error report (Excel)' },
] as const;

/** Where the issues of an import are listed, optionally for one rule. */
export function issuesHref(importId: string, rule?: string): string {
  return `/data/imports/${importId}/issues${rule ? `?rule=${encodeURIComponent(rule)}` : ''}`;
}

function severityLabel(severity: string): string {
  return severity === 'query' ? 'Query' : severity === 'integrity' ? 'Error (data integrity)' : 'Error';
}

function RulesNotRun({ detail }: { detail: ImportDetail }) {
  const messages = new Map(detail.byRule.map((r) => [r.code, r]));
  const notRun = Object.entries(detail.rulesNotRun);
  const failed = detail.byRule.filter((r) => r.status === 'failed');
  if (notRun.length === 0 && failed.length === 0) return null;
  return (
    <Details summary={`Rules not run and why (${count(notRun.length + failed.length)})`}>
      <ul className="govuk-list">
        {failed.map((r) => (
          <li key={`failed-${r.code}`}>
            <strong>{r.code}</strong> could not be checked because of a fault in Waypoint: {r.reason}
          </li>
        ))}
        {notRun.map(([code, reason]) => (
          <li key={code}>
            <strong>{code}</strong> {messages.get(code)?.message ? `(${messages.get(code)?.message}) ` : ''}
            {reason}
          </li>
        ))}
      </ul>
    </Details>
  );
}

function summaryRows(detail: ImportDetail, filesOnly: boolean): Array<SummaryListRow | null> {
  const counts = tablesInOrder(detail.counts ?? {});
  const report = !filesOnly;
  return [
    {
      key: { text: 'Return' },
      value: { text: `${datasetInfo(detail.dataset)?.name ?? detail.dataset}, ${yearLabel(detail.year)}` },
    },
    {
      key: { text: 'Status' },
      value: {
        text: (
          <>
            <ImportStatusTag status={detail.status} />
            {detail.message && <span className="govuk-body app-rag-reason">{detail.message}</span>}
          </>
        ),
      },
    },
    report ? { key: { text: 'Rule pack' }, value: { text: detail.rulePack || '–' } } : null,
    {
      key: { text: 'Uploaded' },
      value: { text: `${detail.createdBy ?? 'Command line'}, ${dateTime(detail.createdAt)}` },
    },
    detail.storedAt
      ? {
          key: { text: 'Stored' },
          value: { text: `${detail.storedBy ?? 'Command line'}, ${dateTime(detail.storedAt)}` },
        }
      : null,
    report && counts.length > 0
      ? {
          key: { text: 'Rows per table' },
          value: {
            text: (
              <ul className="govuk-list">
                {counts.map(([table, rows]) => (
                  <li key={table}>
                    {table}: {count(rows)}
                  </li>
                ))}
              </ul>
            ),
          },
        }
      : null,
    report ? { key: { text: 'Errors' }, value: { text: count(detail.errorCount) } } : null,
    report ? { key: { text: 'Queries' }, value: { text: count(detail.queryCount) } } : null,
    report
      ? {
          key: { text: 'Rules' },
          value: {
            text: (
              <>
                {count(detail.rulesRun)} run, {count(Object.keys(detail.rulesNotRun).length)} not run
                <RulesNotRun detail={detail} />
              </>
            ),
          },
        }
      : null,
    {
      key: { text: 'Files' },
      value: {
        text: (
          <Details summary={`${countOf(detail.files.length, 'file')} with their SHA-256 digests`}>
            <FileList files={detail.files} />
          </Details>
        ),
      },
    },
  ];
}

function ByRule({ detail, rules }: { detail: ImportDetail; rules: readonly RuleReport[] }) {
  if (rules.length === 0) return <p className="govuk-body">No rule flagged any rows.</p>;
  return (
    <Table
      caption={`${countOf(rules.length, 'rule')} flagged rows`}
      captionClasses="govuk-visually-hidden"
      head={[
        { text: 'Rule' },
        { text: 'Type' },
        { text: 'Description', className: 'govuk-!-width-one-half' },
        { text: 'Fields' },
        { text: 'Rows', format: 'numeric' },
        { text: 'Children', format: 'numeric' },
      ]}
      rows={rules.map((r) => [
        {
          text: (
            <RouterLink href={issuesHref(detail.id, r.code)} className="govuk-link">
              <span className="govuk-visually-hidden">Issues for rule </span>
              {r.code}
            </RouterLink>
          ),
        },
        { text: severityLabel(r.severity) },
        { text: r.message },
        { text: r.fields.join(', ') },
        { text: count(r.flaggedRows), format: 'numeric' },
        { text: count(r.children), format: 'numeric' },
      ])}
    />
  );
}

/**
 * The report of a checked import: a summary list (rule pack, rows per table, errors, queries, rules run and not
 * run, files), the rules that flagged rows with links to their issues, and the downloads. `filesOnly` shows just
 * who uploaded what (an import that never got as far as the rules).
 */
export function ImportReport({ detail, filesOnly = false }: { detail: ImportDetail; filesOnly?: boolean }) {
  const flagged = detail.byRule.filter((r) => r.flaggedRows > 0);
  return (
    <>
      <SummaryList rows={summaryRows(detail, filesOnly)} />
      {!filesOnly && (
        <>
          <h2 className="govuk-heading-m">Errors and queries by rule</h2>
          <ByRule detail={detail} rules={flagged} />
          {flagged.length > 0 && (
            <p className="govuk-body">
              <RouterLink href={issuesHref(detail.id)} className="govuk-link">
                See every issue, child by child
              </RouterLink>
            </p>
          )}
          <h2 className="govuk-heading-m">Download the error report</h2>
          <ul className="govuk-list">
            {REPORT_DOWNLOADS.map((d) => (
              <li key={d.query}>
                <a className="govuk-link" href={`/api/imports/${detail.id}/report?${d.query}`} download>
                  {d.text}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
