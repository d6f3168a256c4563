import { z } from 'zod';

/**
 * A text filter as the router hands it over. The router reads search values as JSON, so `?rule=101` arrives as
 * the number 101; it is kept as a number so the address stays `?rule=101` (the router writes a string "101" back
 * as `?rule=%22101%22`). {@link issuesFilters} turns it into text.
 */
const searchText = (max: number) =>
  z
    .union([z.string().trim().min(1).max(max), z.number().refine((n) => String(n).length <= max)])
    .optional()
    .catch(undefined);

/** Filters of the issues list (`/data/imports/$importId/issues?rule=&child=&page=`); bad values are dropped. */
export const issuesSearchSchema = z.object({
  rule: searchText(20),
  child: searchText(40),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});

/** Filters of the issues list as text, ready for the API and for links. */
export interface IssuesSearch {
  rule?: string;
  child?: string;
  page?: number;
}

/** The validated search of the issues route as text filters. */
export function issuesFilters(search: z.infer<typeof issuesSearchSchema>): IssuesSearch {
  const text = (v: string | number | undefined) => (v === undefined ? undefined : String(v));
  return { rule: text(search.rule), child: text(search.child), page: search.page };
}
