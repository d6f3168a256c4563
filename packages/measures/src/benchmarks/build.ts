/**
 * Builds Waypoint's benchmark set from DfE's published files: per measure (and variant) and year, the
 * England value, every region's and every LA's value, plus the LA index and statistical neighbours.
 * Pure: the caller passes the file texts.
 */

import type { MeasureUnit } from '../types.ts';
import { parseDfeIndicatorCsv, parseDfeValue, parseYearsMonths } from './csv.ts';
import {
  BENCHMARK_SOURCES,
  type BenchmarkSource,
  type DurationSource,
  type LongSource,
  NEIGHBOURS_FILE,
  POPULATION_FILE,
  type WideSource,
} from './sources.ts';

/** A published figure; `value` is null when suppressed (`suppressed` holds the symbol). */
export interface BenchmarkFigure {
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  suppressed?: string;
}

/** One year of a benchmark: England, regions (by code) and LAs (by GSS code). */
export interface YearBenchmarks {
  england?: BenchmarkFigure;
  regions: Record<string, BenchmarkFigure>;
  las: Record<string, BenchmarkFigure>;
}

/** A benchmark series for one measure (or variant). */
export interface BenchmarkSeries {
  key: string;
  measureId: string;
  variant?: string;
  unit: MeasureUnit;
  file: string;
  /** By reporting year as published (`time_period`; CSWW years are at 30 September). */
  years: Record<string, YearBenchmarks>;
}

/** An LA as named in the files. */
export interface LaInfo {
  gss: string;
  oldCode: string;
  name: string;
  /** E12 region code. */
  regionCode: string;
  regionName: string;
  /** Inner/Outer London code where a file uses it. */
  subRegionCode?: string;
}

/** A statistical neighbour (rank 1 = closest). */
export interface Neighbour {
  oldCode: string;
  rank: number;
  closeness: string;
}

/** Everything the server needs to compare an LA. */
export interface BenchmarkSet {
  version: 1;
  files: string[];
  regions: Record<string, string>;
  las: Record<string, LaInfo>;
  /** Old 3-digit LA code → GSS code. */
  oldCodes: Record<string, string>;
  /** By the LA's old code. */
  neighbours: Record<string, Neighbour[]>;
  series: Record<string, BenchmarkSeries>;
}

/** Thrown when a needed file is not supplied or lacks a column. */
export class BenchmarkBuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BenchmarkBuildError';
  }
}

/** Options for {@link buildBenchmarks}. */
export interface BuildOptions {
  /** Keep years from this one (default: all). */
  fromYear?: number;
  sources?: readonly BenchmarkSource[];
}

type Row = Record<string, string>;

function areaKey(row: Row): { level: 'england' | 'region' | 'la'; key: string } | null {
  switch (row.geographic_level) {
    case 'National':
      return { level: 'england', key: 'england' };
    case 'Regional':
      return row.region_code ? { level: 'region', key: row.region_code } : null;
    case 'Local authority': {
      const gss = row.new_la_code ?? '';
      const old = row.old_la_code ?? '';
      if (gss) return { level: 'la', key: gss };
      return old ? { level: 'la', key: `old:${old}` } : null;
    }
    default:
      return null;
  }
}

const SCALE: Record<MeasureUnit, number> = {
  percent: 100,
  'rate-per-10000': 10_000,
  count: 1,
  days: 1,
  weeks: 1,
  months: 1,
  score: 1,
  ratio: 1,
};

function sum(row: Row, columns: string[], file: string): { value: number | null; suppressed?: string } {
  let total = 0;
  for (const c of columns) {
    if (!(c in row)) throw new BenchmarkBuildError(`${file}: no column "${c}".`);
    const v = parseDfeValue(row[c]!);
    if (v.kind === 'suppressed') return { value: null, suppressed: v.code };
    if (v.kind === 'blank') return { value: null, suppressed: 'blank' };
    total += v.value;
  }
  return { value: total };
}

