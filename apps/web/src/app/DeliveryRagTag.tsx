import { DELIVERY_RAG_LABELS, type DeliveryRag } from '@waypoint/contracts';
import { Tag } from '../components/govuk/Tag.tsx';

const COLOURS: Record<DeliveryRag, 'green' | 'yellow' | 'red' | 'blue' | 'grey'> = {
  green: 'green',
  amber: 'yellow',
  red: 'red',
  complete: 'blue',
  closed: 'grey',
};

/** A delivery RAG as words ("On track", "At risk", "Off track"), with colour only as a second channel. */
export function DeliveryRagTag({ rag, overridden }: { rag: DeliveryRag; overridden?: boolean }) {
  return (
    <Tag colour={COLOURS[rag]}>
      {DELIVERY_RAG_LABELS[rag]}
      {overridden && <span className="govuk-visually-hidden"> (set by hand)</span>}
    </Tag>
  );
}
