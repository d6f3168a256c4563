/**
 * The demo plan's measures: which measures each priority area follows, and the targets and trajectories the
 * plan sets (demo scenario §6 and §11). Dates are story dates (demo "today" = 15 July 2026), shifted at seed time.
 */
export interface DemoTarget {
  baseline?: { value: number; date: string };
  trajectory?: Array<{ date: string; value: number }>;
  final: { value: number; date: string };
  note?: string;
}

/** Measures shown with each priority area (by area reference). */
export const DEMO_AREA_MEASURES: Record<string, string[]> = {
  I: ['unregistered-provision', 'assessments-45wd'],
  '1': ['supervision-on-time', 'case-audits-good'],
  '2': ['assessments-45wd', 'assessment-quality-good', 'assessment-child-seen', 're-referrals-12m'],
  '3': [
    'homeless-1617-assessed-in-time',
    'homeless-1617-informed-of-rights',
    'homeless-1617-bnb',
    'homeless-1617-accommodated-s20',
  ],
  '4': ['neglect-drift', 'cp-2-years-plus', 'cp-repeat-plans', 'cp-visits-on-time'],
  '5': ['court-evidence-quality', 'proceedings-26-weeks', 'pre-proceedings-outcomes'],
  '6': [
    'unregistered-provision',
    'under-16-unregulated',
    'foster-households-net',
    'placement-stability-short',
    'placed-20-miles',
  ],
  '7': ['rhi-72h', 'rhi-offered', 'repeat-missing', 'cla-missing', 'missing-incidents-per-child'],
  W: ['sw-agency-rate', 'sw-vacancy-rate', 'sw-turnover', 'sw-caseload', 'cla-3plus-social-workers'],
  V: ['feedback-positive', 'cla-review-participation'],
};

