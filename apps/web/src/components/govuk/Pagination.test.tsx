import fixtures from 'govuk-frontend/dist/govuk/components/pagination/fixtures.json';
import { attrs, content, describeFixtures, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { Pagination, type PaginationItem, type PaginationLink } from './Pagination.tsx';

interface NjLink extends NjContent {
  href: string;
  labelText?: string;
  attributes?: NjAttributes;
}

interface NjPagination {
  items?: Array<{
    number?: number | string;
    href?: string;
    current?: boolean;
    ellipsis?: boolean;
    visuallyHiddenText?: string;
    attributes?: NjAttributes;
  } | null>;
  previous?: NjLink;
  next?: NjLink;
  landmarkLabel?: string;
  classes?: string;
  attributes?: NjAttributes;
}

function link(l: NjLink | undefined): PaginationLink | undefined {
  return l && { href: l.href, text: content(l), labelText: l.labelText, attributes: attrs(l.attributes) };
}

describeFixtures<NjPagination>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <Pagination
      items={o.items?.flatMap((item): PaginationItem[] => {
        // Upstream skips null and empty items.
        if (!item || Object.keys(item).length === 0) return [];
        if (item.ellipsis) return [{ ellipsis: true }];
        return [
          {
            number: item.number ?? '',
            href: item.href ?? '',
            current: item.current,
            visuallyHiddenText: item.visuallyHiddenText,
            attributes: attrs(item.attributes),
          },
        ];
      })}
      previous={link(o.previous)}
      next={link(o.next)}
      landmarkLabel={o.landmarkLabel}
      className={o.classes}
      attributes={attrs(o.attributes)}
    />
  ),
);
