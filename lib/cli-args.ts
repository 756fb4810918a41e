/**
 * The command line of every script (`npm run <script> -- ...`), read the same
 * way: `--help` (or `-h`) prints the usage on stdout and exits 0; an unknown
 * option, a missing value or a stray argument prints what is wrong and the
 * usage on stderr and exits 2. Read before the configuration or anything
 * else, so `--help` answers even where the environment is not set up.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CliSpec<O extends Options> {
  /** The whole usage text: its first line `Usage: npm run <script> -- ...`, then what it does. */
  usage: string;
  options: O;
  /** Whether the script takes arguments besides its options (files, a source name...). */
  positionals?: boolean;
}

export interface Cli<O extends Options> {
  values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values'];
  positionals: string[];
  /** Stops with exit 2: `message`, then the usage, on stderr (for a value the script itself refuses). */
  fail(message: string): never;
}

/** Exit 2 with the message and the usage on stderr. */
function usageError(usage: string, message: string): never {
  process.stderr.write(`${message}\n\n${usage.trimEnd()}\n`);
  process.exit(2);
}

export function parseCli<O extends Options>(spec: CliSpec<O>, args = process.argv.slice(2)): Cli<O> {
  const fail = (message: string): never => usageError(spec.usage, message);
  // `--help` wins wherever it is, even next to options that would be refused.
  const beforeEnd = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  if (beforeEnd.includes('--help') || beforeEnd.includes('-h')) {
    process.stdout.write(`${spec.usage.trimEnd()}\n`);
    process.exit(0);
  }
  try {
    const parsed = parseArgs({
      args,
      options: spec.options,
      allowPositionals: true,
      strict: true,
    });
    if (!spec.positionals && parsed.positionals.length)
      fail(`unexpected argument ${JSON.stringify(parsed.positionals[0])}: this command takes options only`);
    return { values: parsed.values, positionals: parsed.positionals, fail };
  } catch (error) {
    // node:util names the option ("Option '--out <value>' argument missing"); for an unknown one it goes on
    // about '--', which means something else to `npm run`: that part is left out.
    const { code, message } = error as NodeJS.ErrnoException;
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec(message)?.[1] : undefined;
    return fail(unknown ? `unknown option ${unknown}` : message);
  }
}
