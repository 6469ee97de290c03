#!/usr/bin/env node
/**
 * The `fc3-testkit` bin. It always runs (no `import.meta.main`, which Node before 22.18 leaves
 * undefined, so the bin used to exit 0 without doing anything), and it checks the Node version
 * before loading the commands: this file and `mocks/node-version.ts` use only syntax every Node with
 * ES modules can parse.
 */
import { nodeRefusal } from '../mocks/node-version.ts';

const refusal = nodeRefusal(process.versions.node);
if (refusal === undefined) {
  const { main } = await import('./run.ts');
  const { watchStdout } = await import('./stdout-errors.ts');
  const stdout = watchStdout({ stdout: process.stdout, stderr: process.stderr });
  const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
  process.exitCode = stdout.failed() ? 1 : code;
} else {
  process.stderr.write(`${refusal}\n`);
  process.exitCode = 2;
}
