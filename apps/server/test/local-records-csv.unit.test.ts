/**
 * Local records CSV: every type's demo records survive write → read unchanged (so every property has a column), the
 * layouts have no dead columns, and bad files are refused with the line, the column and what to do.
 */
import type { CswwSummary, WorkforceSnapshot } from '@waypoint/measures';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_RECORD_LAYOUTS } from '../src/modules/local-records/layouts.ts';
import {
  type LocalRecordProblem,
  LocalRecordsCsvError,
  localRecordsTemplate,
  readLocalRecordsCsv,
  writeLocalRecordsCsv,
} from '../src/modules/local-records/local-records-csv.ts';
import { LOCAL_RECORD_TYPES, type LocalRecordType } from '../src/modules/measures/measure-data.repository.ts';
import {
  demoTeamsForMeasures,
  generateAllocations,
  generateAssessmentDetails,
  generateLocalRecords,
  populationFromMeasureData,
  STORY_TODAY,
  sampleStatutoryData,
} from '../src/seed/local-records/index.ts';

/** CSWW census totals at each 30 September of the generated workforce snapshots (the demo has no CSWW generator). */
function cswwFromWorkforce(rows: readonly WorkforceSnapshot[]): CswwSummary[] {
  const round = (n: number) => Math.round(n * 10) / 10;
  const fte = (list: readonly WorkforceSnapshot[]) => round(list.reduce((s, r) => s + r.fte, 0));
  const years = [...new Set(rows.filter((r) => r.date.endsWith('-09-30')).map((r) => Number(r.date.slice(0, 4))))];
  return years.map((year) => {
    const at = rows.filter((r) => r.date === `${year}-09-30`);
    const inYear = rows.filter((r) => r.date > `${year - 1}-09-30` && r.date <= `${year}-09-30`);
    const caseHolders = at.filter((r) => r.kind !== 'vacancy' && r.role === 'case-holder');
    return {
      year,
      inPostFte: fte(at.filter((r) => r.kind === 'employee')),
      leaversFte: fte(inYear.filter((r) => r.kind === 'employee' && r.leaveDate)),
      agencyFte: fte(at.filter((r) => r.kind === 'agency')),
      vacancyFte: fte(at.filter((r) => r.kind === 'vacancy')),
      caseHoldersFte: fte(caseHolders),
      cases: caseHolders.reduce((s, r) => s + (r.casesHeld ?? 0), 0),
      workingDaysLost: round(inYear.reduce((s, r) => s + (r.sicknessDays ?? 0), 0)),
    };
  });
}

let generated: Record<LocalRecordType, readonly object[]>;

beforeAll(() => {
  const population = populationFromMeasureData(sampleStatutoryData({ today: STORY_TODAY, seed: 11 }));
  const options = { today: STORY_TODAY, seed: 20260715 };
  const local = generateLocalRecords(population, options);
  generated = {
    ...local,
    csww: cswwFromWorkforce(local.workforce),
    teams: demoTeamsForMeasures(),
    assessmentDetails: generateAssessmentDetails(population, options),
    allocations: generateAllocations(population, options),
  };
});

/** The problems a file is refused with (failing the test when it is accepted). */
function problemsOf(type: LocalRecordType, text: string, file = 'upload.csv'): LocalRecordProblem[] {
  try {
    readLocalRecordsCsv(type, file, text);
  } catch (error) {
    if (!(error instanceof LocalRecordsCsvError)) throw error;
    expect(error.file).toBe(file);
    expect(error.message).toContain(file);
    return error.problems;
  }
  throw new Error(`${file} was accepted but should have been refused`);
}

const read = (type: LocalRecordType, text: string) => readLocalRecordsCsv(type, 'upload.csv', text).records;

const SUPERVISION = 'worker_id,supervisor_id,date,type,oversight_on_file';

