import { CinInputError } from '../errors.ts';
import {
  type ChildTableName,
  type ChildTables,
  DATE_COLUMNS,
  emptyChildTables,
  emptyRow,
  type HeaderRow,
} from '../tables.ts';
import type { XmlHandler, XmlTokenizer } from './tokenizer.ts';

/** One child of the return with its rows of every table, ready for validation or import. */
export interface CinChildRecord {
  /** The child's LAchildID (`''` when missing). */
  LAchildID: string;
  /** 1-based line of the child's `<Child>` element. */
  line: number;
  /** This child's rows, in document order. */
  tables: ChildTables;
  /** For each table, the return-wide 0-based row index of this child's first row. */
  rowOffsets: Record<ChildTableName, number>;
}

/** Header years (collection years) whose layout the reader knows: 2012/13 to 2026/27. */
export const KNOWN_SCHEMA_YEARS = { from: 2013, to: 2027 } as const;

enum Kind {
  Document,
  Message,
  Header,
  Collection,
  Source,
  Children,
  Child,
  Identifiers,
  Characteristics,
  Disabilities,
  CinDetails,
  Assessment,
  Factors,
  Plan,
  Section47,
  Cpp,
  Reviews,
  PreProceedings,
  Leaf,
  Ignore,
}

const HEADER_COLLECTION = new Set(['Collection', 'Year', 'ReferenceDate']);
const HEADER_SOURCE = new Set(['SourceLevel', 'LEA', 'SoftwareCode', 'Release', 'SerialNo', 'DateTime']);
const IDENTIFIER_FIELDS = new Set([
  'LAchildID',
  'UPN',
  'FormerUPN',
  'UPNunknown',
  'PersonBirthDate',
  'ExpectedPersonBirthDate',
  'GenderCurrent',
  'Sex',
  'PersonDeathDate',
]);
const CIN_FIELDS = new Set([
  'CINreferralDate',
  'ReferralSource',
  'PrimaryNeedCode',
  'CINclosureDate',
  'ReasonForClosure',
  'DateOfInitialCPC',
  'ReferralNFA',
]);
const ASSESSMENT_FIELDS = new Set([
  'AssessmentActualStartDate',
  'AssessmentInternalReviewDate',
  'AssessmentAuthorisationDate',
]);
const PLAN_FIELDS = new Set(['CINPlanStartDate', 'CINPlanEndDate']);
const S47_FIELDS = new Set(['S47ActualStartDate', 'InitialCPCtarget', 'DateOfInitialCPC', 'ICPCnotRequired']);
const CPP_FIELDS = new Set([
  'CPPstartDate',
  'CPPendDate',
  'InitialCategoryOfAbuse',
  'LatestCategoryOfAbuse',
  'NumberOfPreviousCPP',
]);
const PP_FIELDS = new Set([
  'PPStartDate',
  'LBPSentDate',
  'FGDMMeetingOffer',
  'FGDMMeetingFac',
  'InitialPPMeetingDate',
  'ReviewMeetingsCount',
  'StepDecisionDate',
  'PPOutcome',
  'CourtAppDate',
  'LetterInitCPDate',
]);

/** A flat copy of a string that does not reference the (large) string it was sliced from. */
function ownCopy(value: string): string {
  return ` ${value}`.slice(1);
}

/** An `xs:date` time zone suffix (`Z`, `+01:00`), which is dropped. */
const ZONE = /^(?:Z|[+-]\d{2}:\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when `value` is a real calendar date written YYYY-MM-DD (fast path for millions of dates). */
function isRealIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    year = year * 10 + d;
  }
  const m1 = value.charCodeAt(5) - 48;
  const m2 = value.charCodeAt(6) - 48;
  const d1 = value.charCodeAt(8) - 48;
  const d2 = value.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

type AnyRow = Record<string, string>;

/** What the builder has produced since it was last drained. */
export type CensusEvent = { type: 'header'; header: HeaderRow } | { type: 'child'; child: CinChildRecord };

/**
 * Turns tokenizer events into the census Header and one {@link CinChildRecord} per `<Child>`, numbering
 * episodes, assessments and plans, checking dates, the root element, the schema year and child-id
 * uniqueness. Finished items wait in a queue until the caller drains them, so memory holds one child.
 */
