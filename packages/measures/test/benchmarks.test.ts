import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BENCHMARK_FILES,
  BENCHMARK_SOURCES,
  BenchmarkBuildError,
  type BenchmarkSet,
  buildBenchmarks,
  compareWithBenchmarks,
  DfeCsvError,
  DfeValueError,
  findLa,
  latestBenchmarkYear,
  parseDfeIndicatorCsv,
  parseDfeValue,
  parseYearsMonths,
} from '../src/index.ts';

const DFE = new URL('../reference-data/dfe/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DFE), 'utf8');

describe('parseDfeIndicatorCsv', () => {
  it('strips a byte-order mark, handles CRLF, quoted commas, doubled quotes and quoted empty strings', () => {
    const text =
      '\uFEFFtime_period,la_name,region_name,value\r\n2025,"Bristol, City of","",12\r\n2025,"The ""Big"" LA",North East,c\r\n';
    const csv = parseDfeIndicatorCsv(text, 'x.csv');
    expect(csv.columns).toEqual(['time_period', 'la_name', 'region_name', 'value']);
    expect(csv.rows).toEqual([
      { time_period: '2025', la_name: 'Bristol, City of', region_name: '', value: '12' },
      { time_period: '2025', la_name: 'The "Big" LA', region_name: 'North East', value: 'c' },
    ]);
  });

  it('names the file and line of a row with the wrong number of fields', () => {
    expect(() => parseDfeIndicatorCsv('a,b\n1,2\n3\n', 'bad.csv')).toThrow(DfeCsvError);
    expect(() => parseDfeIndicatorCsv('a,b\n1,2\n3\n', 'bad.csv')).toThrow(
      'bad.csv, line 3: expected 2 fields (as in the header), found 1',
    );
    expect(() => parseDfeIndicatorCsv('a,b\n"1,2\n', 'open.csv')).toThrow(
      'open.csv, line 2: a quoted field is not closed',
    );
    expect(() => parseDfeIndicatorCsv('', 'empty.csv')).toThrow('empty.csv, line 1: the file is empty');
  });

  it('reads the real files, BOM or not', () => {
    const withBom = parseDfeIndicatorCsv(read('cla_number_and_rate_per_10k_children.csv'));
    expect(withBom.columns[0]).toBe('time_period');
    expect(withBom.rows).toHaveLength(2505);
    const neighbours = parseDfeIndicatorCsv(read('sn_model_2025_wide.csv'));
    expect(neighbours.columns[0]).toBe('old_la_code');
  });
});

describe('numeric cells', () => {
  it('reads numbers and the suppression symbols c, k, x, z, u, low', () => {
    expect(parseDfeValue('12.5')).toEqual({ kind: 'number', value: 12.5 });
    expect(parseDfeValue('1,234')).toEqual({ kind: 'number', value: 1234 });
    for (const code of ['c', 'k', 'x', 'z', 'u', 'low'])
      expect(parseDfeValue(code)).toEqual({ kind: 'suppressed', code });
    expect(parseDfeValue('')).toEqual({ kind: 'blank' });
    expect(() => parseDfeValue('n/a')).toThrow(DfeValueError);
  });

  it('reads yy:mm durations as months', () => {
    expect(parseYearsMonths('00:10')).toBe(10);
    expect(parseYearsMonths('02:03')).toBe(27);
    expect(parseYearsMonths('ten')).toBeNull();
  });
});

describe('buildBenchmarks on the copied DfE files', () => {
  let set: BenchmarkSet;
  const files: Record<string, string> = {};
  beforeAll(() => {
    for (const name of BENCHMARK_FILES) files[name] = read(name);
    set = buildBenchmarks(files, { fromYear: 2019 });
  }, 60_000);

  it('gives the England values quoted in measures.md', () => {
    const england = (key: string, year = '2025') => set.series[key]!.years[year]!.england!;
    expect(england('re-referrals-12m')).toEqual({ value: 22.6, numerator: 142900, denominator: 632830 });
    expect(england('referrals-rate').value).toBeCloseTo(519.4, 1);
    expect(england('cin-rate').value).toBeCloseTo(330.3, 1);
    expect(england('icpc-15wd').value).toBeCloseTo(81.4, 1);
    expect(england('cp-2-years-plus').value).toBe(2.3);
    expect(england('cla-rate')).toEqual({ value: 67, numerator: 81770, denominator: 12183016 });
    expect(england('placement-stability-long')).toEqual({ value: 69, numerator: 19680, denominator: 28710 });
    expect(england('cla-sdq-average').value).toBe(14.9);
    expect(england('care-leavers-eet:19-21')).toEqual({ value: 54, numerator: 20760, denominator: 38440 });
    expect(england('exits-sgo-cao:sgo', '2024').value).toBe(11);
    expect(england('adoption-decision-to-match').value).toBe(10);
    expect(england('sw-caseload').value).toBe(15.2);
  });

  it('keeps suppressed LA values as null with their symbol', () => {
    const durham = set.series['cp-2-years-plus']!.years['2025']!.las.E06000047!;
    expect(durham).toEqual({ value: null, numerator: null, denominator: 489, suppressed: 'c' });
  });

  it('indexes LAs by GSS and old code, regions, and statistical neighbours (closeness trimmed)', () => {
    expect(findLa(set, '841')?.name).toBe('Darlington');
    expect(findLa(set, 'E06000005')?.regionCode).toBe('E12000001');
    expect(set.regions.E12000001).toBe('North East');
    expect(set.neighbours['841']).toHaveLength(10);
    expect(set.neighbours['301']![0]).toEqual({ oldCode: '308', rank: 1, closeness: 'Close' });
  });

  it('compares an LA with England, its region and its neighbours', () => {
    const c = compareWithBenchmarks(set, 'cp-repeat-plans', 2025, '841')!;
    expect(c.la?.figure.value).toBe(20.2);
    expect(c.region).toMatchObject({ code: 'E12000001', name: 'North East', figure: { value: 27.2 } });
    expect(c.england?.value).toBe(24.5);
    expect(c.neighbours).toHaveLength(10);
    expect(c.neighbourMean).not.toBeNull();
    expect(compareWithBenchmarks(set, 'cp-repeat-plans', 1990, '841')).toBeNull();
    expect(compareWithBenchmarks(set, 'cp-repeat-plans', 2025)?.la).toBeNull();
    expect(latestBenchmarkYear(set, 'cla-3plus-social-workers')).toBe('2024');
  });

  it('has a series for every source, keyed by catalogue ids', () => {
    expect(Object.keys(set.series).sort()).toEqual(BENCHMARK_SOURCES.map((s) => s.key).sort());
  });

  it('reference-data/benchmarks.json is up to date with the files (re-run the script if this fails)', () => {
    const committed = JSON.parse(readFileSync(new URL('../reference-data/benchmarks.json', import.meta.url), 'utf8'));
    const round = (_k: string, v: unknown) =>
      typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e4) / 1e4 : v;
    expect(committed).toEqual(JSON.parse(JSON.stringify({ ...set, fromYear: 2019 }, round)));
  });

  it('names a missing file', () => {
    expect(() => buildBenchmarks({})).toThrow(BenchmarkBuildError);
    expect(() => buildBenchmarks({})).toThrow('ons_mid-year_population_estimates_2012_to_2024.csv" was not supplied');
  });

  it('the published LA values follow the catalogue formulas (numerator / denominator, rounded as published)', () => {
    // Every LA row whose value DfE published beside its numerator and denominator.
    for (const src of BENCHMARK_SOURCES) {
      if (src.kind === 'duration' || src.key === 'sw-absence-rate' || src.key === 'cla-sdq-average') continue;
      const scale = src.unit === 'percent' ? 100 : src.unit === 'rate-per-10000' ? 10_000 : 1;
      let checked = 0;
      let matched = 0;
      for (const year of Object.values(set.series[src.key]!.years)) {
        for (const f of Object.values(year.las)) {
          if (f.value === null || !f.numerator || !f.denominator) continue;
          checked++;
          const computed = (f.numerator / f.denominator) * scale;
          // Published to 1 dp (CIN, CSWW) or whole numbers (CLA files, from counts rounded to 10 nationally).
          if (Math.abs(computed - f.value) <= 0.51) matched++;
        }
      }
      expect(checked, src.key).toBeGreaterThan(50);
      expect(matched / checked, src.key).toBeGreaterThan(0.97);
    }
  });
});
