/**
 * The registry of `fc3-testkit` subcommands. To add one, create `cli/commands/<name>.ts`
 * exporting a {@link Command} and add it to the list below.
 */
import type { Command } from '../command.ts';
import { fixturesCommand } from './fixtures.ts';
import { prismCommand } from './prism.ts';
import { scorecardCommand } from './scorecard.ts';
import { serveCommand } from './serve.ts';
import { verifyCommand } from './verify.ts';

/**
 * Every registered subcommand, in the order `fc3-testkit --help` lists them.
 *
 * @example
 * commands.find((command) => command.name === 'fixtures')?.summary;
 */
export const commands: readonly Command[] = [
  serveCommand,
  prismCommand,
  fixturesCommand,
  verifyCommand,
  scorecardCommand,
];
