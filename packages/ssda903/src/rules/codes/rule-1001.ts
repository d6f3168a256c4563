import type { EpisodeRow } from '../../tables.ts';
import { addYears } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { dayNumber, validDate } from '../shared-400-plus.ts';

interface Stay {
  decom: string | null;
  dec: string | null;
  ls: string;
  rec: string;
}

interface ChildStays {
  stays: Stay[];
  /** The episode with the latest start date, if any has a valid one. */
  latest?: Stay;
}

/**
 * A child's episodes from this year and last year with duplicates removed (one per start date, keeping the
 * earliest end date) and the latest episode, when open, closed at 31 March — as the reference derives them.
 */
function combinedEpisodes(rows: readonly EpisodeRow[], end: string): ChildStays {
  const byStart = new Map<string, Stay>();
  for (const e of rows) {
    const decom = validDate(e.DECOM) ? e.DECOM : null;
    const dec = validDate(e.DEC) ? e.DEC : null;
    const key = decom ?? '';
    const kept = byStart.get(key);
    if (!kept || (dec !== null && (kept.dec === null || dec < kept.dec))) {
      byStart.set(key, { decom, dec, ls: e.LS, rec: e.REC });
    }
  }
  const stays = [...byStart.values()];
  let latest: Stay | undefined;
  for (const s of stays) if (s.decom !== null && (latest === undefined || s.decom > (latest.decom ?? ''))) latest = s;
  if (latest && latest.dec === null) latest.dec = end;
  return { stays, latest };
}

/**
 * 1001 — care leaver information only for relevant or former relevant children: at least 13 weeks (91 days)
 * looked after since the 14th birthday, some of it after the 16th, and not adopted (this year's and last
 * year's episodes; young people aged 20 or over at 31 March are always flagged, as the reference does).
 */
export const rule1001: RuleDefinition = {
  code: '1001',
  message:
    "The episodes recorded for this young person suggest they are not a relevant or a former relevant child and therefore should not have care leaver information completed. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
  severity: 'query',
  tables: ['OC3'],
  fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['Episodes', 'OC3', 'Header'],
  check: (ctx) => {
    const current = ctx.current.Episodes ?? [];
    const previous = ctx.previous?.Episodes ?? [];
    const oc3 = ctx.current.OC3 ?? [];
    const header = ctx.current.Header ?? [];
    if (current.length === 0 || previous.length === 0 || oc3.length === 0 || header.length === 0) return {};
    const end = ctx.collectionEnd;
    const headerByChild = ctx.byChild('Header');
    const nowByChild = ctx.byChild('Episodes');
    const lastByChild = ctx.byChild('Episodes', 'previous');
    // Only care leavers (children in OC3) are assessed.
    const assessed = new Map<string, { stays: ChildStays; after14: number; after16: number; counted: boolean }>();
    for (const o of oc3) {
      if (assessed.has(o.CHILD)) continue;
      const rows = [
        ...(nowByChild.get(o.CHILD) ?? []).map((i) => current[i]!),
        ...(lastByChild.get(o.CHILD) ?? []).map((i) => previous[i]!),
      ];
      const stays = combinedEpisodes(rows, end);
      let dob: string | undefined;
      for (const h of headerByChild.get(o.CHILD) ?? []) {
        const d = header[h]!.DOB;
        if (validDate(d) && addYears(d, 20) > end) {
          dob = d;
          break;
        }
      }
      const result = { stays, after14: 0, after16: 0, counted: false };
      if (dob !== undefined) {
        const dob14 = addYears(dob, 14);
        const dob16 = addYears(dob, 16);
        for (const s of stays.stays) {
          if (s.ls === 'V3' || s.ls === 'V4') continue;
          result.counted = true;
          if (s.dec === null) continue;
          const from14 = s.decom !== null && s.decom > dob14 ? s.decom : dob14;
          const from16 = s.decom !== null && s.decom > dob16 ? s.decom : dob16;
          result.after14 += Math.max(0, dayNumber(s.dec)! - dayNumber(from14)!);
          result.after16 += Math.max(0, dayNumber(s.dec)! - dayNumber(from16)!);
        }
      }
      assessed.set(o.CHILD, result);
    }
    // The reference flags nothing when no young person at all (in OC3 or not) has a countable episode.
    if (![...assessed.values()].some((a) => a.counted)) {
      const youngEnough = (child: string) =>
        (headerByChild.get(child) ?? []).some((h) => {
          const d = header[h]!.DOB;
          return validDate(d) && addYears(d, 20) > end;
        });
      const countable = (e: EpisodeRow) => e.LS !== 'V3' && e.LS !== 'V4' && youngEnough(e.CHILD);
      if (!current.some(countable) && !previous.some(countable)) return { OC3: [] };
    }
    const out: number[] = [];
    oc3.forEach((o, i) => {
      const a = assessed.get(o.CHILD)!;
      const latest = a.stays.latest;
      const adopted = latest !== undefined && (latest.rec === 'E11' || latest.rec === 'E12');
      const relevant = a.counted && a.after14 >= 91 && a.after16 >= 1;
      if (adopted || !relevant) out.push(i);
    });
    return { OC3: out };
  },
  examples: [
    {
      description: 'a care leaver with under 91 days in care after 14, or adopted, is flagged',
      year: 2025,
      current: {
        Header: [
          { CHILD: '1', DOB: '2006-06-01' },
          { CHILD: '2', DOB: '2006-06-01' },
        ],
        Episodes: [
          { CHILD: '1', DECOM: '2022-06-01', DEC: '2022-07-01', LS: 'C2', REC: 'E4A' },
          { CHILD: '2', DECOM: '2020-06-01', DEC: '2023-06-01', LS: 'C2', REC: 'E11' },
        ],
        OC3: [
          { CHILD: '1', IN_TOUCH: 'YES' },
          { CHILD: '2', IN_TOUCH: 'YES' },
        ],
      },
      previous: { Episodes: [{ CHILD: '1', DECOM: '2022-06-01', DEC: '2022-07-01', LS: 'C2', REC: 'E4A' }] },
      expect: { OC3: [0, 1] },
    },
    {
      description: 'a care leaver looked after from 15 to 17 passes',
      year: 2025,
      current: {
        Header: [{ CHILD: '1', DOB: '2006-06-01' }],
        Episodes: [{ CHILD: '1', DECOM: '2021-06-01', DEC: '2023-06-02', LS: 'C2', REC: 'E4A' }],
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }],
      },
      previous: { Episodes: [{ CHILD: '1', DECOM: '2021-06-01', DEC: '', LS: 'C2', REC: '' }] },
      expect: {},
    },
  ],
};
