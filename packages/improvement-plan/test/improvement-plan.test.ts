import { englandAndWales } from '@waypoint/calendar';
import { describe, expect, it } from 'vitest';
import {
  comparePlanVersions,
  coverageCheck,
  type DeliveryRagInput,
  deliveryRag,
  type PlanSnapshot,
  statutoryDeadlines,
} from '../src/index.ts';

const base: DeliveryRagInput = {
  status: 'in-progress',
  startDate: '2026-06-01',
  dueDate: '2026-08-01',
  percentComplete: 50,
  lastUpdateDate: '2026-07-10',
  milestones: [],
  override: null,
};

describe('delivery RAG', () => {
  it('is green when progress keeps pace with the dates', () => {
    expect(deliveryRag(base, '2026-07-01').rag).toBe('green');
  });

  it('is red and says by how much when the due date has passed', () => {
    const r = deliveryRag({ ...base, dueDate: '2026-07-10' }, '2026-07-15');
    expect(r.rag).toBe('red');
    expect(r.reasons[0]).toBe('Overdue by 5 days (due 10 July 2026)');
  });

  it('is amber when progress is 20+ points behind the straight line, red at 40+', () => {
    // 46 of 61 days elapsed: 75% expected.
    expect(deliveryRag({ ...base, percentComplete: 50 }, '2026-07-17').reasons).toEqual([
      '50% complete against 75% expected by now',
    ]);
    expect(deliveryRag({ ...base, percentComplete: 50 }, '2026-07-17').rag).toBe('amber');
    expect(deliveryRag({ ...base, percentComplete: 35 }, '2026-07-17').rag).toBe('red');
    expect(deliveryRag({ ...base, percentComplete: 56 }, '2026-07-17').rag).toBe('green');
  });

  it('is amber for an overdue milestone, a late start or stale updates', () => {
    expect(
      deliveryRag(
        { ...base, milestones: [{ title: 'Cohort 2', dueDate: '2026-06-30', completedOn: null }] },
        '2026-07-01',
      ).rag,
    ).toBe('amber');
    expect(
      deliveryRag(
        { ...base, status: 'not-started', percentComplete: 0, startDate: '2026-06-30', dueDate: '2026-12-01' },
        '2026-07-01',
      ).reasons,
    ).toContain('Not started; it was due to start on 30 June 2026');
    expect(deliveryRag({ ...base, lastUpdateDate: '2026-05-01', percentComplete: 60 }, '2026-07-01').reasons).toContain(
      'No progress update for 61 days',
    );
  });

  it('reports complete and closed actions by status, whatever the dates', () => {
    expect(deliveryRag({ ...base, status: 'complete', dueDate: '2026-01-01' }, '2026-07-01').rag).toBe('complete');
    expect(deliveryRag({ ...base, status: 'closed-superseded' }, '2026-07-01').rag).toBe('closed');
  });

  it('lets a manual override win but keeps the computed colour and the reason', () => {
    const r = deliveryRag(
      { ...base, override: { rag: 'amber', reason: 'Venue for cohort 2 not confirmed' } },
      '2026-07-01',
    );
    expect(r).toMatchObject({ rag: 'amber', computed: 'green', overridden: true });
    expect(r.reasons[0]).toBe('Set by hand: Venue for cohort 2 not confirmed');
  });
});

