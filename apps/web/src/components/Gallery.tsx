import { useState } from 'react';
import { BenchmarkChart } from './BenchmarkChart.tsx';
import { Accordion } from './govuk/Accordion.tsx';
import { BackLink } from './govuk/BackLink.tsx';
import { Breadcrumbs } from './govuk/Breadcrumbs.tsx';
import { Button } from './govuk/Button.tsx';
import { CharacterCount } from './govuk/CharacterCount.tsx';
import { Checkboxes } from './govuk/Checkboxes.tsx';
import { DateInput } from './govuk/DateInput.tsx';
import { Details } from './govuk/Details.tsx';
import { ErrorSummary } from './govuk/ErrorSummary.tsx';
import { FileUpload } from './govuk/FileUpload.tsx';
import { CouncilFooter } from './govuk/Footer.tsx';
import { Header } from './govuk/Header.tsx';
import { Input } from './govuk/Input.tsx';
import { InsetText } from './govuk/InsetText.tsx';
import { NotificationBanner } from './govuk/NotificationBanner.tsx';
import { Pagination } from './govuk/Pagination.tsx';
import { Panel } from './govuk/Panel.tsx';
import { PhaseBanner } from './govuk/PhaseBanner.tsx';
import { Radios } from './govuk/Radios.tsx';
import { Select } from './govuk/Select.tsx';
import { ServiceNavigation } from './govuk/ServiceNavigation.tsx';
import { SkipLink } from './govuk/SkipLink.tsx';
import { SummaryList } from './govuk/SummaryList.tsx';
import { Table } from './govuk/Table.tsx';
import { Tabs } from './govuk/Tabs.tsx';
import { Tag } from './govuk/Tag.tsx';
import { TaskList } from './govuk/TaskList.tsx';
import { Textarea } from './govuk/Textarea.tsx';
import { WarningText } from './govuk/WarningText.tsx';
import { KeyFigure } from './KeyFigure.tsx';
import { LineChart } from './LineChart.tsx';
import { Page } from './Page.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import { RagTag } from './RagTag.tsx';
import { Sparkline } from './Sparkline.tsx';
import { SpcChart } from './SpcChart.tsx';

const council = 'Northshire County Council';

const reReferrals = [
  {
    name: 'Northshire',
    values: [
      { x: '2020-21', y: 24.8 },
      { x: '2021-22', y: 23.9 },
      { x: '2022-23', y: 24.1 },
      { x: '2023-24', y: 21.5 },
      { x: '2024-25', y: 20.2 },
    ],
  },
  {
    name: 'England',
    values: [
      { x: '2020-21', y: 22.7 },
      { x: '2021-22', y: 21.5 },
      { x: '2022-23', y: 22.4 },
      { x: '2023-24', y: 22.4 },
      { x: '2024-25', y: 21.9 },
    ],
  },
];

const timeliness = [62, 65, 61, 66, 63, 67, 64, 88, 63, 60, 65, 62, 66, 64, 39, 63].map((value, index) => ({
  x: `${2025 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`,
  value,
  specialCause: value > 80 ? 'Above the upper process limit' : value < 48 ? 'Below the lower process limit' : undefined,
}));

/**
 * Every Waypoint component with realistic content, for design review and manual accessibility checks. Not mounted
 * by default; the app may route it at `/design-system`.
 */
