import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeTrend, Sparkline } from './Sparkline.tsx';

describe('Sparkline', () => {
  it('names the trend in words as an image', () => {
    const { getByRole } = render(<Sparkline values={[21, 23, null, 19, 18]} label="Re-referrals (%)" />);
    expect(getByRole('img').getAttribute('aria-label')).toBe('Re-referrals (%): down from 21 to 18');
  });

  it('breaks the line at missing values', () => {
    const { container } = render(<Sparkline values={[1, 2, null, 3, 4]} label="x" />);
    const d = container.querySelector('path')?.getAttribute('d') ?? '';
    expect(d.match(/M/g)?.length).toBe(2);
  });

  it('describes flat, single and empty series', () => {
    expect(describeTrend([5, 5], 'Visits')).toBe('Visits: no change from 5 to 5');
    expect(describeTrend([null, 7], 'Visits')).toBe('Visits: 7');
    expect(describeTrend([null], 'Visits')).toBe('Visits: no data');
    expect(describeTrend([1000, 1500], 'Children', (v) => `${v}`)).toBe('Children: up from 1000 to 1500');
  });
});
