import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../src/index.ts';

/** Absolute path of a file under test/fixtures. */
export const fixturePath = (relative: string): string =>
  fileURLToPath(new URL(`./fixtures/${relative}`, import.meta.url));

/** A fixture file as an upload. */
export function fixtureFile(relative: string): SourceFile {
  return { name: relative.split('/').pop()!, bytes: new Uint8Array(readFileSync(fixturePath(relative))) };
}

/**
 * The public fake return's CSV tables as the reference validator's test suite loads them: every CSV except
 * `placed_for_adoption.csv` (its `_errors` variant is the PlacedAdoption table).
 */
export function fakeReturnCsvFiles(): SourceFile[] {
  return readdirSync(fixturePath('ssda903-fake-returns'))
    .filter((name) => name.endsWith('.csv') && name !== 'placed_for_adoption.csv')
    .sort()
    .map((name) => fixtureFile(`ssda903-fake-returns/${name}`));
}

/** Text as UTF-8 bytes. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** An upload made of text. */
export const textFile = (name: string, text: string): SourceFile => ({ name, bytes: utf8(text) });
