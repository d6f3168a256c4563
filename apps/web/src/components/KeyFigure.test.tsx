import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeyFigure } from './KeyFigure.tsx';

describe('KeyFigure', () => {
  it('is one link whose text is the number and the label', () => {
    const { getByRole } = render(<KeyFigure value="12" label="actions overdue" href="/plans/actions?overdue" />);
    const link = getByRole('link');
    expect(link.textContent).toBe('12 actions overdue');
    expect(link.getAttribute('href')).toBe('/plans/actions?overdue');
  });

  it('is plain text without a link', () => {
    const { container, queryByRole } = render(<KeyFigure value="1,204" label="children looked after" />);
    expect(queryByRole('link')).toBeNull();
    expect(container.textContent).toBe('1,204 children looked after');
  });
});
