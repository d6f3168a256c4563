import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import {
  GRADE_LABELS,
  GRADED_INSPECTION_TYPES,
  GRADES,
  INSPECTION_TYPE_LABELS,
  INSPECTION_TYPES,
  type InspectionType,
  JUDGEMENT_AREA_LABELS,
  judgementAreasFor,
} from '@waypoint/contracts';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Inspection } from '../../api/types.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { Checkboxes } from '../../components/govuk/Checkboxes.tsx';
import { DateInput } from '../../components/govuk/DateInput.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { Radios } from '../../components/govuk/Radios.tsx';
import { Select } from '../../components/govuk/Select.tsx';
import { Textarea } from '../../components/govuk/Textarea.tsx';
import { dateParts, readDate, text, useFormSubmit } from '../../lib/forms.ts';

const DATE_FIELDS = {
  onSiteStart: 'onSiteStart-day',
  onSiteEnd: 'onSiteEnd-day',
  reportReceived: 'reportReceived-day',
  published: 'published-day',
  type: 'type',
  judgements: 'grade-overall',
};

/** Record an inspection (type, dates, judgements), or change one. */
export function InspectionFormPage() {
  const { inspectionId } = useParams({ strict: false }) as { inspectionId?: string };
  const existing = useQuery({
    queryKey: ['inspection', inspectionId],
    queryFn: () => api<Inspection>(`/inspections/${inspectionId}`),
    enabled: !!inspectionId,
  });
  const form = useFormSubmit<Inspection>(DATE_FIELDS);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const inspection = existing.data;
  const [type, setType] = useState<InspectionType | ''>('');
  const [onSiteYear, setOnSiteYear] = useState<string>('');
  if (inspectionId && existing.isPending) return <p className="govuk-body">Loading…</p>;
  const currentType = type || inspection?.type || '';
  const areas = judgementAreasFor(onSiteYear ? `${onSiteYear}-06-01` : (inspection?.onSiteStart ?? null));
  const graded = currentType !== '' && GRADED_INSPECTION_TYPES.includes(currentType);

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body = {
      type: text(data, 'type'),
      title: text(data, 'title'),
      onSiteStart: readDate(data, 'onSiteStart'),
      onSiteEnd: readDate(data, 'onSiteEnd'),
      reportReceived: readDate(data, 'reportReceived'),
      published: readDate(data, 'published'),
      leadInspector: text(data, 'leadInspector'),
      hasPriorityActions: data.getAll('hasPriorityActions').length > 0,
      summary: text(data, 'summary'),
      judgements: graded
        ? areas.map((area) => ({ area, grade: text(data, `grade-${area}`) })).filter((j) => j.grade)
        : [],
    };
    const saved = await form.submit(() =>
      inspection
        ? api<Inspection>(`/inspections/${inspection.id}`, { method: 'PUT', body })
        : api<Inspection>('/inspections', { body }),
    );
    if (saved) {
      queryClient.setQueryData(['inspection', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['inspections'] });
      await navigate({ href: `/inspections/${saved.id}` });
    }
  };
  return (
    <AppPage
      title={inspection ? 'Change inspection details' : 'Record an inspection'}
      wide={false}
      hasErrors={form.hasErrors}
      before={
        <>
          <BackLink href={inspection ? `/inspections/${inspection.id}` : '/inspections'}>Back</BackLink>
          {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate>
        <Radios
          name="type"
          fieldset={{ legend: { text: 'Type of inspection or visit', className: 'govuk-fieldset__legend--m' } }}
          items={INSPECTION_TYPES.map((t) => ({ value: t, text: INSPECTION_TYPE_LABELS[t] }))}
          defaultValue={inspection?.type}
          onChange={(v) => setType(v as InspectionType)}
          errorMessage={form.message('type')}
        />
        <Input
          name="title"
          label={{ text: 'Title (optional)' }}
          defaultValue={inspection?.title}
          errorMessage={form.message('title')}
        />
        <DateInput
          id="onSiteStart"
          namePrefix="onSiteStart"
          fieldset={{ legend: { text: 'First day on site', className: 'govuk-fieldset__legend--s' } }}
          defaultValues={dateParts(inspection?.onSiteStart, 'onSiteStart')}
          onChange={(v) => setOnSiteYear(v['onSiteStart-year'] ?? '')}
          errorMessage={form.message('onSiteStart')}
        />
        <DateInput
          id="onSiteEnd"
          namePrefix="onSiteEnd"
          fieldset={{ legend: { text: 'Last day on site', className: 'govuk-fieldset__legend--s' } }}
          defaultValues={dateParts(inspection?.onSiteEnd, 'onSiteEnd')}
          errorMessage={form.message('onSiteEnd')}
        />
        <DateInput
          id="reportReceived"
          namePrefix="reportReceived"
          fieldset={{
            legend: { text: 'Date the final report or letter was received', className: 'govuk-fieldset__legend--s' },
          }}
          hint={{ text: 'Deadlines are counted in working days from this date' }}
          defaultValues={dateParts(inspection?.reportReceived, 'reportReceived')}
          errorMessage={form.message('reportReceived')}
        />
        <DateInput
          id="published"
          namePrefix="published"
          fieldset={{
            legend: { text: 'Date Ofsted published the report (optional)', className: 'govuk-fieldset__legend--s' },
          }}
          defaultValues={dateParts(inspection?.published, 'published')}
          errorMessage={form.message('published')}
        />
        <Input
          name="leadInspector"
          label={{ text: 'Lead inspector (optional)' }}
          defaultValue={inspection?.leadInspector}
          errorMessage={form.message('leadInspector')}
        />
        <Checkboxes
          name="hasPriorityActions"
          items={[{ value: 'yes', text: 'The report or letter sets out areas for priority action' }]}
          defaultValues={inspection?.hasPriorityActions ? ['yes'] : []}
        />
        <Textarea
          name="summary"
          label={{ text: 'Summary (optional)' }}
          defaultValue={inspection?.summary}
          errorMessage={form.message('summary')}
        />
        {graded && (
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Judgements</legend>
            {form.message('judgements') && <p className="govuk-error-message">{form.errors.fields.judgements}</p>}
            {areas.map((area) => (
              <Select
                key={area}
                id={`grade-${area}`}
                name={`grade-${area}`}
                label={{ text: JUDGEMENT_AREA_LABELS[area] }}
                items={[{ value: '', text: 'Not graded' }, ...GRADES.map((g) => ({ value: g, text: GRADE_LABELS[g] }))]}
                defaultValue={inspection?.judgements.find((j) => j.area === area)?.grade ?? ''}
              />
            ))}
          </fieldset>
        )}
        <Button preventDoubleClick disabled={form.pending}>
          Save inspection
        </Button>
      </form>
    </AppPage>
  );
}
