/**
 * A deterministic synthetic CIN census (no I/O): realistic shape and size (~1.1 KB per child, like the national
 * file's ~800 MB for ~690,000 children), with plausible dates so most rules pass. Used by the benchmarks only.
 */

/** A small deterministic pseudo-random generator (mulberry32). */
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

const DAY = 86_400_000;
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** A UPN with a correct check letter for a 12-digit number. */
function upn(n: number): string {
  const digits = String(n).padStart(12, '0');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (digits.charCodeAt(i) - 48) * (i + 2);
  return CHECK_LETTERS[sum % 23] + digits;
}

/** The date, moved to the following Monday when it falls at a weekend. */
function weekday(ms: number): number {
  const d = new Date(ms).getUTCDay();
  return d === 6 ? ms + 2 * DAY : d === 0 ? ms + DAY : ms;
}
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const FACTORS = [
  '1A',
  '1B',
  '2B',
  '3A',
  '3B',
  '4B',
  '5A',
  '6B',
  '8D',
  '10A',
  '11A',
  '14A',
  '16A',
  '17A',
  '18B',
  '19C',
  '20',
];
const ETHNICITIES = ['WBRI', 'WIRI', 'WOTH', 'MWBC', 'AIND', 'APKN', 'BAFR', 'BCRB', 'CHNE', 'OOTH'];

/** Yields the XML of a return with `children` children, in pieces of roughly `chunkChildren` children. */
export function* syntheticCensus(children: number, chunkChildren = 500, year = 2025): Generator<string> {
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const end = Date.UTC(year, 2, 31);
  const start = Date.UTC(year - 1, 3, 1);
  let out =
    `<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n  <Header>\n    <CollectionDetails>\n      <Collection>CIN</Collection>\n` +
    `      <Year>${year}</Year>\n      <ReferenceDate>${iso(end)}</ReferenceDate>\n    </CollectionDetails>\n    <Source>\n` +
    `      <SourceLevel>L</SourceLevel>\n      <LEA>201</LEA>\n      <SoftwareCode>synthetic</SoftwareCode>\n      <Release>1</Release>\n` +
    `      <SerialNo>001</SerialNo>\n      <DateTime>${iso(end)}T10:00:00</DateTime>\n    </Source>\n  </Header>\n  <Children>\n`;
  for (let c = 0; c < children; c++) {
    const born = end - Math.floor((1 + rnd() * 16) * 365) * DAY;
    const referral = start + Math.floor(rnd() * 300) * DAY;
    const assessmentStart = referral + Math.floor(rnd() * 5) * DAY;
    const authorised = assessmentStart + Math.floor(10 + rnd() * 30) * DAY;
    const closed = rnd() < 0.5;
    const closure = authorised + Math.floor(5 + rnd() * 20) * DAY;
    const factors = [pick(FACTORS), pick(FACTORS)].filter((f, i, a) => a.indexOf(f) === i);
    out +=
      `    <Child>\n      <ChildIdentifiers>\n        <LAchildID>C${String(c).padStart(8, '0')}</LAchildID>\n` +
      `        <UPN>${upn(201000000000 + c)}</UPN>\n        <PersonBirthDate>${iso(born)}</PersonBirthDate>\n` +
      `        <Sex>${rnd() < 0.5 ? 'M' : 'F'}</Sex>\n      </ChildIdentifiers>\n      <ChildCharacteristics>\n` +
      `        <Ethnicity>${pick(ETHNICITIES)}</Ethnicity>\n        <Disabilities>\n          <Disability>NONE</Disability>\n` +
      `        </Disabilities>\n      </ChildCharacteristics>\n      <CINdetails>\n        <CINreferralDate>${iso(referral)}</CINreferralDate>\n` +
      `        <ReferralSource>${pick(['1A', '2A', '3A', '5D', '6'])}</ReferralSource>\n        <PrimaryNeedCode>N${1 + Math.floor(rnd() * 8)}</PrimaryNeedCode>\n` +
      (closed
        ? `        <CINclosureDate>${iso(closure)}</CINclosureDate>\n        <ReasonForClosure>RC7</ReasonForClosure>\n`
        : '') +
      `        <Assessments>\n          <AssessmentActualStartDate>${iso(assessmentStart)}</AssessmentActualStartDate>\n` +
      `          <AssessmentAuthorisationDate>${iso(authorised)}</AssessmentAuthorisationDate>\n          <FactorsIdentifiedAtAssessment>\n` +
      factors.map((f) => `            <AssessmentFactors>${f}</AssessmentFactors>\n`).join('') +
      `          </FactorsIdentifiedAtAssessment>\n        </Assessments>\n` +
      (rnd() < 0.3
        ? `        <Section47>\n          <S47ActualStartDate>${iso(assessmentStart)}</S47ActualStartDate>\n` +
          `          <InitialCPCtarget>${iso(weekday(assessmentStart + 14 * DAY))}</InitialCPCtarget>\n          <ICPCnotRequired>true</ICPCnotRequired>\n` +
          `        </Section47>\n`
        : '') +
      `        <ReferralNFA>false</ReferralNFA>\n      </CINdetails>\n    </Child>\n`;
    if ((c + 1) % chunkChildren === 0) {
      yield out;
      out = '';
    }
  }
  yield `${out}  </Children>\n</Message>\n`;
}