describe('layouts', () => {
  it('has one layout for each of the 18 local record types, under its own name', () => {
    expect(Object.keys(LOCAL_RECORD_LAYOUTS).sort()).toEqual([...LOCAL_RECORD_TYPES].sort());
    expect(LOCAL_RECORD_TYPES).toHaveLength(18);
    for (const type of LOCAL_RECORD_TYPES) expect(LOCAL_RECORD_LAYOUTS[type].type).toBe(type);
  });

  it('names every column with the snake_case of its field, once', () => {
    for (const layout of Object.values(LOCAL_RECORD_LAYOUTS)) {
      for (const c of layout.columns) {
        expect(c.column, `${layout.type}.${c.field}`).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
        expect(c.column.replace(/_/g, ''), `${layout.type}.${c.field}`).toBe(c.field.toLowerCase());
        expect(c.description.length, `${layout.type}.${c.field}`).toBeGreaterThan(5);
      }
      expect(new Set(layout.columns.map((c) => c.column)).size).toBe(layout.columns.length);
    }
    const columns = (type: LocalRecordType) => LOCAL_RECORD_LAYOUTS[type].columns.map((c) => c.column);
    expect(columns('contacts')).toEqual(['contact_id', 'child_id', 'received_at', 'source', 'decision_at', 'outcome']);
    expect(columns('ploCases')).toContain('child_ids');
    expect(columns('careLeavers')).toContain('pathway_plan_reviews');
    expect(columns('csww')).toContain('in_post_fte');
  });

  it('has key and date fields that are columns of their type', () => {
    for (const layout of Object.values(LOCAL_RECORD_LAYOUTS)) {
      const fields = layout.columns.map((c) => c.field);
      if (layout.keyField) expect(fields, layout.type).toContain(layout.keyField);
      if (layout.dateField) expect(fields, layout.type).toContain(layout.dateField);
    }
    expect(LOCAL_RECORD_LAYOUTS.caseAudits.keyField).toBe('auditId');
    expect(LOCAL_RECORD_LAYOUTS.contacts.dateField).toBe('receivedAt');
    expect(LOCAL_RECORD_LAYOUTS.visits.keyField).toBeUndefined();
  });

  it('gives a template of just the header row', () => {
    expect(localRecordsTemplate('supervision')).toBe(`${SUPERVISION}\r\n`);
    expect(localRecordsTemplate('allocations')).toBe('allocation_id,child_id,team,from,to\r\n');
    expect(read('supervision', localRecordsTemplate('supervision'))).toEqual([]);
  });
});

describe('the demo records of every type', () => {
  it.each(LOCAL_RECORD_TYPES)('%s: survive write → read unchanged', (type) => {
    const records = generated[type];
    expect(records.length, `no ${type} records were generated`).toBeGreaterThan(0);
    const csv = writeLocalRecordsCsv(type, records);
    expect(csv.split('\r\n')).toHaveLength(records.length + 2);
    expect(readLocalRecordsCsv(type, `${type}.csv`, csv).records).toStrictEqual(records);
  });

  it.each(LOCAL_RECORD_TYPES)('%s: every column is used and every property has a column', (type) => {
    const layout = LOCAL_RECORD_LAYOUTS[type];
    const properties = new Set(generated[type].flatMap((r) => Object.keys(r)));
    expect(layout.columns.map((c) => c.field).sort()).toEqual([...properties].sort());
    for (const c of layout.columns.filter((c) => c.required))
      expect(
        generated[type].every((r) => c.field in r),
        `${type}.${c.field} is required`,
      ).toBe(true);
  });
});