function figure(
  numerator: number | null,
  denominator: number | null,
  unit: MeasureUnit,
  published?: string,
  suppressed?: string,
): BenchmarkFigure {
  let value: number | null = null;
  let code = suppressed;
  if (published !== undefined) {
    const v = parseDfeValue(published);
    if (v.kind === 'number') value = v.value;
    else code ??= v.kind === 'suppressed' ? v.code : 'blank';
  } else if (numerator !== null && denominator !== null && denominator > 0) {
    value = (numerator / denominator) * SCALE[unit];
  } else if (numerator !== null && denominator === null && suppressed === undefined) {
    value = numerator;
  }
  const out: BenchmarkFigure = { value };
  if (numerator !== null || denominator !== null) {
    out.numerator = numerator;
    out.denominator = denominator;
  }
  if (value === null && code) out.suppressed = code;
  return out;
}

function filterRows(rows: Row[], filter: Record<string, string> | undefined, file: string): Row[] {
  if (!filter) return rows;
  for (const col of Object.keys(filter)) {
    if (rows[0] && !(col in rows[0])) throw new BenchmarkBuildError(`${file}: no column "${col}" to filter on.`);
  }
  return rows.filter((r) => Object.entries(filter).every(([c, v]) => r[c] === v));
}

function put(series: BenchmarkSeries, year: string, area: { level: string; key: string }, fig: BenchmarkFigure) {
  const y = series.years[year] ?? { regions: {}, las: {} };
  series.years[year] = y;
  if (area.level === 'england') y.england = fig;
  else if (area.level === 'region') y.regions[area.key] = fig;
  else y.las[area.key] = fig;
}

/** Population of children 0–17 by reporting year (mid-year + 1) and area key. */
function populations(rows: Row[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const r of rows) {
    const area = areaKey(r);
    const v = parseDfeValue(r.population_estimate ?? '');
    if (area && v.kind === 'number') map.set(`${Number(r.time_period) + 1}|${area.key}`, v.value);
  }
  return map;
}

function buildWide(
  src: WideSource,
  rows: Row[],
  pop: Map<string, number>,
  keep: (y: string) => boolean,
): BenchmarkSeries {
  const series: BenchmarkSeries = {
    key: src.key,
    measureId: src.measureId,
    variant: src.variant,
    unit: src.unit,
    file: src.file,
    years: {},
  };
  for (const r of filterRows(rows, src.filter, src.file)) {
    const area = areaKey(r);
    if (!area || !keep(r.time_period!)) continue;
    const num = sum(r, src.numerator, src.file);
    let den: number | null = null;
    let suppressed = num.suppressed;
    if (src.denominator === 'population') den = pop.get(`${r.time_period}|${area.key}`) ?? null;
    else if (src.denominator) {
      const d = sum(r, src.denominator, src.file);
      den = d.value;
      suppressed ??= d.suppressed;
    }
    put(
      series,
      r.time_period!,
      area,
      figure(num.value, den, src.unit, src.value === undefined ? undefined : r[src.value], suppressed),
    );
  }
  return series;
}

function buildLong(src: LongSource, rows: Row[], keep: (y: string) => boolean): BenchmarkSeries {
  const series: BenchmarkSeries = {
    key: src.key,
    measureId: src.measureId,
    variant: src.variant,
    unit: src.unit,
    file: src.file,
    years: {},
  };
  const groups = new Map<
    string,
    { area: { level: string; key: string }; year: string; byCategory: Map<string, Row> }
  >();
  for (const r of filterRows(rows, src.filter, src.file)) {
    const area = areaKey(r);
    if (!area || !keep(r.time_period!)) continue;
    const id = `${r.time_period}|${area.key}`;
    const g = groups.get(id) ?? { area, year: r.time_period!, byCategory: new Map() };
    g.byCategory.set(r[src.category]!, r);
    groups.set(id, g);
  }
  for (const g of groups.values()) {
    const numRows = src.numerator.map((c) => g.byCategory.get(c));
    if (numRows.some((r) => !r)) continue;
    let numerator: number | null = 0;
    let suppressed: string | undefined;
    for (const r of numRows) {
      const v = parseDfeValue(r![src.countColumn]!);
      if (v.kind !== 'number') {
        numerator = null;
        suppressed = v.kind === 'suppressed' ? v.code : 'blank';
        break;
      }
      numerator += v.value;
    }
    let denominator: number | null = null;
    if (src.denominator) {
      const d = g.byCategory.get(src.denominator);
      if (!d) continue;
      const v = parseDfeValue(d[src.countColumn]!);
      if (v.kind === 'number') denominator = v.value;
      else suppressed ??= v.kind === 'suppressed' ? v.code : 'blank';
    }
    const published = src.valueColumn && numRows.length === 1 ? numRows[0]![src.valueColumn] : undefined;
    const fig = figure(numerator, src.denominator ? denominator : null, src.unit, published, suppressed);
    if (!src.denominator) {
      delete fig.numerator;
      delete fig.denominator;
    }
    put(series, g.year, g.area, fig);
  }
  return series;
}

