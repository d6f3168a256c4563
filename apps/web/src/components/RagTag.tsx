import type { ReactNode } from 'react';
import { Tag } from './govuk/Tag.tsx';

/**
 * A RAG status. `green`/`amber`/`red`/`complete`/`closed` are the same values as `DeliveryRag` in
 * `@waypoint/contracts`, so a delivery RAG can be passed as it is; `no-data` and `not-rated` cover measures.
 */
export type RagStatus = 'green' | 'amber' | 'red' | 'complete' | 'closed' | 'no-data' | 'not-rated';

/** The words shown for each status. The words always carry the meaning; colour is a second channel. */
export const ragLabels: Readonly<Record<RagStatus, string>> = {
  green: 'On track',
  amber: 'At risk',
  red: 'Off track',
  complete: 'Complete',
  closed: 'Closed',
  'no-data': 'No data',
  'not-rated': 'Not rated',
};

const ragClasses: Readonly<Record<RagStatus, string>> = {
  green: 'app-rag--on-track',
  amber: 'app-rag--at-risk',
  red: 'app-rag--off-track',
  complete: 'app-rag--complete',
  closed: 'app-rag--no-data',
  'no-data': 'app-rag--no-data',
  'not-rated': 'app-rag--not-rated',
};

/** Props for `RagTag`. */
export interface RagTagProps {
  status: RagStatus;
  /** Why, in words, shown beside the tag: "3.2 points below target". */
  explanation?: ReactNode;
  /** Overrides the words, for example "Off track (manual)"; keep the status word first. */
  label?: string;
}

/** A delivery or measure RAG rating as a GOV.UK tag with words, colour only as a second channel. */
export function RagTag({ status, explanation, label }: RagTagProps) {
  return (
    <span className="app-rag">
      <Tag className={ragClasses[status]} attributes={{ 'data-rag': status }}>
        {label ?? ragLabels[status]}
      </Tag>
      {explanation !== undefined && explanation !== null && explanation !== '' && (
        <>
          {' '}
          <span className="app-rag__explanation">{explanation}</span>
        </>
      )}
    </span>
  );
}
