// What the evaluation commands share about their command line: a mistake
// is one line and the usage, with exit status 2; `--limit N` is a whole
// number of at least 1, or no limit.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function commandLine(usage: string) {
  const fail = (message: string): never => {
    console.error(`${message}\n${usage}`);
    process.exit(2);
  };
  return {
    fail,
    parse<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
      try {
        return parseArgs(config);
      } catch (error) {
        return fail(error instanceof Error ? error.message : String(error));
      }
    },
    limit(value: string | undefined): number {
      const limit = value === undefined ? Infinity : Number(value);
      if ((!Number.isInteger(limit) && limit !== Infinity) || limit < 1) fail(`--limit must be a whole number of at least 1, not ${value}`);
      return limit;
    },
  };
}
