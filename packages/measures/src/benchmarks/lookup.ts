/**
 * Comparing an authority with England, its region and its statistical neighbours.
 */
import type { BenchmarkFigure, BenchmarkSet, LaInfo } from './build.ts';

/** Benchmarks for one measure, year and LA. */
export interface BenchmarkComparison {
  key: string;
  year: string;
  england: BenchmarkFigure | null;
  region: { code: string; name: string; figure: BenchmarkFigure } | null;
  la: { info: LaInfo; figure: BenchmarkFigure } | null;
  neighbours: {
    info: LaInfo | undefined;
    oldCode: string;
    rank: number;
    closeness: string;
    figure: BenchmarkFigure | null;
  }[];
  /** Mean of the neighbours' published values (suppressed ones left out), or null. */
  neighbourMean: number | null;
}

/** An LA by GSS code or old 3-digit code. */
export function findLa(set: BenchmarkSet, code: string): LaInfo | undefined {
  const trimmed = code.trim();
  return set.las[trimmed] ?? set.las[set.oldCodes[trimmed] ?? ''];
}

/** The latest year a benchmark series holds, or undefined. */
export function latestBenchmarkYear(set: BenchmarkSet, key: string): string | undefined {
  const years = Object.keys(set.series[key]?.years ?? {});
  return years.sort().at(-1);
}

/**
 * England, region, LA and statistical-neighbour figures for a benchmark key (`measureId` or
 * `measureId:variant`) and year; the LA parts are null when no LA code is given or it is unknown.
 */
export function compareWithBenchmarks(
  set: BenchmarkSet,
  key: string,
  year: string | number,
  laCode?: string,
): BenchmarkComparison | null {
  const series = set.series[key];
  const y = series?.years[String(year)];
  if (!series || !y) return null;
  const info = laCode ? findLa(set, laCode) : undefined;
  const figureOf = (la: LaInfo | undefined) => (la ? (y.las[la.gss] ?? null) : null);
  let region: BenchmarkComparison['region'] = null;
  if (info) {
    for (const code of [info.regionCode, info.subRegionCode]) {
      if (code && y.regions[code]) {
        region = { code, name: set.regions[code] ?? '', figure: y.regions[code]! };
        break;
      }
    }
  }
  const neighbours = (info ? (set.neighbours[info.oldCode] ?? []) : []).map((n) => {
    const nInfo = findLa(set, n.oldCode);
    return { info: nInfo, oldCode: n.oldCode, rank: n.rank, closeness: n.closeness, figure: figureOf(nInfo) };
  });
  const values = neighbours.map((n) => n.figure?.value).filter((v): v is number => typeof v === 'number');
  const laFigure = figureOf(info);
  return {
    key,
    year: String(year),
    england: y.england ?? null,
    region,
    la: info && laFigure ? { info, figure: laFigure } : null,
    neighbours,
    neighbourMean: values.length ? values.reduce((s, v) => s + v, 0) / values.length : null,
  };
}