describe('statutory deadlines', () => {
  it('counts 30 and 70 working days from the report for a standard inspection (demo dates)', () => {
    const d = statutoryDeadlines(
      { type: 'ilacs-standard', reportReceived: '2026-05-01', hasPriorityActions: false },
      englandAndWales,
      '2026-07-15',
    );
    expect(d.map((x) => [x.id, x.dueDate, x.state])).toEqual([
      ['publish-report', '2026-06-16', 'passed'],
      ['submit-plan', '2026-08-11', 'upcoming'],
    ]);
    const submit = d.find((x) => x.id === 'submit-plan')!;
    expect(submit.calendarDaysRemaining).toBe(27);
    expect(submit.workingDaysRemaining).toBe(19);
  });

  it('adds the 20-working-day early draft after a focused visit with areas for priority action', () => {
    const d = statutoryDeadlines(
      { type: 'focused-visit', reportReceived: '2026-05-01', hasPriorityActions: true },
      englandAndWales,
      '2026-05-01',
    );
    expect(d.map((x) => x.id)).toEqual(['early-draft', 'submit-plan']);
    expect(d[0]!.dueDate).toBe('2026-06-02'); // 4 and 25 May are bank holidays
  });

  it('has no plan deadline for a focused visit without priority actions, and none before the report arrives', () => {
    expect(
      statutoryDeadlines(
        { type: 'focused-visit', reportReceived: '2026-05-01', hasPriorityActions: false },
        englandAndWales,
        '2026-05-01',
      ),
    ).toEqual([]);
    expect(
      statutoryDeadlines(
        { type: 'ilacs-standard', reportReceived: null, hasPriorityActions: false },
        englandAndWales,
        '2026-05-01',
      ),
    ).toEqual([]);
  });

  it('counts from an overridden anchor date', () => {
    const d = statutoryDeadlines(
      { type: 'ilacs-standard', reportReceived: '2026-05-01', hasPriorityActions: false, anchorOverride: '2026-05-05' },
      englandAndWales,
      '2026-05-05',
    );
    expect(d.find((x) => x.id === 'submit-plan')!.dueDate).toBe('2026-08-12');
  });
});

function snapshot(actions: PlanSnapshot['actions']): PlanSnapshot {
  return {
    plan: { id: 'p', title: 'Plan', status: 'draft', accountableOfficer: 'DCS' },
    areas: [{ id: 'a1', reference: '1', title: 'Supervision', outcome: '', leadOfficer: '', findingNumbers: [1] }],
    actions,
  };
}
const action = (id: string, reference: string, dueDate: string, title = `Action ${reference}`) => ({
  id,
  reference,
  areaReference: '1',
  title,
  how: '',
  leadOfficer: '',
  owner: null,
  partners: '',
  startDate: null,
  dueDate,
  status: 'not-started' as const,
  successMeasures: '',
  milestones: [],
  dependsOn: [],
  findingNumbers: [1],
});

describe('plan version comparison', () => {
  it('lists added, removed and changed actions and moved due dates', () => {
    const older = snapshot([action('x', '1.1', '2026-07-28'), action('y', '1.2', '2026-08-25')]);
    const newer = snapshot([
      action('x', '1.1', '2026-09-30', 'Relaunch supervision policy'),
      action('z', '1.3', '2026-10-01'),
    ]);
    const c = comparePlanVersions(older, newer);
    expect(c.actions.added.map((a) => a.reference)).toEqual(['1.3']);
    expect(c.actions.removed.map((a) => a.reference)).toEqual(['1.2']);
    expect(c.actions.changed).toEqual([
      {
        reference: '1.1',
        title: 'Relaunch supervision policy',
        changes: [
          { field: 'title', label: 'Action', from: 'Action 1.1', to: 'Relaunch supervision policy' },
          { field: 'dueDate', label: 'Due date', from: '2026-07-28', to: '2026-09-30' },
        ],
      },
    ]);
    expect(c.dueDatesMoved).toEqual([
      { reference: '1.1', title: 'Relaunch supervision policy', from: '2026-07-28', to: '2026-09-30' },
    ]);
  });

  it('finds no differences between identical versions', () => {
    const s = snapshot([action('x', '1.1', '2026-07-28')]);
    const c = comparePlanVersions(s, s);
    expect([c.actions.added, c.actions.removed, c.actions.changed, c.areas.changed, c.dueDatesMoved].flat()).toEqual(
      [],
    );
  });
});

describe('coverage check', () => {
  it('lists findings no live action addresses', () => {
    const findings = [
      { id: 'f1', number: 1, text: 'Supervision' },
      { id: 'f2', number: 2, text: 'Assessments' },
      { id: 'f3', number: 3, text: 'Homeless 16/17' },
    ];
    const report = coverageCheck(findings, [
      { id: 'a', reference: '1.2', findingIds: ['f1'], status: 'in-progress' },
      { id: 'b', reference: '1.1', findingIds: ['f1'], status: 'complete' },
      { id: 'c', reference: '3.1', findingIds: ['f3'], status: 'closed-superseded' },
    ]);
    expect(report.uncovered.map((f) => f.number)).toEqual([2, 3]);
    expect(report.covered).toEqual([{ id: 'f1', number: 1, text: 'Supervision', actionReferences: ['1.1', '1.2'] }]);
  });
});
