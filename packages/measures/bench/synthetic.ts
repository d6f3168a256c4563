/**
 * A deterministic synthetic authority for benchmarks: about 2,000 children looked after at any time with
 * 8 years of 903 history, plus CIN, CP, missing, visits, contacts and workforce records at matching scale.
 */
import { addDays, fromEpochDay, toEpochDay } from '@waypoint/calendar';
import type { ClaEpisode, MeasureData } from '../src/index.ts';

/** Seeded pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds the synthetic data set (same output for the same seed). */
export function syntheticAuthority(seed = 42): MeasureData {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const first = toEpochDay('2018-04-01');
  const last = toEpochDay('2026-03-31');
  const day = (d: number) => fromEpochDay(Math.min(d, last));
  const data: Required<
    Pick<
      MeasureData,
      | 'claChildren'
      | 'claEpisodes'
      | 'claReviews'
      | 'claMissing'
      | 'oc2'
      | 'oc3'
      | 'adoptions'
      | 'socialWorkerEpisodes'
      | 'cinReferrals'
      | 'cinAssessments'
      | 'section47s'
      | 'cpPlans'
      | 'cpReviews'
      | 'contacts'
      | 'visits'
      | 'workforce'
      | 'missingEpisodes'
      | 'population0to17'
    >
  > = {
    claChildren: [],
    claEpisodes: [],
    claReviews: [],
    claMissing: [],
    oc2: [],
    oc3: [],
    adoptions: [],
    socialWorkerEpisodes: [],
    cinReferrals: [],
    cinAssessments: [],
    section47s: [],
    cpPlans: [],
    cpReviews: [],
    contacts: [],
    visits: [],
    workforce: [],
    missingEpisodes: [],
    population0to17: Array.from({ length: 10 }, (_, i) => ({ year: 2018 + i, value: 350_000 })),
  };
  // Children looked after: 1,400 already in care in April 2018, then about 800 starters a year.
  let n = 0;
  const addChild = (start: number) => {
    const id = `C${n++}`;
    const age = Math.floor(rnd() * 17);
    const dob = start - age * 365 - Math.floor(rnd() * 365);
    data.claChildren.push({ childId: id, dateOfBirth: fromEpochDay(dob), sex: pick(['M', 'F']), uasc: rnd() < 0.06 });
    const length = Math.floor(200 + rnd() * 1600);
    const end = start + length;
    let s = start;
    let rne = 'S';
    while (s < Math.min(end, last)) {
      const e = Math.min(s + Math.floor(60 + rnd() * 500), end);
      const open = e >= last;
      const episode: ClaEpisode = {
        childId: id,
        start: fromEpochDay(s),
        end: open ? undefined : fromEpochDay(e),
        reasonNewEpisode: rne,
        legalStatus: pick(['C2', 'C2', 'C1', 'V2', 'E1']),
        categoryOfNeed: 'N1',
        placement: pick(['U4', 'U6', 'U1', 'U3', 'K2', 'P1', 'K3', 'A5']),
        placementProvider: pick(['PR1', 'PR4', 'PR5']),
        reasonEnded: open ? undefined : e === end ? pick(['E4A', 'E45', 'E41', 'E11', 'E13', 'E8']) : 'X1',
        distanceMiles: rnd() < 0.1 ? undefined : Math.round(rnd() * 400) / 10,
        placementInArea: rnd() < 0.7,
      };
      data.claEpisodes.push(episode);
      for (let r = s + 20; r < e; r += 150 + Math.floor(rnd() * 60)) {
        data.claReviews.push({
          childId: id,
          date: fromEpochDay(r),
          participation: pick(['PN1', 'PN1', 'PN3', 'PN7', 'PN0']),
        });
      }
      if (rnd() < 0.15)
        data.claMissing.push({ childId: id, type: pick(['M', 'A']), start: day(s + 10), end: day(s + 12) });
      s = e;
      rne = pick(['P', 'L', 'P', 'T', 'U', 'B']);
    }
    for (let w = start - 100; w < Math.min(end, last); w += 200 + Math.floor(rnd() * 200)) {
      data.socialWorkerEpisodes.push({
        childId: id,
        workerId: `SW${Math.floor(rnd() * 400)}`,
        start: fromEpochDay(w),
        end: fromEpochDay(w + 250),
      });
    }
    for (let v = Math.max(start, toEpochDay('2023-01-01')); v < Math.min(end, last); v += 30 + Math.floor(rnd() * 25)) {
      data.visits.push({ childId: id, date: fromEpochDay(v), type: 'CLA', seen: rnd() < 0.95 });
    }
  };
  for (let i = 0; i < 2000; i++) addChild(first - Math.floor(rnd() * 1000));
  for (let d = first; d < last; d += 1) {
    const perDay = 800 / 365;
    for (let k = 0; k < Math.floor(perDay) + (rnd() < perDay % 1 ? 1 : 0); k++) addChild(d);
  }
  for (let year = 2019; year <= 2026; year++) {
    for (let i = 0; i < 1200; i++) {
      data.oc2.push({
        childId: `C${Math.floor(rnd() * n)}`,
        year,
        dateOfBirth: '2012-01-01',
        healthAssessment: rnd() < 0.9,
        teethCheck: rnd() < 0.8,
        immunisations: rnd() < 0.85,
        sdqScore: Math.floor(rnd() * 30),
      });
    }
    for (let i = 0; i < 600; i++) {
      data.oc3.push({
        childId: `C${Math.floor(rnd() * n)}`,
        year,
        dateOfBirth: `${year - 17 - Math.floor(rnd() * 5)}-01-01`,
        inTouch: pick(['YES', 'YES', 'NO', 'NREQ']),
        activity: pick(['F2', 'G5', 'P5']),
        accommodation: pick(['D1', 'B1', 'S2']),
      });
    }
    for (let i = 0; i < 60; i++) {
      const dec = toEpochDay(`${year - 1}-06-01`) + Math.floor(rnd() * 300);
      data.adoptions.push({
        childId: `A${year}-${i}`,
        decisionDate: fromEpochDay(dec),
        matchDate: fromEpochDay(dec + 200 + Math.floor(rnd() * 200)),
        adoptionDate: fromEpochDay(dec + 500),
      });
    }
  }
  // CIN: about 8,000 referrals a year, assessments for most, S47s, CP plans with reviews.
  let p = 0;
  for (let d = first; d < last; d++) {
    for (let k = 0; k < 22; k++) {
      const child = `K${Math.floor(rnd() * 40_000)}`;
      const ref = `R${p++}`;
      const nfa = rnd() < 0.07;
      const closure = d + 30 + Math.floor(rnd() * 400);
      data.cinReferrals.push({
        childId: child,
        referralId: ref,
        referralDate: fromEpochDay(d),
        source: '6',
        primaryNeed: 'N1',
        nfa,
        closureDate: closure < last ? fromEpochDay(closure) : undefined,
        closureReason: closure < last ? pick(['RC7', 'RC8', 'RC9']) : undefined,
      });
      if (nfa) continue;
      const auth = d + 10 + Math.floor(rnd() * 60);
      data.cinAssessments.push({
        childId: child,
        referralId: ref,
        start: fromEpochDay(d + 1),
        authorised: auth < last ? fromEpochDay(auth) : undefined,
        factors: [],
        childSeen: rnd() < 0.9,
      });
      if (rnd() < 0.12) {
        const icpc = d + 10 + Math.floor(rnd() * 20);
        const s47 = {
          childId: child,
          referralId: ref,
          start: fromEpochDay(d + 2),
          icpcDate: undefined as string | undefined,
          icpcNotRequired: false,
        };
        if (rnd() < 0.35 && icpc < last) {
          s47.icpcDate = fromEpochDay(icpc);
          const end = icpc + 100 + Math.floor(rnd() * 500);
          const planId = `P${p}`;
          data.cpPlans.push({
            childId: child,
            planId,
            start: fromEpochDay(icpc),
            end: end < last ? fromEpochDay(end) : undefined,
            initialCategory: pick(['NEG', 'EMO', 'PHY']),
            latestCategory: pick(['NEG', 'EMO']),
            previousPlans: rnd() < 0.25 ? 1 : 0,
          });
          for (let r = icpc + 85; r < Math.min(end, last); r += 170 + Math.floor(rnd() * 30))
            data.cpReviews.push({ childId: child, planId, date: fromEpochDay(r) });
          for (
            let v = Math.max(icpc, toEpochDay('2023-01-01'));
            v < Math.min(end, last);
            v += 10 + Math.floor(rnd() * 8)
          ) {
            data.visits.push({
              childId: child,
              date: fromEpochDay(v),
              type: 'CP',
              seen: rnd() < 0.95,
              seenAlone: rnd() < 0.6,
            });
          }
        }
        data.section47s.push(s47);
      }
    }
  }
  // Local records for the last three years.
  for (let d = toEpochDay('2023-04-01'); d < last; d++) {
    for (let k = 0; k < 90; k++) {
      const minute = Math.floor(rnd() * 1440);
      const at = `${fromEpochDay(d)}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      data.contacts.push({
        contactId: `CT${d}-${k}`,
        receivedAt: at,
        decisionAt: rnd() < 0.95 ? `${addDays(fromEpochDay(d), Math.floor(rnd() * 3))}T12:00` : undefined,
      });
    }
    for (let k = 0; k < 4; k++) {
      data.missingEpisodes.push({
        episodeId: `M${d}-${k}`,
        childId: `C${Math.floor(rnd() * n)}`,
        type: 'M',
        start: `${fromEpochDay(d)}T20:00`,
        end: `${fromEpochDay(d + 1)}T08:00`,
        lookedAfter: rnd() < 0.5,
        rhiOffered: rnd() < 0.85,
        rhiCompletedAt: rnd() < 0.6 ? `${fromEpochDay(d + 3)}T08:00` : undefined,
      });
    }
  }
  for (let m = 0; m < 36; m++) {
    const date = fromEpochDay(
      toEpochDay(`${2023 + Math.floor((m + 3) / 12)}-${String(((m + 3) % 12) + 1).padStart(2, '0')}-01`) - 1,
    );
    for (let w = 0; w < 500; w++) {
      data.workforce.push({
        date,
        workerId: `SW${w}`,
        kind: w < 420 ? 'employee' : w < 480 ? 'agency' : 'vacancy',
        team: `T${w % 12}`,
        fte: 1,
        casesHeld: w % 5 === 0 ? 0 : 15,
        sicknessDays: rnd() < 0.2 ? 2 : 0,
        leaveDate: rnd() < 0.01 ? date : undefined,
      });
    }
  }
  return data;
}
