import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type GenerateCensusOptions, generateCensus, generateCensusChunks, readCensus } from '../src/index.ts';

const OPTIONS: GenerateCensusOptions = { children: 600, year: 2026, seed: 42, laNumber: '990' };
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('generateCensus: determinism and shape', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives the same file for the same options and a different one for another seed', () => {
    const first = generateCensus(OPTIONS);
    expect(sha(generateCensus(OPTIONS))).toBe(sha(first));
    expect(sha(generateCensus({ ...OPTIONS, seed: 43 }))).not.toBe(sha(first));
    expect(sha(generateCensus({ ...OPTIONS, errorRate: 0 }))).not.toBe(sha(first));
  });

  it('never reads Math.random or the clock', () => {
    const random = vi.spyOn(Math, 'random');
    const now = vi.spyOn(Date, 'now');
    generateCensus({ ...OPTIONS, children: 200 });
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
  });

  it('yields the same file in chunks of a few hundred children, never the whole file at once', () => {
    const chunks = [...generateCensusChunks(OPTIONS)];
    expect(chunks.join('')).toBe(generateCensus(OPTIONS));
    // Header, one chunk per 400 children, then the rest with the footer.
    expect(chunks.length).toBe(3);
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(1_000_000);
    expect(chunks[0]).toMatch(/<Children>\n$/);
    expect(chunks[2]).toMatch(/<\/Message>\n$/);
  });

  it('writes the Header of the collection year: Year, ReferenceDate 31 March, LEA', async () => {
    const census = await readCensus(generateCensus({ ...OPTIONS, children: 5, year: 2024 }));
    expect(census.header).toMatchObject({
      Collection: 'CIN',
      Year: '2024',
      ReferenceDate: '2024-03-31',
      SourceLevel: 'L',
      LEA: '990',
    });
    expect(census.children).toBe(5);
  });

  it('writes GenderCurrent (1/2/0) up to 2023/24 and Sex (M/F/U) from 2024/25', async () => {
    const old = await readCensus(generateCensus({ ...OPTIONS, year: 2024 }));
    const current = await readCensus(generateCensus({ ...OPTIONS, year: 2025 }));
    expect(new Set(old.tables.ChildIdentifiers.map((c) => c.GenderCurrent))).toEqual(new Set(['1', '2', '0']));
    expect(old.tables.ChildIdentifiers.every((c) => c.Sex === '')).toBe(true);
    expect(new Set(current.tables.ChildIdentifiers.map((c) => c.Sex))).toEqual(new Set(['M', 'F', 'U']));
    expect(current.tables.ChildIdentifiers.every((c) => c.GenderCurrent === '')).toBe(true);
    // Unborn children are recorded as not known.
    const unborn = current.tables.ChildIdentifiers.filter((c) => c.ExpectedPersonBirthDate !== '');
    expect(unborn.length).toBeGreaterThan(0);
    expect(unborn.every((c) => c.Sex === 'U' && c.PersonBirthDate === '')).toBe(true);
  });

  it('gives every child a unique id and every UPN the LA number in characters 2–4', async () => {
    const census = await readCensus(generateCensus(OPTIONS));
    const ids = census.tables.ChildIdentifiers.map((c) => c.LAchildID);
    expect(new Set(ids).size).toBe(600);
    expect(ids.every((id) => /^[A-Za-z0-9]{1,20}$/.test(id))).toBe(true);
    const upns = census.tables.ChildIdentifiers.map((c) => c.UPN).filter((u) => u !== '');
    expect(upns.length).toBeGreaterThan(400);
    expect(new Set(upns).size).toBe(upns.length);
    expect(upns.every((u) => /^[A-HJ-NP-RT-Z]990\d{9}$/.test(u))).toBe(true);
  });

  it('refuses options it cannot honour, saying which and why', () => {
    expect(() => generateCensus({ ...OPTIONS, children: -1 })).toThrow(/children must be a whole number/);
    expect(() => generateCensus({ ...OPTIONS, year: 2031 })).toThrow(
      /year must be a collection end year from 2020 to 2027/,
    );
    expect(() => generateCensus({ ...OPTIONS, laNumber: '99' })).toThrow(/laNumber must be the 3-digit LA number/);
    expect(() => generateCensus({ ...OPTIONS, errorRate: 2 })).toThrow(/errorRate must be between 0 and 1/);
    expect(() => generateCensus({ ...OPTIONS, seed: 1.5 })).toThrow(/seed must be a whole number/);
  });
});
