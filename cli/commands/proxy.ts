/**
 * `fc3-testkit proxy`: the validating reverse proxy (proxy/proxy.ts, ADR 020).
 */
import { writeFile } from 'node:fs/promises';
import { formatReport, reporterNames } from '../../contracts/reporters/index.ts';
import { checkWritable, startProxy, upstreamUrl } from '../../proxy/proxy.ts';
import { liveLines } from '../../proxy/summary.ts';
import {
  type CliIo,
  type Command,
  checkOutputFile,
  parseCommandArgs,
  parseIntegerFlag,
  UsageError,
} from '../command.ts';
import { reporterFor } from '../reporter-choice.ts';
import { onStopSignals, waitForStopSignal } from '../signals.ts';

/** The default of --drain-ms: the stop, report included, fits in docker stop's 10 s grace. */
const DRAIN_MS = 5000;

const usage = `Usage: fc3-testkit proxy --upstream URL [options]

Forward every request to URL and every answer back UNCHANGED (same bytes, same headers
including Host, same framing and keep-alive), and check each exchange on the side: the request
against the spec and the rules (what the client sent wrong), the answer against the contract
suite's checks (what the server answered differently from the documentation). Each finding
cites its fact and comes with the raw exchange and a curl reproducer.
When ready it prints exactly one line to stdout: listening on http://HOST:PORT
Findings are logged to stderr as they happen.

Stopping: on SIGINT/SIGTERM it stops accepting, says on stderr how many exchanges are still to
check, lets open exchanges finish and goes on checking until --drain-ms after the signal (open
exchanges still unanswered then are dropped); then it prints the summary to stderr and writes
--report. Exchanges still unchecked by then are counted as not checked (never as passed). A second SIGINT/SIGTERM stops at once: open exchanges
are dropped, and the summary and report say what was checked until then.

Options:
      --upstream URL      where to forward: http://host:port (fc3-testkit serve, Prism, any
                          emulator) or https://host[:port] (the real FC endpoint) (required)
  -p, --port N            port (default 9100; 0 picks a free port)
      --host H            interface to bind (default 127.0.0.1)
      --record FILE       write a cassette (NDJSON, one exchange a line, secrets redacted)
                          for fc3-testkit replay, fc3Handlers(cassette) and fc3Nock(cassette)
      --report FILE       write the report on exit (checked writable at start)
      --reporter NAME     ${reporterNames.join(' | ')} (default: from the --report extension:
                          .xml junit, .json json, .md markdown, else console)
      --body-limit N      bodies up to N bytes are checked and recorded in full (default
                          16777216); larger ones are recorded as size + SHA-256 and replay by hash
      --drain-ms N        after a stop signal, forward and check for at most N ms more (default
                          ${DRAIN_MS}; 0 = do not wait), so that the report is written
                          within the grace period of docker stop (10 s) and of CI runners
      --quiet             no live finding lines on stderr
  -h, --help              show this help

Redacted in cassettes and reports: Authorization credentials and signatures,
x-acs-accesskey-id, x-acs-security-token, x-acs-bearer-token, x-fc-security-token,
Proxy-Authorization, Cookie, Set-Cookie, the query parameters AccessKeyId, AccessKeySecret,
Signature, SecurityToken (and their x-acs- forms), and the string values of JSON keys named
password, accessKeyId, accessKeySecret, securityToken (any case).

Exit status: 0 no finding, 1 at least one finding, 2 usage error (bad option, port in use).
Exchanges left unchecked at the stop are not findings: the summary counts them apart.

Examples:
  fc3-testkit proxy --upstream http://127.0.0.1:9000 --record run.ndjson --report proxy.xml
  FC_CLIENT_CUSTOM_ENDPOINT=http://127.0.0.1:9100 s deploy     # Serverless Devs through it
The real service, the Host header and what is redacted: docs/guides/check-the-real-service.md
`;

const OPTIONS = {
  upstream: { type: 'string' },
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  record: { type: 'string' },
  report: { type: 'string' },
  reporter: { type: 'string' },
  'body-limit': { type: 'string' },
  'drain-ms': { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  if (values.help) {
    io.stdout.write(usage);
    return 0;
  }
  if (!values.upstream) throw new UsageError('--upstream is required');
  // Checked here too, so that the messages name the flags rather than startProxy's options.
  upstreamUrl(values.upstream, '--upstream');
  const reporter = reporterFor(values.reporter, values.report);
  const port = parseIntegerFlag({ flag: '--port', value: values.port, min: 0, max: 65535, fallback: 9100 });
  const bodyLimit = parseIntegerFlag({
    flag: '--body-limit',
    value: values['body-limit'],
    min: 1024,
    max: 1024 * 1024 * 1024,
    fallback: 16 * 1024 * 1024,
  });
  const drainMs = parseIntegerFlag({
    flag: '--drain-ms',
    value: values['drain-ms'],
    min: 0,
    max: 86_400_000,
    fallback: DRAIN_MS,
  });
  // After every other flag, so a usage error leaves both files as they were. The report is checked
  // now (appending, never truncating) since it is written only when the session ends.
  if (values.record) checkWritable(values.record, '--record');
  if (values.report) checkOutputFile('--report', values.report);
  const stopped = waitForStopSignal();
  const proxy = await startProxy({
    upstream: values.upstream,
    port,
    host: values.host ?? '127.0.0.1',
    bodyLimit,
    ...(values.record ? { record: values.record } : {}),
    ...(values.quiet ? {} : { onFindings: (live) => io.stderr.write(`${liveLines(live).join('\n')}\n`) }),
    onWarning: (message) => io.stderr.write(`fc3-testkit proxy: ${message}\n`),
  });
  io.stdout.write(`listening on ${proxy.url}\n`);
  const signal = await stopped;
  const cut = new AbortController();
  // Installed until the report is written: a later signal cannot leave it half-written.
  const stopListening = onStopSignals((next) => {
    if (!cut.signal.aborted) io.stderr.write(`fc3-testkit proxy: a second ${next}: stopping at once\n`);
    cut.abort(`a second ${next}`);
  });
  io.stderr.write(
    `fc3-testkit proxy: ${signal} received: finishing ${proxy.openConnections} open connection(s);` +
      ` ${proxy.uncheckedExchanges} exchange(s) still to check, for at most ${drainMs} ms` +
      ` (--drain-ms); a second ${signal} stops at once\n`,
  );
  try {
    const result = await proxy.close({ drainMs, signal: cut.signal });
    io.stderr.write(result.summary);
    if (values.report) await writeFile(values.report, formatReport(result.report, reporter));
    return result.findings === 0 ? 0 : 1;
  } finally {
    stopListening();
  }
}

/**
 * The `proxy` command.
 *
 * @example
 * await proxyCommand.run(['--upstream', 'http://127.0.0.1:9000', '--port', '0'], io);
 */
export const proxyCommand: Command = { name: 'proxy', usage, run };
