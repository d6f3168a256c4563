import type { Deadline } from '../api/types.ts';
import { SummaryList } from '../components/govuk/SummaryList.tsx';
import { date, plural } from '../lib/format.ts';

/** Statutory deadlines with the days left, in working days and calendar days. */
export function DeadlineList({ deadlines }: { deadlines: readonly Deadline[] }) {
  if (deadlines.length === 0)
    return <p className="govuk-body">No deadlines yet: they are counted once the report has been received.</p>;
  return (
    <SummaryList
      rows={deadlines.map((d) => ({
        key: { text: d.label },
        value: {
          text: (
            <>
              <strong>{date(d.dueDate)}</strong>
              <br />
              {d.state === 'passed'
                ? `Passed ${plural(-d.calendarDaysRemaining, 'day')} ago`
                : d.state === 'due-today'
                  ? 'Due today'
                  : `${plural(d.workingDaysRemaining, 'working day')} left (${plural(d.calendarDaysRemaining, 'calendar day')})`}
              <br />
              <span className="govuk-hint govuk-!-font-size-16">
                {d.workingDays} working days from {date(d.anchor)}. {d.basis}
              </span>
            </>
          ),
        },
      }))}
    />
  );
}
