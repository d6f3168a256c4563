import type { ReactElement, ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { HtmlAttributes } from '../govuk/shared.ts';
import { htmlToReact } from './html-to-react.ts';
import { type NormaliseOptions, normaliseHtml } from './normalise-html.ts';

/** One entry of a govuk-frontend `fixtures.json`: the Nunjucks macro options and the HTML the macro rendered. */
export interface GovukFixture {
  readonly name: string;
  readonly options: unknown;
  readonly html: string;
}

/** The shape of `node_modules/govuk-frontend/dist/govuk/components/<name>/fixtures.json`. */
export interface GovukFixtureFile {
  readonly component: string;
  readonly fixtures: readonly GovukFixture[];
}

/** Nunjucks `text`/`html` pair. */
export interface NjContent {
  text?: string;
  html?: string;
}

/** Nunjucks `attributes`: a value or `{ value, optional }`. */
export type NjAttributes = Record<string, string | number | boolean | { value?: string | boolean; optional?: boolean }>;

/** Nunjucks rule for `text`/`html` options: `html` wins when non-empty, else `text`; as React nodes. */
export function content(options: NjContent | undefined): ReactNode {
  if (options === undefined) return undefined;
  if (options.html) return htmlToReact(options.html);
  return options.text;
}

/** Like `content` but for a bare string that may hold HTML. */
export function markup(html: string | undefined): ReactNode {
  return html ? htmlToReact(html) : undefined;
}

/** Flattens Nunjucks `attributes` into plain attributes (optional ones dropped when empty). */
export function attrs(attributes: NjAttributes | undefined): HtmlAttributes | undefined {
  if (attributes === undefined) return undefined;
  const out: Record<string, string | number | boolean> = {};
  for (const [name, item] of Object.entries(attributes)) {
    if (typeof item === 'object') {
      if (item.optional && (item.value === undefined || item.value === false || item.value === '')) continue;
      out[name] = item.value === true && item.optional ? '' : String(item.value ?? '');
    } else {
      out[name] = String(item);
    }
  }
  return out;
}

/** Finds a fixture by name; the options are cast to the Nunjucks option type at this parsed boundary. */
export function findFixture<T>(file: GovukFixtureFile, name: string): { options: T; html: string } {
  const fixture = file.fixtures.find((f) => f.name === name);
  if (fixture === undefined) {
    throw new Error(
      `govuk-frontend ${file.component} has no fixture named "${name}" (fixtures.json changed upstream?)`,
    );
  }
  return { options: fixture.options as T, html: fixture.html };
}

/** Options for `describeFixtures`. */
export interface FixtureTestOptions extends NormaliseOptions {
  /** Adjusts the upstream HTML before comparison, for deliberate Waypoint differences (documented per test). */
  readonly expected?: (html: string) => string;
}

/**
 * Declares one test per fixture name: renders the React component from the fixture's options (server-side, as the
 * first paint) and compares normalised HTML with the fixture's `html`.
 */
export function describeFixtures<T>(
  file: GovukFixtureFile,
  names: readonly string[],
  render: (options: T) => ReactElement,
  testOptions: FixtureTestOptions = {},
): void {
  describe(`${file.component} matches govuk-frontend fixtures`, () => {
    for (const name of names) {
      it(name, () => {
        const { options, html } = findFixture<T>(file, name);
        const expectedHtml = testOptions.expected ? testOptions.expected(html) : html;
        const actual = renderToStaticMarkup(render(options));
        expect(normaliseHtml(actual, testOptions)).toBe(normaliseHtml(expectedHtml, testOptions));
      });
    }
  });
}
