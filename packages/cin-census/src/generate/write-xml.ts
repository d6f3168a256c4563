import type { CensusChild, CensusEpisode } from './project.ts';

/** Collection years written with `<Sex>` (M/F/U) instead of `<GenderCurrent>` (1/2/0): 2024/25 onwards. */
export const FIRST_SEX_YEAR = 2025;

const GENDER_OF_SEX: Readonly<Record<string, string>> = { M: '1', F: '2', U: '0' };

function escapeText(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
}

/** `<Name>value</Name>` on its own line at `indent`, or nothing when the value is absent. */
function element(indent: string, name: string, value: string | undefined): string {
  return value === undefined ? '' : `${indent}<${name}>${escapeText(value)}</${name}>\n`;
}

/**
 * The XML declaration, Header (Collection CIN, Year, ReferenceDate — 31 March unless an in-year census gives its
 * "as at" day — Source with the LEA) and `<Children>`.
 */
export function headerXml(year: number, laNumber: string, referenceDate = `${year}-03-31`): string {
  const sent = referenceDate === `${year}-03-31` ? `${year}-04-20T09:00:00` : `${referenceDate}T18:00:00`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n\t<Header>\n\t\t<CollectionDetails>\n' +
    `\t\t\t<Collection>CIN</Collection>\n\t\t\t<Year>${year}</Year>\n\t\t\t<ReferenceDate>${referenceDate}</ReferenceDate>\n` +
    '\t\t</CollectionDetails>\n\t\t<Source>\n\t\t\t<SourceLevel>L</SourceLevel>\n' +
    `\t\t\t<LEA>${laNumber}</LEA>\n\t\t\t<SoftwareCode>Waypoint census generator</SoftwareCode>\n\t\t\t<Release>1</Release>\n` +
    `\t\t\t<SerialNo>001</SerialNo>\n\t\t\t<DateTime>${sent}</DateTime>\n\t\t</Source>\n\t</Header>\n\t<Children>\n`
  );
}

/** Closes `<Children>` and `<Message>`. */
export const FOOTER_XML = '\t</Children>\n</Message>\n';

/** One `<Child>` in XSD element order, with GenderCurrent or Sex as the collection year requires. */
export function childXml(child: CensusChild, year: number): string {
  const sexElement =
    child.sex === undefined
      ? ''
      : year >= FIRST_SEX_YEAR
        ? element('\t\t\t\t', 'Sex', child.sex)
        : element('\t\t\t\t', 'GenderCurrent', GENDER_OF_SEX[child.sex]);
  let out =
    '\t\t<Child>\n\t\t\t<ChildIdentifiers>\n' +
    element('\t\t\t\t', 'LAchildID', child.id) +
    element('\t\t\t\t', 'UPN', child.upn) +
    element('\t\t\t\t', 'FormerUPN', child.formerUpn) +
    element('\t\t\t\t', 'UPNunknown', child.upnUnknown) +
    element('\t\t\t\t', 'PersonBirthDate', child.birthDate) +
    element('\t\t\t\t', 'ExpectedPersonBirthDate', child.expectedBirthDate) +
    sexElement +
    element('\t\t\t\t', 'PersonDeathDate', child.deathDate) +
    '\t\t\t</ChildIdentifiers>\n\t\t\t<ChildCharacteristics>\n' +
    element('\t\t\t\t', 'Ethnicity', child.ethnicity) +
    '\t\t\t\t<Disabilities>\n';
  for (const d of child.disabilities) out += element('\t\t\t\t\t', 'Disability', d);
  out += '\t\t\t\t</Disabilities>\n\t\t\t</ChildCharacteristics>\n';
  for (const episode of child.episodes) out += episodeXml(episode);
  return `${out}\t\t</Child>\n`;
}

function episodeXml(e: CensusEpisode): string {
  let out =
    '\t\t\t<CINdetails>\n' +
    element('\t\t\t\t', 'CINreferralDate', e.referralDate) +
    element('\t\t\t\t', 'ReferralSource', e.referralSource) +
    element('\t\t\t\t', 'PrimaryNeedCode', e.primaryNeed) +
    element('\t\t\t\t', 'CINclosureDate', e.closureDate) +
    element('\t\t\t\t', 'ReasonForClosure', e.closureReason) +
    element('\t\t\t\t', 'DateOfInitialCPC', e.conferenceDate);
  for (const a of e.assessments) {
    out +=
      '\t\t\t\t<Assessments>\n' +
      element('\t\t\t\t\t', 'AssessmentActualStartDate', a.start) +
      element('\t\t\t\t\t', 'AssessmentInternalReviewDate', a.internalReview) +
      element('\t\t\t\t\t', 'AssessmentAuthorisationDate', a.authorised);
    if (a.factors.length > 0) {
      out += '\t\t\t\t\t<FactorsIdentifiedAtAssessment>\n';
      for (const f of a.factors) out += element('\t\t\t\t\t\t', 'AssessmentFactors', f);
      out += '\t\t\t\t\t</FactorsIdentifiedAtAssessment>\n';
    }
    out += '\t\t\t\t</Assessments>\n';
  }
  for (const p of e.cinPlans) {
    out +=
      '\t\t\t\t<CINPlanDates>\n' +
      element('\t\t\t\t\t', 'CINPlanStartDate', p.start) +
      element('\t\t\t\t\t', 'CINPlanEndDate', p.end) +
      '\t\t\t\t</CINPlanDates>\n';
  }
  for (const s of e.section47s) {
    out +=
      '\t\t\t\t<Section47>\n' +
      element('\t\t\t\t\t', 'S47ActualStartDate', s.start) +
      element('\t\t\t\t\t', 'InitialCPCtarget', s.target) +
      element('\t\t\t\t\t', 'DateOfInitialCPC', s.conference) +
      `\t\t\t\t\t<ICPCnotRequired>${s.notRequired}</ICPCnotRequired>\n` +
      '\t\t\t\t</Section47>\n';
  }
  out += `\t\t\t\t<ReferralNFA>${e.nfa}</ReferralNFA>\n`;
  for (const p of e.cpPlans) {
    out +=
      '\t\t\t\t<ChildProtectionPlans>\n' +
      element('\t\t\t\t\t', 'CPPstartDate', p.start) +
      element('\t\t\t\t\t', 'CPPendDate', p.end) +
      element('\t\t\t\t\t', 'InitialCategoryOfAbuse', p.initialCategory) +
      element('\t\t\t\t\t', 'LatestCategoryOfAbuse', p.latestCategory) +
      element('\t\t\t\t\t', 'NumberOfPreviousCPP', p.previousPlans === null ? undefined : String(p.previousPlans));
    if (p.reviews.length > 0) {
      out += '\t\t\t\t\t<Reviews>\n';
      for (const r of p.reviews) out += element('\t\t\t\t\t\t', 'CPPreviewDate', r);
      out += '\t\t\t\t\t</Reviews>\n';
    }
    out += '\t\t\t\t</ChildProtectionPlans>\n';
  }
  return `${out}\t\t\t</CINdetails>\n`;
}