export class CensusBuilder implements XmlHandler {
  private tokenizer!: XmlTokenizer;
  private readonly kinds: Kind[] = [Kind.Document];
  private readonly queue: CensusEvent[] = [];

  private readonly header: HeaderRow = emptyRow('Header');
  private headerSent = false;
  private childrenSeen = false;

  private readonly offsets: Record<ChildTableName, number> = {
    ChildIdentifiers: 0,
    ChildCharacteristics: 0,
    Disabilities: 0,
    CINdetails: 0,
    Assessments: 0,
    AssessmentFactorsList: 0,
    CINplanDates: 0,
    Section47: 0,
    ChildProtectionPlans: 0,
    Reviews: 0,
    PreProceedings: 0,
  };
  /** LAchildID → line of the child that first used it. */
  private readonly childLines = new Map<string, number>();

  private child: CinChildRecord | null = null;
  private cin: AnyRow | null = null;
  private assessment: AnyRow | null = null;
  private assessmentFactorsFrom = 0;
  private cpp: AnyRow | null = null;
  private row: AnyRow | null = null;
  /** Reviews rows before the current `<Reviews>` block (to add an undated review for an empty block). */
  private reviewsFrom = 0;

  private leafRow: AnyRow | null = null;
  private leafColumn = '';
  private leafText = '';

  /** Connects the tokenizer (for line numbers and element paths in messages). */
  attach(tokenizer: XmlTokenizer): void {
    this.tokenizer = tokenizer;
  }

  /** Takes the items finished so far. */
  drain(): CensusEvent[] {
    if (this.queue.length === 0) return [];
    return this.queue.splice(0, this.queue.length);
  }

  /** Call after the tokenizer's `end()`: makes sure the Header has been reported. */
  finish(): void {
    this.sendHeader();
  }

  currentChild(): string | undefined {
    const id = this.child?.tables.ChildIdentifiers[0]?.LAchildID;
    return id ? id : undefined;
  }

  wantsText(): boolean {
    return this.kinds[this.kinds.length - 1] === Kind.Leaf;
  }

  text(text: string): void {
    this.leafText += text;
  }

  open(name: string): void {
    const parent = this.kinds[this.kinds.length - 1]!;
    this.kinds.push(this.enter(parent, name));
  }

  close(_name: string): void {
    const kind = this.kinds.pop()!;
    switch (kind) {
      case Kind.Leaf:
        this.closeLeaf();
        break;
      case Kind.Header:
        this.checkSchemaYear();
        this.sendHeader();
        break;
      case Kind.Child:
        this.closeChild();
        break;
      case Kind.Assessment:
        this.closeAssessment();
        break;
      case Kind.CinDetails:
        this.cin = null;
        break;
      case Kind.Cpp:
        this.cpp = null;
        break;
      case Kind.Reviews:
        if (this.child!.tables.Reviews.length === this.reviewsFrom) {
          this.add('Reviews', { CINdetailsID: this.cpp!.CINdetailsID!, CPPID: this.cpp!.CPPID! });
        }
        break;
      default:
        break;
    }
  }

