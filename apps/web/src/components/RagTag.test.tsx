import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type RagStatus, RagTag, ragLabels } from './RagTag.tsx';

describe('RagTag', () => {
  const cases: Array<[RagStatus, string]> = [
    ['green', 'On track'],
    ['amber', 'At risk'],
    ['red', 'Off track'],
    ['complete', 'Complete'],
    ['no-data', 'No data'],
    ['not-rated', 'Not rated'],
  ];

  it.each(cases)('shows %s in words ("%s"), not colour alone', (status, words) => {
    const { container } = render(<RagTag status={status} />);
    const tag = container.querySelector('.govuk-tag');
    expect(tag?.textContent).toBe(words);
    expect(ragLabels[status]).toBe(words);
  });

  it('gives each status a distinct colour class as a second channel', () => {
    const classes = cases.map(([status]) => {
      const { container } = render(<RagTag status={status} />);
      return Array.from(container.querySelector('.govuk-tag')?.classList ?? []).find((c) => c.startsWith('app-rag--'));
    });
    expect(new Set(classes).size).toBe(cases.length);
  });

  it('shows an explanation beside the tag', () => {
    const { container } = render(<RagTag status="red" explanation="3.2 points below target" />);
    expect(container.textContent).toBe('Off track 3.2 points below target');
    expect(container.querySelector('.app-rag__explanation')?.textContent).toBe('3.2 points below target');
  });
});
