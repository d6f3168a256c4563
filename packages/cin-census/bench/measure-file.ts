/**
 * Streams one census file from disk through `validateCensus` and prints one JSON line of figures. Run in its
 * own process by `census.ts`, so the peak RSS (high-water mark) is this validation's alone.
 *
 *   node --import tsx packages/cin-census/bench/measure-file.ts <file.xml> <year>
 */
import { createReadStream, statSync } from 'node:fs';
import { validateCensus } from '../src/index.ts';

/** Figures of one validation run. */
export interface Measurement {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  bytes: number;
  childrenRead: number;
  rulesRun: number;
  rulesFailed: number;
  flaggedLocations: number;
}

const [path, yearText] = process.argv.slice(2);
if (path === undefined || yearText === undefined) {
  console.error('usage: measure-file.ts <census.xml> <collection end year>');
  process.exit(2);
}
const bytes = statSync(path).size;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const result = await validateCensus(createReadStream(path, { highWaterMark: 1 << 20 }), {
  year: Number(yearText),
  totalBytes: bytes,
});
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const measurement: Measurement = {
  seconds,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  bytes,
  childrenRead: result.childrenRead,
  rulesRun: result.rulesRun.length,
  rulesFailed: Object.keys(result.rulesFailed).length,
  flaggedLocations: Object.values(result.flaggedLocationsByRule).reduce((a, b) => a + b, 0),
};
console.log(JSON.stringify(measurement));
