/**
 * Projects child stories onto one collection year's return: the rows of each SSDA903 table (values in the DfE
 * column order, ISO dates), then CSV files. Anything that ends after the year is shown as still open; a child
 * is in the return when an episode overlaps the year or care leaver (OC3) information is due that year.
 */
import type { SourceFile } from '../read/source-file.ts';
import { DATE_COLUMNS, TABLE_COLUMNS, type TableName } from '../tables.ts';
import { csvLine } from './csv.ts';
import { birthday, day, iso, ukDate } from './days.ts';
import type { ChildStory, StoryEpisode } from './story.ts';

/** Rows of each table of one year's return: values in `TABLE_COLUMNS` order, dates ISO. */
export type YearRows = Partial<Record<TableName, string[][]>>;

/** The tables a return for the collection year carries (SWEpisodes from 2023/24, DoLo from 2026/27). */
function tablesForYear(year: number): TableName[] {
  return (Object.keys(TABLE_COLUMNS) as TableName[]).filter(
    (t) => (t !== 'SWEpisodes' || year >= 2024) && (t !== 'DoLo' || year >= 2027),
  );
}

/** File name of each table, as in the public fake return. */
const TABLE_FILE_NAMES: Readonly<Record<TableName, string>> = {
  Header: 'header.csv',
  Episodes: 'episodes.csv',
  UASC: 'uasc.csv',
  Reviews: 'reviews.csv',
  OC2: 'oc2.csv',
  OC3: 'oc3.csv',
  AD1: 'ad1.csv',
  PlacedAdoption: 'placed_for_adoption.csv',
  PrevPerm: 'previous_permanence.csv',
  Missing: 'missing.csv',
  SWEpisodes: 'sw_episodes.csv',
  DoLo: 'dolo.csv',
};

/** A story's episodes overlapping the year, with anything ending after 31 March shown as open. */
export function episodesInYear(story: ChildStory, year: number): StoryEpisode[] {
  const start = `${year - 1}-04-01`;
  const end = `${year}-03-31`;
  const out: StoryEpisode[] = [];
  for (const e of story.episodes) {
    if (e.decom > end || (e.dec !== '' && e.dec < start)) continue;
    out.push(e.dec !== '' && e.dec > end ? { ...e, dec: '', rec: '', reasonPlaceChange: '' } : e);
  }
  return out;
}

/** Open-ended items (missing periods, decisions, social workers, DoLOs) as a year shows them. */
function overlapping<T>(
  items: readonly T[] | undefined,
  startOf: (item: T) => string,
  endOf: (item: T) => string,
  from: string,
  to: string,
): Array<{ item: T; end: string }> {
  const out: Array<{ item: T; end: string }> = [];
  for (const item of items ?? []) {
    const s = startOf(item);
    const e = endOf(item);
    if (s > to || (e !== '' && e < from)) continue;
    out.push({ item, end: e !== '' && e > to ? '' : e });
  }
  return out;
}

const SHORT_BREAK = new Set(['V3', 'V4']);