describe('writeLocalRecordsCsv', () => {
  it('quotes commas, quotes and line breaks, ends lines with CRLF and leaves = + - @ alone', () => {
    const csv = writeLocalRecordsCsv('feedback', [
      { feedbackId: 'F1', date: '2026-01-05', respondent: 'child', service: 'a, b', positive: true },
      { feedbackId: 'F2', date: '2026-01-06', respondent: 'carer', service: 'say "hi"\nthen go', positive: false },
      { feedbackId: '=SUM(A1)', date: '2026-01-07', respondent: 'other', service: '+44 -1 @x', positive: true },
    ]);
    expect(csv).toBe(
      'feedback_id,date,respondent,service,positive\r\n' +
        'F1,2026-01-05,child,"a, b",yes\r\n' +
        'F2,2026-01-06,carer,"say ""hi""\nthen go",no\r\n' +
        '=SUM(A1),2026-01-07,other,+44 -1 @x,yes\r\n',
    );
    expect(read('feedback', csv).map((r) => r.service)).toEqual(['a, b', 'say "hi"\nthen go', '+44 -1 @x']);
  });

  it('writes lists, audit actions and status changes with ; and leaves absent values blank', () => {
    const audit = writeLocalRecordsCsv('caseAudits', [
      {
        auditId: 'A1',
        date: '2026-01-05',
        theme: 'cp',
        grade: 'good',
        actions: [{ dueDate: '2026-01-05', completedDate: '2026-01-20' }, { dueDate: '2026-02-01' }],
      },
    ]);
    expect(audit.split('\r\n')[1]).toBe('A1,,,,2026-01-05,cp,good,,2026-01-05/2026-01-20;2026-02-01/');
    const placement = writeLocalRecordsCsv('placementRegister', [
      {
        placementId: 'P1',
        childId: 'C1',
        start: '2026-01-01',
        registrationStatus: 'registered',
        statusChanges: [
          { date: '2026-03-01', status: 'unregistered' },
          { date: '2026-04-02', status: 'registered' },
        ],
      },
    ]);
    expect(placement.split('\r\n')[1]).toBe(
      'P1,C1,,,,2026-01-01,,registered,2026-03-01 unregistered;2026-04-02 registered,,',
    );
  });
});

