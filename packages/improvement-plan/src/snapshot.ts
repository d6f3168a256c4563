import type { IsoDate } from '@waypoint/calendar';
import type { ActionStatus, PlanStatus } from '@waypoint/contracts';

/** A frozen copy of a plan, stored with each plan version. Ids let versions be matched even after renumbering. */
export interface PlanSnapshot {
  plan: { id: string; title: string; status: PlanStatus; accountableOfficer: string };
  areas: Array<{
    id: string;
    reference: string;
    title: string;
    outcome: string;
    leadOfficer: string;
    findingNumbers: number[];
  }>;
  actions: Array<{
    id: string;
    reference: string;
    areaReference: string;
    title: string;
    how: string;
    leadOfficer: string;
    owner: string | null;
    partners: string;
    startDate: IsoDate | null;
    dueDate: IsoDate;
    status: ActionStatus;
    successMeasures: string;
    milestones: Array<{ title: string; dueDate: IsoDate; completedOn: IsoDate | null }>;
    dependsOn: string[];
    findingNumbers: number[];
  }>;
}

type SnapshotAction = PlanSnapshot['actions'][number];
type SnapshotArea = PlanSnapshot['areas'][number];

/** One changed field of an action or area between two versions. */
export interface FieldChange {
  field: string;
  label: string;
  from: string;
  to: string;
}

/** What changed from one plan version to another. */
export interface PlanComparison {
  areas: {
    added: SnapshotArea[];
    removed: SnapshotArea[];
    changed: Array<{ reference: string; title: string; changes: FieldChange[] }>;
  };
  actions: {
    added: SnapshotAction[];
    removed: SnapshotAction[];
    changed: Array<{ reference: string; title: string; changes: FieldChange[] }>;
  };
  /** Actions whose due date moved, a view councillors ask for first. */
  dueDatesMoved: Array<{ reference: string; title: string; from: IsoDate; to: IsoDate }>;
}

const ACTION_FIELDS: ReadonlyArray<[keyof SnapshotAction, string]> = [
  ['reference', 'Reference'],
  ['areaReference', 'Priority area'],
  ['title', 'Action'],
  ['how', 'How'],
  ['leadOfficer', 'Lead officer'],
  ['owner', 'Owner'],
  ['partners', 'Partners'],
  ['startDate', 'Start date'],
  ['dueDate', 'Due date'],
  ['status', 'Status'],
  ['successMeasures', 'Success measures'],
  ['milestones', 'Milestones'],
  ['dependsOn', 'Depends on'],
  ['findingNumbers', 'Findings addressed'],
];

const AREA_FIELDS: ReadonlyArray<[keyof SnapshotArea, string]> = [
  ['reference', 'Reference'],
  ['title', 'Title'],
  ['outcome', 'Outcome'],
  ['leadOfficer', 'Lead officer'],
  ['findingNumbers', 'Findings answered'],
];

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (Array.isArray(value)) {
    if (value.length === 0) return '(none)';
    return value
      .map((v) => (typeof v === 'object' && v !== null && 'title' in v ? `${v.title} (${v.dueDate})` : String(v)))
      .join('; ');
  }
  return String(value);
}

function diffFields<T>(from: T, to: T, fields: ReadonlyArray<[keyof T, string]>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, label] of fields) {
    const a = show(from[field]);
    const b = show(to[field]);
    if (a !== b) changes.push({ field: String(field), label, from: a, to: b });
  }
  return changes;
}

function compareItems<T extends { id: string; reference: string; title: string }>(
  older: readonly T[],
  newer: readonly T[],
  fields: ReadonlyArray<[keyof T, string]>,
) {
  const oldById = new Map(older.map((x) => [x.id, x]));
  const newById = new Map(newer.map((x) => [x.id, x]));
  const added = newer.filter((x) => !oldById.has(x.id));
  const removed = older.filter((x) => !newById.has(x.id));
  const changed = newer.flatMap((x) => {
    const before = oldById.get(x.id);
    if (!before) return [];
    const changes = diffFields(before, x, fields);
    return changes.length > 0 ? [{ reference: x.reference, title: x.title, changes }] : [];
  });
  return { added, removed, changed };
}

const byReference = (a: { reference: string }, b: { reference: string }) =>
  a.reference.localeCompare(b.reference, 'en-GB', { numeric: true });

/** Compares two plan versions: areas and actions added, removed and changed, and due dates that moved. */
export function comparePlanVersions(older: PlanSnapshot, newer: PlanSnapshot): PlanComparison {
  const areas = compareItems(older.areas, newer.areas, AREA_FIELDS);
  const actions = compareItems(older.actions, newer.actions, ACTION_FIELDS);
  const oldById = new Map(older.actions.map((a) => [a.id, a]));
  const dueDatesMoved = newer.actions.flatMap((a) => {
    const before = oldById.get(a.id);
    return before && before.dueDate !== a.dueDate
      ? [{ reference: a.reference, title: a.title, from: before.dueDate, to: a.dueDate }]
      : [];
  });
  return {
    areas: {
      added: areas.added.sort(byReference),
      removed: areas.removed.sort(byReference),
      changed: areas.changed.sort(byReference),
    },
    actions: {
      added: actions.added.sort(byReference),
      removed: actions.removed.sort(byReference),
      changed: actions.changed.sort(byReference),
    },
    dueDatesMoved: dueDatesMoved.sort(byReference),
  };
}
