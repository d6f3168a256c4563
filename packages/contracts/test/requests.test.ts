import { describe, expect, it } from 'vitest';
import { ActionRequest, ActionUpdateRequest, InspectionRequest, PlanUpdateRequest } from '../src/index.ts';

describe('request schemas', () => {
  it('leave out of a partial update every field that was not sent (nothing is blanked by omission)', () => {
    expect(ActionUpdateRequest.parse({ title: 'New title' })).toEqual({ title: 'New title' });
    expect(PlanUpdateRequest.parse({ title: 'Plan' })).toEqual({ title: 'Plan' });
  });

  it('fill defaults when creating an action and reject an impossible date by name', () => {
    expect(ActionRequest.parse({ reference: '1.1', title: 'Do it', dueDate: '2026-08-01' })).toMatchObject({
      how: '',
      ownerUserId: null,
      startDate: null,
    });
    const bad = ActionRequest.safeParse({ reference: '1.1', title: 'Do it', dueDate: '2026-02-30' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ['dueDate'], message: 'Due date must be a real date' });
  });

  it('checks the order of inspection dates', () => {
    const r = InspectionRequest.safeParse({
      type: 'ilacs-standard',
      onSiteStart: '2026-03-20',
      onSiteEnd: '2026-03-09',
    });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['onSiteEnd']);
  });

  it('clears an optional date sent as an empty string', () => {
    expect(ActionUpdateRequest.parse({ startDate: '' })).toEqual({ startDate: null });
  });
});
