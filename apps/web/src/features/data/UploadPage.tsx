import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { ApiError, api } from '../../api/client.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { BackLink } from '../../components/govuk/BackLink.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Fieldset } from '../../components/govuk/Fieldset.tsx';
import { FileUpload } from '../../components/govuk/FileUpload.tsx';
import { Radios } from '../../components/govuk/Radios.tsx';
import { useFormSubmit } from '../../lib/forms.ts';
import { DataAccess, DataNotFound } from './DataAccess.tsx';
import { type DatasetInfo, datasetInfo, type FileSlot, yearHint, yearLabel } from './datasets.ts';

/** The chosen files of a file input (an empty input sends no file). */
function chosenFiles(form: FormData, name: string): File[] {
  return form.getAll(name).filter((f): f is File => f instanceof File && f.size + f.name.length > 0);
}

/** Builds the multipart body the API reads: `year`, then the files in their slots. */
function uploadBody(raw: FormData, dataset: DatasetInfo): FormData {
  const body = new FormData();
  const year = raw.get('year');
  if (typeof year === 'string') body.set('year', year);
  for (const slot of [...dataset.slots, ...dataset.postcodeSlots])
    for (const file of chosenFiles(raw, slot.name)) body.append(slot.name, file, file.name);
  return body;
}

/** The postcode reference is used only as a pair: say which half is missing before uploading anything. */
function postcodePairProblem(raw: FormData, dataset: DatasetInfo): ApiError | undefined {
  const [postcodes, authorities] = dataset.postcodeSlots;
  if (!postcodes || !authorities) return undefined;
  const hasPostcodes = chosenFiles(raw, postcodes.name).length > 0;
  const hasAuthorities = chosenFiles(raw, authorities.name).length > 0;
  if (hasPostcodes === hasAuthorities) return undefined;
  const missing = hasPostcodes ? authorities : postcodes;
  const message = `Choose the ${missing.label.replace(' (optional)', '').toLowerCase()} as well, or remove the other postcode reference file: Waypoint needs both or neither`;
  return new ApiError(400, message, [{ field: missing.name, message }]);
}

function FileSlotInput({ slot, error }: { slot: FileSlot; error: { text: string } | undefined }) {
  return (
    <FileUpload
      name={slot.name}
      multiple={slot.multiple}
      accept={slot.accept}
      label={{ text: slot.label, className: 'govuk-label--s' }}
      hint={{ text: slot.hint }}
      errorMessage={error}
    />
  );
}

function UploadForm({ dataset }: { dataset: DatasetInfo }) {
  const form = useFormSubmit<{ id: string }>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const raw = new FormData(event.currentTarget);
    const started = await form.submit(() => {
      const problem = postcodePairProblem(raw, dataset);
      if (problem) throw problem;
      return api<{ id: string }>(`/imports/${dataset.id}`, { body: uploadBody(raw, dataset) });
    });
    if (started) {
      void queryClient.invalidateQueries({ queryKey: ['imports', dataset.id] });
      await navigate({ href: `/data/imports/${started.id}` });
    }
  };
  return (
    <AppPage
      title={`Upload ${dataset.aReturn}`}
      caption={dataset.name}
      hasErrors={form.hasErrors}
      wide={false}
      before={
        <>
          <BackLink href="/data">Back to statutory data</BackLink>
          {form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
        </>
      }
    >
      <p className="govuk-body">
        Waypoint checks the files with the Department for Education’s validation rules. Nothing is stored until you have
        seen the results and chosen to store the return.
      </p>
      <form onSubmit={onSubmit} noValidate encType="multipart/form-data">
        <Radios
          name="year"
          fieldset={{ legend: { text: 'Collection year', className: 'govuk-fieldset__legend--m' } }}
          items={dataset.years.map((y) => ({ value: String(y), text: yearLabel(y), hint: { text: yearHint(y) } }))}
          errorMessage={form.message('year')}
        />
        {dataset.slots.map((slot) => (
          <FileSlotInput key={slot.name} slot={slot} error={form.message(slot.name)} />
        ))}
        {dataset.postcodeSlots.length > 0 && (
          <div className="govuk-form-group">
            <Fieldset
              legend={{ text: 'Postcode reference (optional)', className: 'govuk-fieldset__legend--s' }}
              describedBy="postcode-reference-hint"
            >
              <div className="govuk-hint" id="postcode-reference-hint">
                Give both files or neither. Waypoint uses them to work out each placement’s local authority and its
                distance from home (PL_LA and PL_DISTANCE).
              </div>
              {dataset.postcodeSlots.map((slot) => (
                <FileSlotInput key={slot.name} slot={slot} error={form.message(slot.name)} />
              ))}
            </Fieldset>
          </div>
        )}
        <Button disabled={form.pending}>{form.pending ? 'Uploading…' : 'Upload and check'}</Button>
      </form>
    </AppPage>
  );
}

/** Upload a return: the collection year and the files in their slots; the import page then shows the checks. */
export function UploadPage() {
  const { dataset: id } = useParams({ strict: false }) as { dataset: string };
  const dataset = datasetInfo(id);
  return <DataAccess needsImport>{dataset ? <UploadForm dataset={dataset} /> : <DataNotFound />}</DataAccess>;
}
