/** Parsed command-line options: repeated flags collect into arrays; bare words are positionals. */
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

/** Thrown for a usage mistake; the CLI prints the message and exits with code 2. */
export class UsageError extends Error {}

/** Parses `--name value`, `--name=value` and boolean `--flag` (listed in `booleanFlags`). */
export function parseArgs(argv: readonly string[], booleanFlags: readonly string[] = []): ParsedArgs {
  const result: ParsedArgs = { positionals: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      result.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (booleanFlags.includes(name)) {
      result.flags.add(name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    const list = result.options.get(name) ?? [];
    list.push(value);
    result.options.set(name, list);
  }
  return result;
}

/** The single value of an option (the last one when repeated). */
export function option(args: ParsedArgs, name: string): string | undefined {
  return args.options.get(name)?.at(-1);
}

/** A required option's value. */
export function requireOption(args: ParsedArgs, name: string): string {
  const value = option(args, name);
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}
