import type { RuleDefinition } from '../rule.ts';
import { childRows, SHORT_BREAK_STATUSES } from '../shared-200-399.ts';

/**
 * 399 — a child whose episodes are all short breaks (LS V3/V4) must have no MOTHER value and no reviews.
 * Flags all the child's episodes, the Header row, and the reviews concerned (every review row when MOTHER is
 * filled, otherwise those with a review date or participation code).
 */
export const rule399: RuleDefinition = {
  code: '399',
  message:
    'Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.',
  tables: ['Episodes', 'Header', 'Reviews'],
  fields: ['MOTHER', 'LS', 'REVIEW', 'REVIEW_CODE'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Header', 'Reviews'],
  check: (ctx) => {
    const headerRowsOf = childRows(ctx, 'Header');
    const reviewsRows = childRows(ctx, 'Reviews');
    const episodes = ctx.current.Episodes ?? [];
    const header = ctx.current.Header ?? [];
    const reviews = ctx.current.Reviews ?? [];
    const out = { Episodes: [] as number[], Header: [] as number[], Reviews: [] as number[] };
    for (const [child, list] of ctx.byChild('Episodes')) {
      if (!list.every((i) => SHORT_BREAK_STATUSES.has(episodes[i]!.LS))) continue;
      const headerRows = headerRowsOf(child);
      const reviewRows = reviewsRows(child);
      const reviewFilled = reviewRows.filter((r) => reviews[r]!.REVIEW !== '' || reviews[r]!.REVIEW_CODE !== '');
      let any = false;
      for (const h of headerRows) {
        const mother = header[h]!.MOTHER !== '';
        const flaggedReviews = mother ? reviewRows : reviewFilled;
        if (!mother && flaggedReviews.length === 0) continue;
        any = true;
        out.Header.push(h);
        out.Reviews.push(...flaggedReviews);
      }
      if (headerRows.length === 0 && reviewFilled.length > 0) {
        any = true;
        out.Reviews.push(...reviewFilled);
      }
      if (any) out.Episodes.push(...list);
    }
    return out;
  },
  examples: [
    {
      description: 'a short-break child with a review has the episodes, Header and review flagged',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'V4' },
          { CHILD: '1', LS: 'V4' },
        ],
        Header: [{ CHILD: '1', MOTHER: '' }],
        Reviews: [{ CHILD: '1', REVIEW: '2022-12-31', REVIEW_CODE: 'PN1' }],
      },
      expect: { Episodes: [0, 1], Header: [0], Reviews: [0] },
    },
    {
      description: 'a child with a V3 episode and a C2 episode may have reviews and MOTHER',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'V3' },
          { CHILD: '1', LS: 'C2' },
        ],
        Header: [{ CHILD: '1', MOTHER: '1' }],
        Reviews: [{ CHILD: '1', REVIEW: '2022-12-31', REVIEW_CODE: 'PN7' }],
      },
      expect: {},
    },
  ],
};