  private enter(parent: Kind, name: string): Kind {
    switch (parent) {
      case Kind.Document:
        if (name !== 'Message') {
          throw new CinInputError(
            `the root element is <${name}>, expected <Message>: this is not a CIN census file — check you chose the CIN census XML`,
            { line: this.tokenizer.lastOpenLine(), path: name },
          );
        }
        return Kind.Message;
      case Kind.Message:
        if (name === 'Header') {
          if (this.childrenSeen) throw this.fail('the <Header> must come before <Children>');
          return Kind.Header;
        }
        if (name === 'Children') {
          this.childrenSeen = true;
          return Kind.Children;
        }
        return Kind.Ignore;
      case Kind.Header:
        return name === 'CollectionDetails' ? Kind.Collection : name === 'Source' ? Kind.Source : Kind.Ignore;
      case Kind.Collection:
        return HEADER_COLLECTION.has(name) ? this.leaf(this.header, name) : Kind.Ignore;
      case Kind.Source:
        return HEADER_SOURCE.has(name) ? this.leaf(this.header, name) : Kind.Ignore;
      case Kind.Children:
        if (name !== 'Child') return Kind.Ignore;
        this.openChild();
        return Kind.Child;
      case Kind.Child:
        return this.enterChild(name);
      case Kind.Identifiers:
        return IDENTIFIER_FIELDS.has(name) ? this.leaf(this.child!.tables.ChildIdentifiers[0]!, name) : Kind.Ignore;
      case Kind.Characteristics:
        if (name === 'Ethnicity') return this.leaf(this.child!.tables.ChildCharacteristics[0]!, name);
        return name === 'Disabilities' ? Kind.Disabilities : Kind.Ignore;
      case Kind.Disabilities:
        if (name !== 'Disability') return Kind.Ignore;
        return this.leaf(this.add('Disabilities', {}), name);
      case Kind.CinDetails:
        return this.enterCin(name);
      case Kind.Assessment:
        if (ASSESSMENT_FIELDS.has(name)) return this.leaf(this.assessment!, name);
        return name === 'FactorsIdentifiedAtAssessment' ? Kind.Factors : Kind.Ignore;
      case Kind.Factors:
        if (name !== 'AssessmentFactors') return Kind.Ignore;
        return this.leaf(
          this.add('AssessmentFactorsList', {
            CINdetailsID: this.assessment!.CINdetailsID!,
            AssessmentID: this.assessment!.AssessmentID!,
          }),
          'AssessmentFactor',
        );
      case Kind.Plan:
        return PLAN_FIELDS.has(name) ? this.leaf(this.row!, name) : Kind.Ignore;
      case Kind.Section47:
        return S47_FIELDS.has(name) ? this.leaf(this.row!, name) : Kind.Ignore;
      case Kind.Cpp:
        if (CPP_FIELDS.has(name)) return this.leaf(this.cpp!, name);
        if (name !== 'Reviews') return Kind.Ignore;
        this.reviewsFrom = this.child!.tables.Reviews.length;
        return Kind.Reviews;
      case Kind.Reviews:
        if (name !== 'CPPreviewDate') return Kind.Ignore;
        return this.leaf(this.add('Reviews', { CINdetailsID: this.cpp!.CINdetailsID!, CPPID: this.cpp!.CPPID! }), name);
      case Kind.PreProceedings:
        return PP_FIELDS.has(name) ? this.leaf(this.row!, name) : Kind.Ignore;
      default:
        return Kind.Ignore;
    }
  }

  private enterChild(name: string): Kind {
    switch (name) {
      case 'ChildIdentifiers':
        return Kind.Identifiers;
      case 'ChildCharacteristics':
        return Kind.Characteristics;
      case 'CINdetails': {
        const tables = this.child!.tables;
        this.cin = this.add('CINdetails', { CINdetailsID: String(tables.CINdetails.length + 1) });
        return Kind.CinDetails;
      }
      default:
        return Kind.Ignore;
    }
  }

  private enterCin(name: string): Kind {
    if (CIN_FIELDS.has(name)) return this.leaf(this.cin!, name);
    const cin = this.cin!;
    const tables = this.child!.tables;
    const CINdetailsID = cin.CINdetailsID!;
    switch (name) {
      case 'Assessments': {
        let n = 0;
        for (const a of tables.Assessments) if (a.CINdetailsID === CINdetailsID) n++;
        this.assessment = this.add('Assessments', { CINdetailsID, AssessmentID: String(n + 1) });
        this.assessmentFactorsFrom = tables.AssessmentFactorsList.length;
        return Kind.Assessment;
      }
      case 'CINPlanDates':
        this.row = this.add('CINplanDates', { CINdetailsID });
        return Kind.Plan;
      case 'Section47':
        this.row = this.add('Section47', { CINdetailsID });
        return Kind.Section47;
      case 'ChildProtectionPlans': {
        let n = 0;
        for (const p of tables.ChildProtectionPlans) if (p.CINdetailsID === CINdetailsID) n++;
        this.cpp = this.add('ChildProtectionPlans', { CINdetailsID, CPPID: String(n + 1) });
        return Kind.Cpp;
      }
      case 'PreProceedingsandFGDM':
        this.row = this.add('PreProceedings', { CINdetailsID });
        return Kind.PreProceedings;
      default:
        return Kind.Ignore;
    }
  }

