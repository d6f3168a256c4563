import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import { type GenerateCensusOptions, generateCensusChunks } from '../src/index.ts';

/** What is known about a cached benchmark file without reading it. */
export interface CachedCensus {
  path: string;
  options: GenerateCensusOptions;
  bytes: number;
  children: number;
  /** CIN referrals dated in the census year. */
  referrals: number;
  /** Seconds it took to generate and write (when it was made). */
  generatedSeconds: number;
}

/**
 * The census file at `path`, generated with the chunked generator and written through a file stream the first
 * time (or when `fresh`); a sidecar `.json` keeps its counts. Options must match the sidecar, else it is remade.
 */
export async function cachedCensus(
  path: string,
  options: GenerateCensusOptions,
  fresh: boolean,
): Promise<CachedCensus> {
  const sidecar = `${path}.json`;
  if (!fresh && existsSync(path) && existsSync(sidecar)) {
    const cached = JSON.parse(readFileSync(sidecar, 'utf8')) as CachedCensus;
    if (JSON.stringify(cached.options) === JSON.stringify(options)) return cached;
  }
  mkdirSync(dirname(path), { recursive: true });
  const started = performance.now();
  const partial = `${path}.part`;
  const out = createWriteStream(partial);
  const inYear = new RegExp(
    `<CINreferralDate>(${options.year - 1}-(0[4-9]|1[0-2])|${options.year}-0[1-3])-\\d\\d</CINreferralDate>`,
    'g',
  );
  let bytes = 0;
  let referrals = 0;
  for (const chunk of generateCensusChunks(options)) {
    bytes += Buffer.byteLength(chunk);
    referrals += chunk.match(inYear)?.length ?? 0;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await finished(out);
  renameSync(partial, path);
  const made: CachedCensus = {
    path,
    options,
    bytes,
    children: options.children + (options.extraChildren?.length ?? 0),
    referrals,
    generatedSeconds: (performance.now() - started) / 1000,
  };
  writeFileSync(sidecar, JSON.stringify(made, null, 2));
  return made;
}
