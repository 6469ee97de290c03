/**
 * `fc3-testkit prism`: Stoplight Prism on the toolkit's spec, as one child process.
 */
import { startPrism } from '../../mocks/prism.ts';
import { type CliIo, type Command, parseCommandArgs, parseIntegerFlag } from '../command.ts';
import { STOP_SIGNALS } from '../signals.ts';

const usage = `Usage: fc3-testkit prism [options] [-- <extra prism mock args>]

Start Stoplight Prism (a stateless mock) on the toolkit's spec/openapi.yaml.
When Prism answers, prints exactly one line to stdout: listening on http://HOST:PORT
Prism's own log goes to stderr. SIGINT/SIGTERM are forwarded; exits when Prism exits.

Options:
  -p, --port N      port (default 4010; 0 picks a free port)
      --host H      interface to bind (default 127.0.0.1)
  -d, --dynamic     generate bodies from the schemas instead of the documented examples
  -s, --seed N      seed for --dynamic bodies
  -h, --help        show this help

Per request, Prism honours 'Prefer: code=409', 'Prefer: example=NAME' and 'Prefer: dynamic=true'.
Example: fc3-testkit prism --port 0 -- --errors
`;

const OPTIONS = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  dynamic: { type: 'boolean', short: 'd' },
  seed: { type: 'string', short: 's' },
  help: { type: 'boolean', short: 'h' },
} as const;

function splitExtra(args: string[]): { own: string[]; extra: string[] } {
  const separator = args.indexOf('--');
  if (separator < 0) return { own: args, extra: [] };
  return { own: args.slice(0, separator), extra: args.slice(separator + 1) };
}

/**
 * The `prism` subcommand: runs Prism until it exits or a stop signal arrives.
 *
 * @example
 * await prismCommand.run(['--port', '0', '--dynamic'], { stdout: process.stdout, stderr: process.stderr });
 */
export const prismCommand: Command = {
  name: 'prism',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const { own, extra } = splitExtra(args);
    const { values } = parseCommandArgs(own, OPTIONS);
    if (values.help) {
      io.stdout.write(usage);
      return 0;
    }
    const port = parseIntegerFlag({ flag: '--port', value: values.port, min: 0, max: 65535, fallback: 4010 });
    const seed =
      values.seed === undefined
        ? undefined
        : parseIntegerFlag({ flag: '--seed', value: values.seed, min: 0, max: 2_147_483_647 });
    const prism = await startPrism({
      port,
      host: values.host ?? '127.0.0.1',
      dynamic: values.dynamic === true,
      seed,
      extraArgs: extra,
      output: 'stderr',
    });
    let forwarded = false;
    const forward = (signal: NodeJS.Signals): void => {
      forwarded = true;
      process.kill(prism.pid, signal);
    };
    for (const signal of STOP_SIGNALS) process.on(signal, forward);
    io.stdout.write(`listening on ${prism.url}\n`);
    const code = await prism.exited;
    for (const signal of STOP_SIGNALS) process.removeListener(signal, forward);
    return forwarded ? 0 : (code ?? 1);
  },
};