/** Adds one story's rows for a year to `rows` (tables not carried that year are skipped). */
function renderStory(story: ChildStory, year: number, rows: YearRows): void {
  const start = `${year - 1}-04-01`;
  const end = `${year}-03-31`;
  const episodes = episodesInYear(story, year);
  const careLeaver = story.careLeaver?.[year];
  if (episodes.length === 0 && !careLeaver) return;
  const put = (table: TableName, values: string[]) => rows[table]?.push(values);
  const { child, dob } = story;
  const sex = year <= 2024 ? ({ M: '1', F: '2', U: 'U' } as const)[story.sex] : story.sex;
  const lookedAfter = episodes.some((e) => !SHORT_BREAK.has(e.ls));
  let mother = '';
  let motherChild = '';
  if (story.sex === 'F' && lookedAfter) {
    const isMother = story.motherChildDob !== undefined && story.motherChildDob <= end;
    mother = isMother ? '1' : '0';
    if (isMother) motherChild = story.motherChildDob!;
  }
  put('Header', [child, sex, dob, story.ethnic, story.upnByYear?.[year] ?? story.upn, mother, motherChild]);
  for (const e of episodes) {
    put('Episodes', [
      child,
      e.decom,
      e.rne,
      e.ls,
      e.cin,
      e.place,
      e.provider,
      e.dec,
      e.rec,
      e.reasonPlaceChange,
      e.homePost,
      e.plPost,
      e.urn,
    ]);
  }
  if (careLeaver) put('OC3', [child, dob, careLeaver.inTouch, careLeaver.activ, careLeaver.accom]);
  if (episodes.length === 0) return;
  if (story.uasc) {
    const duc = iso(birthday(day(dob), 18));
    if (duc >= start) put('UASC', [child, sex, dob, duc]);
  }
  for (const r of story.reviews ?? [])
    if (r.date >= start && r.date <= end) put('Reviews', [child, dob, r.date, r.participation]);
  const o = story.outcomes?.[year];
  if (o) {
    put('OC2', [
      child,
      dob,
      o.sdqScore,
      o.sdqReason,
      o.convicted,
      o.healthCheck,
      o.immunisations,
      o.teethCheck,
      o.healthAssessment,
      o.substanceMisuse,
      o.interventionReceived,
      o.interventionOffered,
    ]);
  }
  const adopted = episodes.some((e) => (e.rec === 'E11' || e.rec === 'E12') && e.dec >= start && e.dec <= end);
  const a = story.adoption;
  if (a && adopted) put('AD1', [child, dob, a.dateInt, a.dateMatch, a.fosterCare, a.nbAdoptr, a.sexAdoptr, a.lsAdoptr]);
  for (const { item, end: ceased } of overlapping(
    story.adoptionDecisions,
    (d) => d.decided,
    (d) => d.ceased,
    start,
    end,
  )) {
    put('PlacedAdoption', [child, dob, item.decided, ceased, ceased === '' ? '' : item.reason]);
  }
  const p = story.previousPermanence?.[year];
  if (p) put('PrevPerm', [child, dob, p.prevPerm, p.laPerm, p.datePerm]);
  for (const { item, end: to } of overlapping(
    story.missing,
    (m) => m.start,
    (m) => m.end,
    start,
    end,
  )) {
    put('Missing', [child, dob, item.type, item.start, to]);
  }
  const swFrom = year <= 2024 ? start : `${year - 2}-04-01`;
  for (const { item, end: to } of overlapping(
    story.socialWorkers,
    (s) => s.start,
    (s) => s.end,
    swFrom,
    end,
  )) {
    put('SWEpisodes', [child, dob, item.id, item.start, to, item.reason]);
  }
  const dolo = overlapping(
    story.deprivationOfLiberty,
    (d) => d.start,
    (d) => d.end,
    start,
    end,
  );
  for (const { item, end: to } of dolo) put('DoLo', [child, dob, item.start, to]);
}

/** Every table's rows for a year, children in story order. */
export function renderYear(stories: readonly ChildStory[], year: number): YearRows {
  const rows: YearRows = {};
  for (const t of tablesForYear(year)) rows[t] = [];
  for (const story of stories) renderStory(story, year, rows);
  return rows;
}

/** The CSV files of a year's rows (dates written dd/mm/yyyy; `DATE_PERM` is kept as written). */
export function yearCsvFiles(rows: YearRows): SourceFile[] {
  const encoder = new TextEncoder();
  const files: SourceFile[] = [];
  for (const [table, data] of Object.entries(rows) as Array<[TableName, string[][]]>) {
    const columns: readonly string[] = TABLE_COLUMNS[table];
    const dates = columns.map((c) => DATE_COLUMNS.has(c) && c !== 'DATE_PERM');
    const lines = [columns.join(',')];
    for (const values of data) lines.push(csvLine(values.map((v, i) => (dates[i] ? ukDate(v) : v))));
    files.push({ name: TABLE_FILE_NAMES[table], bytes: encoder.encode(`${lines.join('\n')}\n`) });
  }
  return files;
}