describe('readLocalRecordsCsv reads', () => {
  it('a file with a BOM and CRLF line ends', () => {
    const text = `\uFEFF${SUPERVISION}\r\nSW1,SW9,2026-01-05,formal,yes\r\nSW2,,2026-01-06,group,no\r\n`;
    expect(read('supervision', text)).toStrictEqual([
      { workerId: 'SW1', supervisorId: 'SW9', date: '2026-01-05', type: 'formal', oversightOnFile: true },
      { workerId: 'SW2', date: '2026-01-06', type: 'group', oversightOnFile: false },
    ]);
  });

  it('a header with no rows as no records (it clears the type), with or without a line end', () => {
    expect(read('supervision', `${SUPERVISION}\n`)).toEqual([]);
    expect(read('supervision', SUPERVISION)).toEqual([]);
    expect(read('supervision', `\uFEFF${SUPERVISION}\r\n\r\n`)).toEqual([]);
  });

  it('quoted commas, doubled quotes and line breaks inside quotes, keeping later line numbers right', () => {
    const text =
      'feedback_id,date,respondent,service,positive\n' +
      'F1,2026-01-05,child,"family help, east",yes\n' +
      'F2,2026-01-06,parent,"first line\r\nsecond ""quoted"" line",no\n' +
      'F3,2026-01-07,child,x,perhaps\n';
    const problems = problemsOf('feedback', text);
    expect(problems).toEqual([
      { line: 5, column: 'positive', message: 'positive “perhaps” is not yes or no: write yes or no.' },
    ]);
    const records = read('feedback', text.replace('perhaps', 'no'));
    expect(records.map((r) => r.service)).toEqual(['family help, east', 'first line\nsecond "quoted" line', 'x']);
  });

  it('columns in any order and any case, trimmed values, blank lines and trailing empty columns', () => {
    const text =
      ' Type , DATE,worker_id,,\n\n' + ' reflective , 2026-02-03 ,  SW7 ,,\n' + ',,,,\n' + 'Formal,2026-02-04,SW8\n';
    expect(read('supervision', text)).toStrictEqual([
      { workerId: 'SW7', date: '2026-02-03', type: 'reflective' },
      { workerId: 'SW8', date: '2026-02-04', type: 'formal' },
    ]);
  });

  it('leaves optional blank cells out of the record', () => {
    const [record] = read('supervision', `${SUPERVISION}\nSW1,,2026-01-05,formal,\n`);
    expect(record).toStrictEqual({ workerId: 'SW1', date: '2026-01-05', type: 'formal' });
    expect(Object.hasOwn(record!, 'supervisorId')).toBe(false);
    expect(Object.hasOwn(record!, 'oversightOnFile')).toBe(false);
  });

  it('yes/no/true/false/y/n/1/0 in any case as booleans', () => {
    const rows = ['YES', 'no', 'True', 'FALSE', 'y', 'N', '1', '0'].map((b, i) => `C${i},2026-01-05,CP,${b}`);
    const records = read('visits', `child_id,date,type,seen\n${rows.join('\n')}\n`);
    expect(records.map((r) => r.seen)).toEqual([true, false, true, false, true, false, true, false]);
  });

  it('date-times in ISO forms as UK clock time YYYY-MM-DDThh:mm', () => {
    const values = [
      '2026-03-02T21:00:00Z',
      '2026-03-02T21:00',
      '2026-03-02 21:00',
      '2026-07-02T20:15:00Z',
      '2026-07-02T21:15:00+01:00',
      '2026-03-02T21:00:30',
      '2026-03-29T00:30Z',
      '2026-03-29T01:30Z',
    ];
    const rows = values.map((v, i) => `CT${i},${v}`);
    const records = read('contacts', `contact_id,received_at\n${rows.join('\n')}\n`);
    expect(records.map((r) => r.receivedAt)).toEqual([
      '2026-03-02T21:00',
      '2026-03-02T21:00',
      '2026-03-02T21:00',
      '2026-07-02T21:15',
      '2026-07-02T21:15',
      '2026-03-02T21:00:30',
      '2026-03-29T00:30',
      '2026-03-29T02:30',
    ]);
  });

  it('numbers, lists, audit actions and status changes', () => {
    const [w] = read('workforce', 'date,worker_id,kind,fte,cases_held\n2026-06-30,SW1,employee,0.5,12\n');
    expect(w).toStrictEqual({ date: '2026-06-30', workerId: 'SW1', kind: 'employee', fte: 0.5, casesHeld: 12 });
    const [plo] = read('ploCases', 'case_id,child_ids\nPLO1, KF1 ; KF2 ;\n');
    expect(plo).toStrictEqual({ caseId: 'PLO1', childIds: ['KF1', 'KF2'] });
    const [leaver] = read(
      'careLeavers',
      'child_id,date_of_birth,eligibility,eligible_from,pathway_plan_reviews\nKF1,2008-01-01,relevant,2026-01-01,\n',
    );
    expect(leaver).toStrictEqual({
      childId: 'KF1',
      dateOfBirth: '2008-01-01',
      eligibility: 'relevant',
      eligibleFrom: '2026-01-01',
      pathwayPlanReviews: [],
    });
    const [audit] = read(
      'caseAudits',
      'audit_id,date,theme,grade,actions\nA1,2026-01-05,cp,Good,2026-01-05/2026-01-20; 2026-02-01/ ;2026-03-01\n',
    );
    expect(audit).toStrictEqual({
      auditId: 'A1',
      date: '2026-01-05',
      theme: 'cp',
      grade: 'good',
      actions: [
        { dueDate: '2026-01-05', completedDate: '2026-01-20' },
        { dueDate: '2026-02-01' },
        { dueDate: '2026-03-01' },
      ],
    });
    const [placement] = read(
      'placementRegister',
      'placement_id,child_id,start,registration_status,status_changes\nP1,C1,2026-01-01,registered,2026-03-01 Unregistered;2026-04-02 registered\n',
    );
    expect(placement!.statusChanges).toEqual([
      { date: '2026-03-01', status: 'unregistered' },
      { date: '2026-04-02', status: 'registered' },
    ]);
  });
});