/** Targets the plan sets (the rest of §11's targets are set too, so the scorecard rates them). */
export const DEMO_TARGETS: Record<string, DemoTarget> = {
  'supervision-on-time': {
    baseline: { value: 61, date: '2026-01-31' },
    trajectory: [
      { date: '2026-07-31', value: 80 },
      { date: '2026-09-30', value: 84 },
    ],
    final: { value: 90, date: '2026-12-31' },
  },
  'case-audits-good': {
    baseline: { value: 25, date: '2026-03-31' },
    trajectory: [{ date: '2026-06-30', value: 40 }],
    final: { value: 50, date: '2027-03-31' },
  },
  'assessments-45wd': {
    baseline: { value: 74, date: '2026-03-31' },
    trajectory: [{ date: '2026-07-31', value: 80 }],
    final: { value: 88, date: '2027-03-31' },
  },
  'assessment-quality-good': { baseline: { value: 22, date: '2026-03-31' }, final: { value: 50, date: '2027-03-31' } },
  'assessment-child-seen': { baseline: { value: 93, date: '2026-03-31' }, final: { value: 98, date: '2027-03-31' } },
  're-referrals-12m': { baseline: { value: 26, date: '2026-03-31' }, final: { value: 22, date: '2027-03-31' } },
  'homeless-1617-assessed-in-time': {
    baseline: { value: 45, date: '2026-03-31' },
    final: { value: 90, date: '2027-03-31' },
  },
  'homeless-1617-informed-of-rights': {
    baseline: { value: 55, date: '2026-03-31' },
    final: { value: 100, date: '2027-03-31' },
  },
  'homeless-1617-bnb': { final: { value: 0, date: '2026-09-30' } },
  'neglect-drift': { baseline: { value: 17, date: '2026-03-31' }, final: { value: 0, date: '2026-12-31' } },
  'cp-2-years-plus': { baseline: { value: 4.6, date: '2026-03-31' }, final: { value: 2.5, date: '2027-03-31' } },
  'cp-repeat-plans': { baseline: { value: 29, date: '2026-03-31' }, final: { value: 22, date: '2027-03-31' } },
  'cp-visits-on-time': { baseline: { value: 82, date: '2026-03-31' }, final: { value: 95, date: '2027-03-31' } },
  'court-evidence-quality': { baseline: { value: 42, date: '2026-06-30' }, final: { value: 75, date: '2027-03-31' } },
  'proceedings-26-weeks': { baseline: { value: 36, date: '2026-03-31' }, final: { value: 50, date: '2027-03-31' } },
  'unregistered-provision': { final: { value: 0, date: '2026-09-30' }, note: 'No child in unregistered provision.' },
  'under-16-unregulated': { final: { value: 0, date: '2026-07-31' } },
  'foster-households-net': { trajectory: [{ date: '2026-06-30', value: 3 }], final: { value: 12, date: '2027-03-31' } },
  'placement-stability-short': {
    baseline: { value: 12.5, date: '2026-03-31' },
    final: { value: 10, date: '2027-03-31' },
  },
  'placed-20-miles': { baseline: { value: 24, date: '2026-03-31' }, final: { value: 18, date: '2027-03-31' } },
  'rhi-72h': { baseline: { value: 49, date: '2026-03-31' }, final: { value: 80, date: '2027-03-31' } },
  'rhi-offered': { baseline: { value: 78, date: '2026-03-31' }, final: { value: 100, date: '2027-03-31' } },
  'repeat-missing': { baseline: { value: 14, date: '2026-03-31' }, final: { value: 8, date: '2027-03-31' } },
  'missing-incidents-per-child': { final: { value: 5.5, date: '2027-03-31' } },
  'sw-agency-rate': {
    baseline: { value: 19.7, date: '2025-09-30' },
    trajectory: [{ date: '2026-06-30', value: 17 }],
    final: { value: 12, date: '2027-03-31' },
  },
  'sw-vacancy-rate': {
    baseline: { value: 17.6, date: '2025-09-30' },
    trajectory: [{ date: '2026-06-30', value: 14 }],
    final: { value: 10, date: '2027-03-31' },
  },
  'sw-turnover': { baseline: { value: 19.1, date: '2025-09-30' }, final: { value: 13, date: '2027-03-31' } },
  'sw-caseload': { baseline: { value: 17.6, date: '2025-09-30' }, final: { value: 15, date: '2027-03-31' } },
  'sw-absence-rate': { final: { value: 3.5, date: '2027-03-31' } },
  'cla-3plus-social-workers': { baseline: { value: 31, date: '2026-03-31' }, final: { value: 25, date: '2027-03-31' } },
  'feedback-positive': { baseline: { value: 58, date: '2026-03-31' }, final: { value: 75, date: '2027-03-31' } },
  'cla-review-participation': { baseline: { value: 79, date: '2026-03-31' }, final: { value: 90, date: '2027-03-31' } },
  'contact-decision-1wd': { final: { value: 95, date: '2027-03-31' } },
  'icpc-15wd': { baseline: { value: 71, date: '2026-03-31' }, final: { value: 85, date: '2027-03-31' } },
  'cp-reviews-on-time': { final: { value: 98, date: '2027-03-31' } },
  'cla-reviews-on-time': { final: { value: 98, date: '2027-03-31' } },
  'cla-visits-on-time': { final: { value: 95, date: '2027-03-31' } },
  'cla-health-assessments': { final: { value: 92, date: '2027-03-31' } },
  'adoption-decision-to-match': { final: { value: 10, date: '2027-03-31' } },
  'placement-stability-2yr': { final: { value: 23, date: '2027-03-31' } },
  'placement-stability-long': { final: { value: 69, date: '2027-03-31' } },
  'care-leavers-in-touch': { final: { value: 92, date: '2027-03-31' } },
  'care-leavers-suitable-accommodation': { final: { value: 90, date: '2027-03-31' } },
  'care-leavers-eet': { final: { value: 55, date: '2027-03-31' } },
  'pathway-plans-in-date': { final: { value: 95, date: '2027-03-31' } },
};

/** Success measures linked to actions (action reference → measure ids). */
export const DEMO_ACTION_MEASURES: Record<string, string[]> = {
  '1.1': ['supervision-on-time'],
  '1.3': ['supervision-on-time'],
  '2.1': ['assessments-45wd'],
  '3.1': ['homeless-1617-assessed-in-time'],
  '3.2': ['homeless-1617-informed-of-rights'],
  '3.4': ['homeless-1617-bnb'],
  '4.1': ['neglect-drift'],
  '5.2': ['court-evidence-quality'],
  '6.2': ['unregistered-provision'],
  '6.1': ['foster-households-net'],
  '7.1': ['rhi-72h'],
  '7.2': ['repeat-missing'],
  'W.2': ['sw-agency-rate'],
  'V.3': ['feedback-positive'],
};
