import fixtures from 'govuk-frontend/dist/govuk/components/table/fixtures.json';
import { attrs, content, describeFixtures, type NjAttributes } from '../test-utils/fixtures.ts';
import { Table, type TableCell } from './Table.tsx';

interface NjCell {
  text?: string | number;
  html?: string;
  format?: 'numeric';
  colspan?: number;
  rowspan?: number;
  classes?: string;
  attributes?: NjAttributes;
}

interface NjTable {
  caption?: string;
  captionClasses?: string;
  head?: NjCell[];
  rows: Array<NjCell[] | null | false>;
  firstCellIsHeader?: boolean;
  classes?: string;
  attributes?: NjAttributes;
}

function cell(c: NjCell): TableCell {
  return {
    text: content({ text: c.text === undefined ? undefined : String(c.text), html: c.html }),
    format: c.format,
    colspan: c.colspan,
    rowspan: c.rowspan,
    className: c.classes,
    attributes: attrs(c.attributes),
  };
}

describeFixtures<NjTable>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <Table
      caption={o.caption}
      captionClasses={o.captionClasses}
      head={o.head?.map(cell)}
      rows={o.rows.map((row) => (row ? row.map(cell) : null))}
      firstCellIsHeader={o.firstCellIsHeader}
      className={o.classes}
      attributes={attrs(o.attributes)}
    />
  ),
);
