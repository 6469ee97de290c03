/**
 * The registry of `fc3-testkit` subcommands. To add one, create `cli/commands/<name>.ts`
 * exporting a {@link Command} and add an entry below. Commands load only when they run.
 */
import type { CommandEntry } from '../command.ts';

/**
 * Every registered subcommand, in the order `fc3-testkit --help` lists them.
 *
 * @example
 * commands.find((command) => command.name === 'fixtures')?.summary;
 */
export const commands: readonly CommandEntry[] = [
  {
    name: 'serve',
    summary: 'Run the stateful FC 3.0 emulator over HTTP: functions, versions, aliases, triggers, tags, code',
    load: async () => (await import('./serve.ts')).serveCommand,
  },
  {
    name: 'prism',
    summary: "Run Stoplight Prism (stateless mock) on the toolkit's FC 3.0 spec",
    load: async () => (await import('./prism.ts')).prismCommand,
  },
  {
    name: 'proxy',
    summary: 'Forward to any FC endpoint unchanged and check every exchange against the documentation',
    load: async () => (await import('./proxy.ts')).proxyCommand,
  },
  {
    name: 'replay',
    summary: 'Serve a cassette recorded by proxy --record, offline',
    load: async () => (await import('./replay.ts')).replayCommand,
  },
  {
    name: 'fixtures',
    summary: 'Print seeded fixtures (valid inputs, Function bodies, invalid inputs) as NDJSON',
    load: async () => (await import('./fixtures.ts')).fixturesCommand,
  },
  {
    name: 'verify',
    summary: 'Run the contract suite (functions, versions, aliases, triggers, tags, code) against a server',
    load: async () => (await import('./verify.ts')).verifyCommand,
  },
  {
    name: 'scorecard',
    summary: 'Compare several servers against the contract suite',
    load: async () => (await import('./scorecard.ts')).scorecardCommand,
  },
];