function buildDuration(src: DurationSource, rows: Row[], keep: (y: string) => boolean): BenchmarkSeries {
  const series: BenchmarkSeries = {
    key: src.key,
    measureId: src.measureId,
    variant: src.variant,
    unit: src.unit,
    file: src.file,
    years: {},
  };
  for (const r of filterRows(rows, src.filter, src.file)) {
    const area = areaKey(r);
    if (!area || !keep(r.time_period!)) continue;
    const months = parseYearsMonths(r[src.column] ?? '');
    put(
      series,
      r.time_period!,
      area,
      months === null ? { value: null, suppressed: r[src.column] ?? 'blank' } : { value: months },
    );
  }
  return series;
}

/** Builds the benchmark set from file texts keyed by file name (see BENCHMARK_FILES). */
export function buildBenchmarks(files: Record<string, string>, options: BuildOptions = {}): BenchmarkSet {
  const parsed = new Map<string, Row[]>();
  const rowsOf = (name: string): Row[] => {
    const cached = parsed.get(name);
    if (cached) return cached;
    const text = files[name];
    if (text === undefined) throw new BenchmarkBuildError(`The DfE file "${name}" was not supplied.`);
    const rows = parseDfeIndicatorCsv(text, name).rows;
    parsed.set(name, rows);
    return rows;
  };
  const keep = (year: string) => options.fromYear === undefined || Number(year) >= options.fromYear;
  const sources = options.sources ?? BENCHMARK_SOURCES;
  const pop = populations(rowsOf(POPULATION_FILE));
  const set: BenchmarkSet = { version: 1, files: [], regions: {}, las: {}, oldCodes: {}, neighbours: {}, series: {} };
  for (const src of sources) {
    const rows = rowsOf(src.file);
    set.series[src.key] =
      src.kind === 'wide'
        ? buildWide(src, rows, pop, keep)
        : src.kind === 'long'
          ? buildLong(src, rows, keep)
          : buildDuration(src, rows, keep);
  }
  // LA and region index from every file read.
  for (const rows of parsed.values()) {
    for (const r of rows) {
      if (r.geographic_level === 'Regional' && r.region_code) set.regions[r.region_code] ??= r.region_name ?? '';
      if (r.geographic_level !== 'Local authority' || !r.new_la_code) continue;
      const info = set.las[r.new_la_code] ?? {
        gss: r.new_la_code,
        oldCode: r.old_la_code ?? '',
        name: r.la_name ?? '',
        regionCode: '',
        regionName: '',
      };
      set.las[r.new_la_code] = info;
      if (!info.oldCode && r.old_la_code) info.oldCode = r.old_la_code;
      if (r.region_code?.startsWith('E12')) {
        info.regionCode = r.region_code;
        info.regionName = r.region_name ?? '';
      } else if (r.region_code) info.subRegionCode = r.region_code;
    }
  }
  for (const info of Object.values(set.las)) if (info.oldCode) set.oldCodes[info.oldCode] = info.gss;
  set.neighbours = statisticalNeighbours(rowsOf(NEIGHBOURS_FILE));
  set.files = [...parsed.keys()].sort();
  return set;
}

/** Statistical neighbours from `sn_model_2025_wide.csv`: ten per LA with closeness labels (trimmed). */
export function statisticalNeighbours(rows: Row[]): Record<string, Neighbour[]> {
  const out: Record<string, Neighbour[]> = {};
  for (const r of rows) {
    const code = (r.old_la_code ?? '').trim();
    if (!code) continue;
    const list: Neighbour[] = [];
    for (let rank = 1; rank <= 10; rank++) {
      const n = (r[`SN_${rank}`] ?? '').trim();
      if (n) list.push({ oldCode: n, rank, closeness: (r[`SN_${rank}P`] ?? '').trim() });
    }
    out[code] = list;
  }
  return out;
}