describe('readLocalRecordsCsv refuses', () => {
  it('a file without a required column, naming every missing column on line 1', () => {
    expect(problemsOf('visits', 'date,type,seen\n2026-01-05,CP,yes\n')).toEqual([
      {
        line: 1,
        column: 'child_id',
        message:
          'The file has no column child_id. Add it to the header row (line 1): every visit needs one. The template lists every column.',
      },
    ]);
    const [problem] = problemsOf('supervision', 'supervisor_id,type\nSW1,formal\n');
    expect(problem).toMatchObject({ line: 1, column: 'worker_id, date' });
    expect(problem!.message).toContain('The file has no columns worker_id, date.');
  });

  it('an unknown column, listing the expected ones', () => {
    expect(problemsOf('supervision', `${SUPERVISION},colour\nSW1,,2026-01-05,formal,,red\n`)).toEqual([
      {
        line: 1,
        column: 'colour',
        message:
          'The file has a column colour that supervision records do not have: rename or remove it. The columns are worker_id, supervisor_id, date, type, oversight_on_file.',
      },
    ]);
  });

  it('a column named twice in the header', () => {
    expect(problemsOf('supervision', `${SUPERVISION},DATE\n`)).toEqual([
      { line: 1, column: 'date', message: 'The header has date twice (columns 3 and 6): keep one of them.' },
    ]);
  });

  it('a date that is not YYYY-MM-DD, and an impossible date', () => {
    const text = `${SUPERVISION}\nSW1,,2026-01-05,formal,\nSW1,,31/02/2026,formal,\nSW1,,2026-02-30,formal,\n`;
    expect(problemsOf('supervision', text)).toEqual([
      { line: 3, column: 'date', message: 'date “31/02/2026” is not a date: write dates as YYYY-MM-DD.' },
      {
        line: 4,
        column: 'date',
        message: 'date “2026-02-30” is not a real date (there is no such day): check it, writing dates as YYYY-MM-DD.',
      },
    ]);
  });

  it('a value that is not one of the allowed values, listing them', () => {
    expect(problemsOf('supervision', `${SUPERVISION}\nSW1,,2026-01-05,weekly,\n`)).toEqual([
      {
        line: 2,
        column: 'type',
        message: 'type “weekly” is not one of the allowed values: write formal, reflective or group.',
      },
    ]);
  });

  it('a boolean that is not yes or no', () => {
    expect(problemsOf('supervision', `${SUPERVISION}\nSW1,,2026-01-05,formal,maybe\n`)).toEqual([
      { line: 2, column: 'oversight_on_file', message: 'oversight_on_file “maybe” is not yes or no: write yes or no.' },
    ]);
  });

  it('a whole number with a fraction, and a number that is not one', () => {
    const text = 'date,worker_id,kind,fte,cases_held\n2026-06-30,SW1,employee,1,2.5\n2026-06-30,SW2,agency,half,3\n';
    expect(problemsOf('workforce', text)).toEqual([
      {
        line: 2,
        column: 'cases_held',
        message: 'cases_held “2.5” is not a whole number: write a whole number in digits, e.g. 12.',
      },
      { line: 3, column: 'fte', message: 'fte “half” is not a number: write it in digits, e.g. 0.5 or 12.' },
    ]);
  });

  it('a blank required cell', () => {
    expect(problemsOf('visits', 'child_id,date,type,seen\n,2026-01-05,CP,yes\n')).toEqual([
      {
        line: 2,
        column: 'child_id',
        message: 'child_id is blank: every visit needs one. Fill it in or remove the line.',
      },
    ]);
  });

  it('a date-time, list item, audit action or status change that cannot be read', () => {
    const contacts = problemsOf('contacts', 'contact_id,received_at\nCT1,02/03/2026 21:00\nCT2,2026-03-02T25:00\n');
    expect(contacts.map((p) => [p.line, p.column])).toEqual([
      [2, 'received_at'],
      [3, 'received_at'],
    ]);
    expect(contacts[0]!.message).toBe(
      'received_at “02/03/2026 21:00” is not a date and time: write it as YYYY-MM-DDThh:mm (UK time), e.g. 2026-03-02T21:00.',
    );
    const leavers = problemsOf(
      'careLeavers',
      'child_id,date_of_birth,eligibility,eligible_from,pathway_plan_reviews\nKF1,2008-01-01,relevant,2026-01-01,2026-02-01;2026-13-01\n',
    );
    expect(leavers).toEqual([
      {
        line: 2,
        column: 'pathway_plan_reviews',
        message:
          'pathway_plan_reviews has “2026-13-01”, which is not a date: write dates as YYYY-MM-DD, separated by ;.',
      },
    ]);
    const audits = problemsOf(
      'caseAudits',
      'audit_id,date,theme,grade,actions\nA1,2026-01-05,cp,good,soon/2026-01-20\n',
    );
    expect(audits[0]).toMatchObject({ line: 2, column: 'actions' });
    expect(audits[0]!.message).toContain('“soon/2026-01-20”, which is not an action');
    const placements = problemsOf(
      'placementRegister',
      'placement_id,child_id,start,registration_status,status_changes\nP1,C1,2026-01-01,registered,2026-03-01 closed\n',
    );
    expect(placements[0]).toMatchObject({ line: 2, column: 'status_changes' });
    expect(placements[0]!.message).toContain('registered, registered-sa, unregistered or exempt');
  });

  it('a repeated id, on the later line naming the earlier one', () => {
    const text =
      'audit_id,date,theme,grade\nA1,2026-01-05,cp,good\nA2,2026-01-06,cp,good\n\nA1,2026-01-07,cla,inadequate\n';
    expect(problemsOf('caseAudits', text)).toEqual([
      {
        line: 5,
        column: 'audit_id',
        message: 'audit_id “A1” is also on line 2: each case audit needs its own audit_id.',
      },
    ]);
  });

  it('a line with more values than the header has columns', () => {
    expect(
      problemsOf('supervision', `${SUPERVISION}\nSW1,,2026-01-05,formal,yes\nSW2,SW9,2026-01-05,formal,yes,extra\n`),
    ).toEqual([
      {
        line: 3,
        message:
          'This line has 6 values but the header has 5 columns: put double quotes around any value that contains a comma.',
      },
    ]);
  });

  it('an empty file, with no header', () => {
    for (const text of ['', '\uFEFF', '\r\n\r\n', ' , \n']) {
      const problems = problemsOf('supervision', text);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.line).toBe(1);
      expect(problems[0]!.message).toContain('The file is empty: it needs a header row naming the columns');
    }
  });

  it('a quoted value that is never closed', () => {
    expect(
      problemsOf('feedback', 'feedback_id,date,respondent,service,positive\nF1,2026-01-05,child,"oops,yes\n'),
    ).toEqual([
      {
        line: 2,
        message:
          'A value on this line starts with a double quote that is never closed: add the closing quote (and write any quote inside the value twice).',
      },
    ]);
  });

  it('with every problem up to 50, and never part of the file', () => {
    const rows = Array.from({ length: 120 }, (_, i) => `SW${i},,2026-01-${i % 2 === 0 ? '05' : '5'},formal,`);
    const problems = problemsOf('supervision', `${SUPERVISION}\n${rows.join('\n')}\n`);
    expect(problems).toHaveLength(50);
    expect(problems[0]).toMatchObject({ line: 3, column: 'date' });
    expect(problems[49]).toMatchObject({ line: 101, column: 'date' });
  });
});
