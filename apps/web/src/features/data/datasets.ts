import type { Role } from '@waypoint/contracts';
import type { TagColour } from '../../components/govuk/Tag.tsx';
import type { DatasetId, FileRole, ImportStatus } from './types.ts';

/** One file input of the upload form; `name` is the multipart field the API reads. */
export interface FileSlot {
  name: FileRole;
  label: string;
  hint: string;
  multiple: boolean;
  accept: string;
  optional: boolean;
}

/** What the pages need to know about a dataset: its names, the years Waypoint has rules for, its file slots. */
export interface DatasetInfo {
  id: DatasetId;
  /** Full name, acronym expanded: "Children looked after (SSDA903)". */
  name: string;
  /** Short name for captions and sentences: "SSDA903". */
  shortName: string;
  /** "an SSDA903 return", for button text. */
  aReturn: string;
  /** Collection END years (2025 = 2024 to 2025), newest first. */
  years: readonly number[];
  /** The main file slots, in form order (the postcode pair is separate). */
  slots: readonly FileSlot[];
  /** The two ONS postcode reference files, given both or neither (SSDA903 only). */
  postcodeSlots: readonly FileSlot[];
  /** What the import is used for, one sentence. */
  purpose: string;
}

const SSDA903: DatasetInfo = {
  id: 'ssda903',
  name: 'Children looked after (SSDA903)',
  shortName: 'SSDA903',
  aReturn: 'an SSDA903 return',
  years: [2027, 2026, 2025, 2024],
  purpose:
    'The SSDA903 return: one CSV file per table (Header, Episodes, Reviews and so on) or one XML file, as sent to the Department for Education.',
  slots: [
    {
      name: 'current',
      label: 'This year’s files',
      hint: 'One CSV file per table, or one XML file. You can choose several files at once.',
      multiple: true,
      accept: '.csv,.xml',
      optional: false,
    },
    {
      name: 'previous',
      label: 'Last year’s files (optional)',
      hint: 'The return for the year before, in the same form. Some rules compare the two years and are not run without it.',
      multiple: true,
      accept: '.csv,.xml',
      optional: true,
    },
    {
      name: 'providers',
      label: 'Ofsted provider lists (optional)',
      hint: 'The children’s homes list and the social care providers list, or the one combined list (Excel .xlsx). Rules that check placement URNs need them.',
      multiple: true,
      accept: '.xlsx',
      optional: true,
    },
  ],
  postcodeSlots: [
    {
      name: 'postcodes',
      label: 'Postcode file (optional)',
      hint: 'ONS postcode directory CSV with the columns pcd, oseast1m, osnrth1m and laua.',
      multiple: false,
      accept: '.csv',
      optional: true,
    },
    {
      name: 'authorities',
      label: 'Local authority lookup (optional)',
      hint: 'ONS lower-tier to upper-tier local authority CSV with the columns LTLA21CD, LTLA21NM, UTLA21CD and UTLA21NM.',
      multiple: false,
      accept: '.csv',
      optional: true,
    },
  ],
};

const CIN: DatasetInfo = {
  id: 'cin',
  name: 'Children in need census',
  shortName: 'CIN census',
  aReturn: 'a CIN census return',
  years: [2027, 2026, 2025, 2024, 2023],
  purpose: 'The children in need (CIN) census: one XML file, as sent to the Department for Education.',
  slots: [
    {
      name: 'current',
      label: 'Census file',
      hint: 'One XML file.',
      multiple: false,
      accept: '.xml',
      optional: false,
    },
  ],
  postcodeSlots: [],
};

/** The datasets in page order. */
export const DATASETS: readonly DatasetInfo[] = [SSDA903, CIN];

/** A dataset by its id, or undefined for an unknown id (say, from a typed web address). */
export function datasetInfo(id: string): DatasetInfo | undefined {
  return DATASETS.find((d) => d.id === id);
}

/** A collection end year in words: 2025 → "2024 to 2025". */
export function yearLabel(year: number): string {
  return `${year - 1} to ${year}`;
}

/** The hint under a year option: 2025 → "(collection year ends 31 March 2025)". */
export function yearHint(year: number): string {
  return `(collection year ends 31 March ${year})`;
}

/** Status words and tag colours; colour is only a second channel. */
export const STATUS_TAGS: Readonly<Record<ImportStatus, { text: string; colour: TagColour }>> = {
  validating: { text: 'Checking', colour: 'light-blue' },
  validated: { text: 'Checked, not stored', colour: 'blue' },
  rejected: { text: 'Cannot be stored', colour: 'red' },
  storing: { text: 'Storing', colour: 'light-blue' },
  stored: { text: 'Stored', colour: 'green' },
  failed: { text: 'Failed', colour: 'red' },
  cancelled: { text: 'Cancelled', colour: 'grey' },
  superseded: { text: 'Replaced by a later upload', colour: 'grey' },
};

/** True while the server is still working on an import (the page polls). */
export function isRunning(status: ImportStatus): boolean {
  return status === 'validating' || status === 'storing';
}

/** The stage of a running import in words. */
export function stageLabel(stage: string): string {
  const known: Record<string, string> = {
    Starting: 'Starting',
    'Reading files': 'Reading the files',
    Validating: 'Checking the rules',
    Storing: 'Storing the return',
  };
  return known[stage] ?? stage;
}

const VIEW_ROLES: readonly Role[] = ['admin', 'improvement-lead', 'analyst'];
const IMPORT_ROLES: readonly Role[] = ['admin', 'analyst'];

/** True when the role may see statutory data and its validation issues (child-level data). */
export function canViewData(role: Role | undefined): boolean {
  return role !== undefined && VIEW_ROLES.includes(role);
}

/** True when the role may upload, store and cancel imports. */
export function canImportData(role: Role | undefined): boolean {
  return role !== undefined && IMPORT_ROLES.includes(role);
}

/** A whole number with thousands separators: 2675 → "2,675". */
export function count(n: number | null | undefined): string {
  return (n ?? 0).toLocaleString('en-GB');
}

/** "1 error" / "2,675 errors". */
export function countOf(n: number | null | undefined, word: string, pluralWord = `${word}s`): string {
  return `${count(n)} ${(n ?? 0) === 1 ? word : pluralWord}`;
}

/** SSDA903 tables in the order of the return's guidance; CIN and unknown tables follow alphabetically. */
const TABLE_ORDER = [
  'Header',
  'Episodes',
  'Reviews',
  'UASC',
  'OC2',
  'OC3',
  'AD1',
  'PlacedAdoption',
  'PrevPerm',
  'Missing',
  'SWEpisodes',
  'DoLo',
];

/** Rows per table as [table, rows] pairs in a stable, familiar order. */
export function tablesInOrder(counts: Readonly<Record<string, number>>): Array<[string, number]> {
  const rank = (t: string) => {
    const i = TABLE_ORDER.indexOf(t);
    return i === -1 ? TABLE_ORDER.length : i;
  };
  return Object.entries(counts).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

/** True for an import id as the API makes them (a UUID); anything else in the address is "Page not found". */
export function isImportId(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
