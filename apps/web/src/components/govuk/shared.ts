/** Extra HTML attributes for an element (Nunjucks `attributes`), for example `{ 'data-test': 'x' }`. */
export type HtmlAttributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** Joins class names, skipping empty values (Nunjucks `classes` handling). */
export function cx(...classes: ReadonlyArray<string | false | null | undefined>): string {
  return classes.filter((c): c is string => typeof c === 'string' && c.trim() !== '').join(' ');
}

/** Joins space-separated id lists for `aria-describedby`; undefined when empty. */
export function describedByList(...ids: ReadonlyArray<string | false | null | undefined>): string | undefined {
  const joined = cx(...ids);
  return joined === '' ? undefined : joined;
}
