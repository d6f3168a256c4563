import { describe, expect, it } from 'vitest';
import { normaliseHtml } from './normalise-html.ts';

describe('normaliseHtml', () => {
  it('ignores formatting that does not change meaning', () => {
    const nunjucks = `<button type="submit" class="govuk-button  app-x" disabled data-module="govuk-button">\n  Save\n</button>`;
    const react = `<button class="app-x govuk-button" data-module="govuk-button" disabled="" type="submit">Save</button>`;
    expect(normaliseHtml(react)).toBe(normaliseHtml(nunjucks));
  });

  it('treats entity-encoded and literal text alike, and normalises style declarations', () => {
    expect(normaliseHtml('<p style="white-space: nowrap;">You&#39;ll &amp; me</p>')).toBe(
      normaliseHtml(`<p style="white-space:nowrap">You'll &amp; me</p>`),
    );
  });

  it('still sees different attribute values, missing attributes, text and structure', () => {
    const base = normaliseHtml('<a class="govuk-link" href="/a">Change</a>');
    expect(normaliseHtml('<a class="govuk-link" href="/b">Change</a>')).not.toBe(base);
    expect(normaliseHtml('<a class="govuk-link">Change</a>')).not.toBe(base);
    expect(normaliseHtml('<a class="govuk-link" href="/a">Edit</a>')).not.toBe(base);
    expect(normaliseHtml('<a class="govuk-link" href="/a"><span>Change</span></a>')).not.toBe(base);
    expect(normaliseHtml('<a class="govuk-link govuk-link--inverse" href="/a">Change</a>')).not.toBe(base);
  });

  it('drops only the attributes it is told to ignore', () => {
    const a = '<select><option value="1" selected>One</option></select>';
    const b = '<select><option value="1">One</option></select>';
    expect(normaliseHtml(a)).not.toBe(normaliseHtml(b));
    expect(normaliseHtml(a, { ignoreAttributes: ['option[selected]'] })).toBe(
      normaliseHtml(b, { ignoreAttributes: ['option[selected]'] }),
    );
  });
});