export function Gallery() {
  const [reason, setReason] = useState('');
  return (
    <>
      <SkipLink href="#main-content">Skip to main content</SkipLink>
      <Header councilName={council} />
      <ServiceNavigation
        serviceName="Waypoint"
        serviceUrl="/"
        navigation={[
          { href: '/', text: 'Home' },
          { href: '/plans', text: 'Improvement plans', current: true },
          { href: '/data', text: 'Statutory data' },
          { href: '/measures', text: 'Measures' },
        ]}
        slots={{ end: <span className="govuk-body-s">Signed in as Sam Patel</span> }}
      />
      <div className="govuk-width-container">
        <PhaseBanner tag={{ children: 'Beta' }}>
          This is a new service.{' '}
          <a className="govuk-link" href="/feedback">
            Give feedback
          </a>{' '}
          to help us improve it.
        </PhaseBanner>
        <Breadcrumbs
          items={[
            { href: '/', text: 'Home' },
            { href: '/plans', text: 'Improvement plans' },
            { text: 'Design system' },
          ]}
        />
        <main className="govuk-main-wrapper" id="main-content">
          <Page
            title="Design system"
            caption="Waypoint"
            councilName={council}
            moveFocus={false}
            beforeHeading={<NotificationBanner type="success" disableAutoFocus text="Plan version 3 published" />}
          >
            <h2 className="govuk-heading-m">Key figures</h2>
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-third">
                <KeyFigure value="12" label="actions overdue" href="/plans/actions?status=overdue" />
              </div>
              <div className="govuk-grid-column-one-third">
                <KeyFigure value="1,204" label="children looked after" href="/data/cla" />
              </div>
              <div className="govuk-grid-column-one-third">
                <KeyFigure value="98%" label="of SSDA903 rules passed" />
              </div>
            </div>

            <h2 className="govuk-heading-m">RAG ratings</h2>
            <ul className="govuk-list">
              <li>
                <RagTag status="green" />
              </li>
              <li>
                <RagTag status="amber" explanation="Due in 5 working days, 40% done" />
              </li>
              <li>
                <RagTag status="red" explanation="3.2 points below target" />
              </li>
              <li>
                <RagTag status="complete" />
              </li>
              <li>
                <RagTag status="no-data" />
              </li>
              <li>
                <RagTag status="not-rated" />
              </li>
            </ul>
            <p className="govuk-body">
              Re-referrals, last 5 years{' '}
              <Sparkline values={reReferrals[0]?.values.map((v) => v.y) ?? []} label="Re-referrals (%), 5 years" />
            </p>

            <LineChart
              title="Re-referrals in Northshire are now below the England average"
              description="The share of referrals within 12 months of a previous one fell from 24.1% in 2022-23 to 20.2% in 2024-25; England was 21.9%."
              series={reReferrals}
              xLabel="Year"
              yLabel="Re-referrals (%)"
            />
            <SpcChart
              title="Assessment timeliness is stable apart from two unusual months"
              points={timeliness}
              mean={64}
              upperLimit={80}
              lowerLimit={48}
              target={70}
              xLabel="Month"
              yLabel="Assessments in 45 working days (%)"
              xType="date"
            />
            <BenchmarkChart
              title="Northshire has more children in need than England and most neighbours"
              valueLabel="Rate per 10,000 children"
              bars={[
                { label: 'Northshire', value: 362.1, kind: 'authority' },
                { label: 'England', value: 332.9, kind: 'england' },
                { label: 'East Midlands', value: 305.4, kind: 'region' },
                { label: 'Eastborough', value: 341.0, kind: 'neighbour' },
                { label: 'Westfield', value: 298.7, kind: 'neighbour' },
                { label: 'Southmoor', value: null, kind: 'neighbour' },
              ]}
            />

            <ProgressBar
              label="Importing SSDA903 return 2025-26"
              value={120}
              max={311}
              status="Validating: 120 of 311 rules"
            />

            <h2 className="govuk-heading-m">Improvement plan</h2>
            <TaskList
              items={[
                { title: { text: 'Leadership and governance' }, href: '/plans/1/1', status: { text: 'Completed' } },
                {
                  title: { text: 'Quality of practice' },
                  href: '/plans/1/2',
                  hint: { text: '14 actions, 3 at risk' },
                  status: { tag: { children: 'In progress', colour: 'light-blue' } },
                },
                {
                  title: { text: 'Placement sufficiency' },
                  status: { text: 'Cannot start yet', className: 'govuk-task-list__status--cannot-start-yet' },
                },
              ]}
            />
            <SummaryList
              card={{
                title: { text: 'Action 2.3' },
                actions: { items: [{ href: '/plans/1/actions/23/edit', text: 'Change' }] },
              }}
              rows={[
                { key: { text: 'Owner' }, value: { text: 'Head of Service, Children in Care' } },
                { key: { text: 'Due' }, value: { text: '31 March 2026' } },
                { key: { text: 'Delivery RAG' }, value: { text: <RagTag status="amber" explanation="40% done" /> } },
              ]}
            />
            <Table
              caption="Actions by status"
              head={[{ text: 'Status' }, { text: 'Actions', format: 'numeric' }]}
              rows={[
                [{ text: 'On track' }, { text: '21', format: 'numeric' }],
                [{ text: 'At risk' }, { text: '5', format: 'numeric' }],
                [{ text: 'Off track' }, { text: '2', format: 'numeric' }],
              ]}
              firstCellIsHeader
            />
            <Pagination
              previous={{ href: '?page=1' }}
              next={{ href: '?page=3' }}
              items={[
                { number: 1, href: '?page=1' },
                { number: 2, href: '?page=2', current: true },
                { number: 3, href: '?page=3' },
              ]}
            />

            <h2 className="govuk-heading-m">Forms</h2>
            <ErrorSummary
              disableAutoFocus
              errorList={[{ text: 'Enter a due date for the action', href: '#due-day' }]}
            />
            <Input name="action-title" label={{ text: 'Action title', className: 'govuk-label--s' }} />
            <DateInput
              id="due"
              namePrefix="due"
              fieldset={{ legend: { text: 'Due date', className: 'govuk-fieldset__legend--s' } }}
              hint={{ text: 'For example, 31 3 2026' }}
              errorMessage={{ text: 'Enter a due date for the action' }}
            />
            <Radios
              name="rag-override"
              fieldset={{ legend: { text: 'Set the RAG rating by hand?', className: 'govuk-fieldset__legend--s' } }}
              items={[
                {
                  value: 'yes',
                  text: 'Yes',
                  conditional: (
                    <Textarea
                      name="override-reason"
                      label={{ text: 'Reason' }}
                      value={reason}
                      onChange={(e) => setReason(e.target.value)}
                    />
                  ),
                },
                { value: 'no', text: 'No, use the computed rating' },
              ]}
            />
            <Checkboxes
              name="cohorts"
              fieldset={{ legend: { text: 'Cohorts', className: 'govuk-fieldset__legend--s' } }}
              hint={{ text: 'Select all that apply' }}
              items={[
                { value: 'cla', text: 'Children looked after (CLA)' },
                { value: 'cin', text: 'Children in need (CIN)' },
                { divider: 'or' },
                { value: 'none', text: 'None of these', behaviour: 'exclusive' },
              ]}
            />
            <Select
              name="committee"
              label={{ text: 'Committee', className: 'govuk-label--s' }}
              items={[
                { value: 'scrutiny', text: "Children's scrutiny committee" },
                { value: 'cabinet', text: 'Cabinet' },
              ]}
            />
            <CharacterCount
              name="progress-update"
              label={{ text: 'Progress update', className: 'govuk-label--s' }}
              maxlength={500}
            />
            <FileUpload
              name="return-file"
              label={{ text: 'Upload the SSDA903 return', className: 'govuk-label--s' }}
              hint={{ text: 'CSV files, up to 50 MB' }}
              accept=".csv,.xml"
            />
            <div className="govuk-button-group">
              <Button>Save and continue</Button>
              <Button variant="secondary" type="button">
                Save as draft
              </Button>
              <Button variant="warning" type="button">
                Delete action
              </Button>
            </div>
            <Button href="/plans/new" isStartButton>
              Start a new plan
            </Button>

            <h2 className="govuk-heading-m">Content</h2>
            <BackLink href="/plans">Back to plans</BackLink>
            <InsetText>
              Ofsted's ILACS (inspection of local authority children's services) report is due in June.
            </InsetText>
            <WarningText>Publishing a plan version cannot be undone.</WarningText>
            <Details summary="How the delivery RAG is worked out">
              An action is off track when it is overdue or less than half done with a fifth of its time left.
            </Details>
            <Tag colour="grey">Draft</Tag>
            <Accordion
              id="gallery-accordion"
              items={[
                { heading: 'Priority 1: leadership', text: '6 actions' },
                { heading: 'Priority 2: practice', text: '8 actions' },
              ]}
            />
            <Tabs
              idPrefix="gallery-tabs"
              items={[
                { label: 'Chart', panel: { text: 'The chart view.' } },
                { label: 'Table', panel: { text: 'The table view.' } },
              ]}
            />
            <Panel title="Plan submitted">
              Your reference number
              <br />
              <strong>NSC-2026-014</strong>
            </Panel>
          </Page>
        </main>
      </div>
      <CouncilFooter councilName={council} councilUrl="https://www.northshire.example" />
    </>
  );
}
