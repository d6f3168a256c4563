import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCensusChunks } from '@waypoint/cin-census';
import { generateReturn } from '@waypoint/ssda903';
import { option, parseArgs, requireOption, UsageError } from '../args.ts';

function wholeNumber(args: ReturnType<typeof parseArgs>, name: string, fallback?: number): number {
  const raw = option(args, name);
  if (raw === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} is required`);
    return fallback;
  }
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number`);
  return n;
}

/**
 * `generate 903 --children N --year Y --seed S --out DIR [--la CODE] [--error-rate 0.02]`: a realistic SSDA903 return
 * (this year and last year as CSV, the postcode and authority references, fake provider lists).
 * `generate cin --children N --year Y --seed S --out FILE [--la-number 990] [--error-rate 0.01]`: a CIN census XML,
 * streamed to the file so national-size files never sit in memory.
 */
export async function runGenerateCommand(argv: string[]): Promise<number> {
  const [dataset, ...rest] = argv;
  const args = parseArgs(rest);
  const children = wholeNumber(args, 'children');
  const year = wholeNumber(args, 'year');
  const seed = wholeNumber(args, 'seed', 1);
  const out = requireOption(args, 'out');
  const errorRate = option(args, 'error-rate') === undefined ? undefined : Number(option(args, 'error-rate'));
  if (errorRate !== undefined && !(errorRate >= 0 && errorRate <= 1))
    throw new UsageError('--error-rate must be between 0 and 1');
  const started = Date.now();
  if (dataset === '903') {
    const g = await generateReturn({ children, year, seed, laCode: option(args, 'la') ?? 'E06009901', errorRate });
    const write = (dir: string, files: ReadonlyArray<{ name: string; bytes: Uint8Array }>) => {
      mkdirSync(dir, { recursive: true });
      for (const f of files) writeFileSync(path.join(dir, f.name), f.bytes);
    };
    write(path.join(out, 'current'), g.current);
    write(path.join(out, 'previous'), g.previous);
    write(path.join(out, 'reference'), [g.postcodes, g.authorities]);
    write(path.join(out, 'providers'), g.providers ?? []);
    console.log(
      `Wrote an SSDA903 ${year - 1}/${String(year % 100).padStart(2, '0')} return for ${children} children to ${out} (current/, previous/, reference/, providers/) ` +
        `with ${g.injected.length} deliberate errors, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    return 0;
  }
  if (dataset === 'cin') {
    const stream = createWriteStream(out);
    for (const chunk of generateCensusChunks({
      children,
      year,
      seed,
      laNumber: option(args, 'la-number') ?? '990',
      errorRate,
    })) {
      if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve, reject) =>
      stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    console.log(
      `Wrote a CIN census ${year - 1}/${String(year % 100).padStart(2, '0')} for ${children} children to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    return 0;
  }
  throw new UsageError(`Unknown dataset "${dataset ?? ''}": use 903 or cin`);
}
