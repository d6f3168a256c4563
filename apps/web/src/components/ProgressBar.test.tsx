import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgressBar, percentComplete } from './ProgressBar.tsx';

describe('ProgressBar', () => {
  it('labels a native progress element and shows the percentage in text', () => {
    const { getByLabelText, container } = render(
      <ProgressBar label="Validating SSDA903 return" value={120} max={311} status="Validating: 120 of 311 rules" />,
    );
    const bar = getByLabelText('Validating SSDA903 return');
    expect(bar.tagName).toBe('PROGRESS');
    expect(bar.getAttribute('value')).toBe('120');
    expect(bar.getAttribute('max')).toBe('311');
    expect(container.textContent).toContain('38% complete');
  });

  it('announces the status politely and updates it in the same live region', () => {
    const { getByRole, rerender } = render(<ProgressBar label="Import" value={1} max={3} status="Reading file" />);
    const status = getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Reading file');
    rerender(<ProgressBar label="Import" value={2} max={3} status="Validating: 120 of 311 rules" />);
    expect(getByRole('status')).toBe(status);
    expect(status.textContent).toBe('Validating: 120 of 311 rules');
  });

  it('is indeterminate without a max', () => {
    const { getByLabelText, container } = render(<ProgressBar label="Building report" value={0} />);
    expect(getByLabelText('Building report').hasAttribute('value')).toBe(false);
    expect(container.textContent).not.toContain('% complete');
  });

  it('rounds down and clamps percentages', () => {
    expect(percentComplete(311, 311)).toBe(100);
    expect(percentComplete(310, 311)).toBe(99);
    expect(percentComplete(5, 0)).toBe(0);
    expect(percentComplete(400, 311)).toBe(100);
  });
});