  private leaf(row: AnyRow, column: string): Kind {
    this.leafRow = row;
    this.leafColumn = column;
    this.leafText = '';
    return Kind.Leaf;
  }

  private add<T extends ChildTableName>(table: T, ids: Partial<Record<string, string>>): AnyRow {
    const row: AnyRow = Object.assign(emptyRow(table), ids);
    (this.child!.tables[table] as AnyRow[]).push(row);
    return row;
  }

  private closeLeaf(): void {
    const row = this.leafRow!;
    const column = this.leafColumn;
    let value = this.leafText.trim();
    // Long slices would keep the whole input chunk alive (V8 sliced strings); ids and UPNs are kept in maps.
    if (value.length >= 13) value = ownCopy(value);
    this.leafRow = null;
    if (value !== '' && DATE_COLUMNS.has(column)) value = this.checkDate(column, value);
    if (row[column] === '') row[column] = value;
  }

  private checkDate(column: string, value: string): string {
    if (isRealIsoDate(value)) return value;
    const date = value.slice(0, 10);
    if (value.length > 10 && ZONE.test(value.slice(10)) && isRealIsoDate(date)) return date;
    throw new CinInputError(
      `${column} "${value.slice(0, 40)}" is not a date: dates must be real calendar dates written YYYY-MM-DD (e.g. 2024-03-31) — correct it in the case management system and export again`,
      { line: this.tokenizer.lastOpenLine(), path: `${this.tokenizer.path()}/${column}`, child: this.currentChild() },
    );
  }

  private checkSchemaYear(): void {
    const year = this.header.Year;
    if (year === '') return;
    const n = /^\d{4}$/.test(year) ? Number(year) : Number.NaN;
    if (!(n >= KNOWN_SCHEMA_YEARS.from && n <= KNOWN_SCHEMA_YEARS.to)) {
      throw new CinInputError(
        `unknown schema year "${year}" in <Year>: this reader knows the CIN census layouts for collection years ${KNOWN_SCHEMA_YEARS.from}–${KNOWN_SCHEMA_YEARS.to}; check the Header or ask for the new layout to be added`,
        { path: 'Message/Header/CollectionDetails/Year' },
      );
    }
  }

  private sendHeader(): void {
    if (this.headerSent) return;
    this.headerSent = true;
    this.queue.push({ type: 'header', header: this.header });
  }

  private openChild(): void {
    this.sendHeader();
    const tables = emptyChildTables();
    tables.ChildIdentifiers.push(emptyRow('ChildIdentifiers'));
    tables.ChildCharacteristics.push(emptyRow('ChildCharacteristics'));
    this.child = { LAchildID: '', line: this.tokenizer.lastOpenLine(), tables, rowOffsets: { ...this.offsets } };
  }

  private closeChild(): void {
    const child = this.child!;
    const id = child.tables.ChildIdentifiers[0]!.LAchildID;
    child.LAchildID = id;
    if (id !== '') {
      const first = this.childLines.get(id);
      if (first !== undefined) {
        throw new CinInputError(
          `LAchildID "${id}" is used by two children (lines ${first} and ${child.line}); each child must appear once in the return (DfE rule 8510) — merge or renumber them`,
          { line: child.line, path: 'Message/Children/Child/ChildIdentifiers/LAchildID', child: id },
        );
      }
      this.childLines.set(id, child.line);
    }
    for (const table of Object.keys(child.tables) as ChildTableName[]) {
      const rows = child.tables[table] as unknown as AnyRow[];
      for (const row of rows) row.LAchildID = id;
      this.offsets[table] += rows.length;
    }
    this.child = null;
    this.queue.push({ type: 'child', child });
  }

  private closeAssessment(): void {
    const factors = this.child!.tables.AssessmentFactorsList;
    const codes: string[] = [];
    for (let i = this.assessmentFactorsFrom; i < factors.length; i++) codes.push(factors[i]!.AssessmentFactor);
    this.assessment!.AssessmentFactors = codes.join(',');
    this.assessment = null;
  }

  private fail(reason: string): CinInputError {
    return new CinInputError(reason, {
      line: this.tokenizer.lastOpenLine(),
      path: this.tokenizer.path(),
      child: this.currentChild(),
    });
  }
}
