/**
 * `fc3-testkit prism`: Stoplight Prism on the toolkit's spec, as one child process.
 */

import { readFileSync } from 'node:fs';
import { MAX_SEED } from '../../mocks/core/prng.ts';
import { isSupportedNode } from '../../mocks/node-version.ts';
import { prismManifest, startPrism } from '../../mocks/prism.ts';
import { type CliIo, type Command, parseCommandArgs, parseIntegerFlag, UsageError } from '../command.ts';
import { STOP_SIGNALS } from '../signals.ts';

const usage = `Usage: fc3-testkit prism [options] [-- <extra prism mock args>]

Start Stoplight Prism (a stateless mock) on the toolkit's spec/openapi.yaml.
When Prism answers, prints exactly one line to stdout: listening on http://HOST:PORT
Prism's own log goes to stderr. SIGINT/SIGTERM are forwarded; exits when Prism exits.
Needs Stoplight Prism 5, an optional peer dependency: npm install --save-dev @stoplight/prism-cli@5
(without it, prism says so and exits 1).

Options:
  -p, --port N      port (default 4010; 0 picks a free port)
      --host H      interface to bind (default 127.0.0.1)
  -d, --dynamic     generate bodies from the schemas instead of the documented examples
  -s, --seed N      seed for --dynamic bodies (0 to 4294967295)
  -h, --help        show this help

Per request, Prism honours 'Prefer: code=409', 'Prefer: example=NAME' and 'Prefer: dynamic=true'.
Example: fc3-testkit prism --port 0 -- --no-cors   (no CORS headers in Prism's answers)
`;

const OPTIONS = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  dynamic: { type: 'boolean', short: 'd' },
  seed: { type: 'string', short: 's' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Why Prism cannot run on this Node, or `undefined`: Prism 5.16 declares `engines.node >=24.18.0`,
 * narrower than this package, and fails obscurely below it (CommonJS `require` of ESM faker).
 * A range this check cannot read is not held against the user.
 *
 * @example
 * prismNodeRefusal('22.13.0', { version: '5.16.0', engines: '>=24.18.0' }); // 'Stoplight Prism 5.16.0 needs …'
 */
export function prismNodeRefusal(
  node: string,
  prism: { version: string; engines: string | undefined },
): string | undefined {
  if (prism.engines === undefined) return undefined;
  try {
    if (isSupportedNode(node, prism.engines)) return undefined;
  } catch {
    return undefined;
  }
  return `Stoplight Prism ${prism.version} needs Node ${prism.engines}, this is Node ${node}; run it with a newer Node (fc3-testkit serve runs on this one)`;
}

/**
 * The installed Prism's version and Node range. Not installed, it throws a plain `Error` with
 * startPrism's words (exit 1): a usage error would end in a "--help" hint, and no option helps.
 */
function installedPrism(): { version: string; engines: string | undefined } | undefined {
  let manifest: string;
  try {
    manifest = prismManifest();
  } catch (error) {
    throw new Error(`prism: ${(error as Error).message}`);
  }
  try {
    const { version, engines } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      version: string;
      engines?: { node?: string };
    };
    return { version, engines: engines?.node };
  } catch {
    return undefined; // an unreadable manifest: startPrism reports what goes wrong
  }
}

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
    const prism = installedPrism();
    const refusal = prism && prismNodeRefusal(process.versions.node, prism);
    if (refusal) throw new UsageError(refusal);
    const port = parseIntegerFlag({ flag: '--port', value: values.port, min: 0, max: 65535, fallback: 4010 });
    const seed =
      values.seed === undefined
        ? undefined
        : parseIntegerFlag({ flag: '--seed', value: values.seed, min: 0, max: MAX_SEED });
    const running = await startPrism({
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
      process.kill(running.pid, signal);
    };
    for (const signal of STOP_SIGNALS) process.on(signal, forward);
    io.stdout.write(`listening on ${running.url}\n`);
    const code = await running.exited;
    for (const signal of STOP_SIGNALS) process.removeListener(signal, forward);
    return forwarded ? 0 : (code ?? 1);
  },
};
