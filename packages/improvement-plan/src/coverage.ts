/** A finding ("What needs to improve") from an inspection report. */
export interface CoverageFinding {
  id: string;
  number: number;
  text: string;
}

/** Which findings each action addresses. */
export interface CoverageAction {
  id: string;
  reference: string;
  findingIds: readonly string[];
  status: string;
}

/** Findings with the actions that address them, and those no action addresses. */
export interface CoverageReport {
  covered: Array<CoverageFinding & { actionReferences: string[] }>;
  uncovered: CoverageFinding[];
}

/**
 * The plan's coverage check: every finding should be addressed by at least one live action (closed or
 * superseded actions do not count).
 */
export function coverageCheck(
  findings: readonly CoverageFinding[],
  actions: readonly CoverageAction[],
): CoverageReport {
  const byFinding = new Map<string, string[]>();
  for (const action of actions) {
    if (action.status === 'closed-superseded') continue;
    for (const id of action.findingIds) {
      const list = byFinding.get(id);
      if (list) list.push(action.reference);
      else byFinding.set(id, [action.reference]);
    }
  }
  const sorted = [...findings].sort((a, b) => a.number - b.number);
  return {
    covered: sorted
      .filter((f) => byFinding.has(f.id))
      .map((f) => ({
        ...f,
        actionReferences: (byFinding.get(f.id) ?? []).sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true })),
      })),
    uncovered: sorted.filter((f) => !byFinding.has(f.id)),
  };
}
