/**
 * Which reporter writes a report file: the `--reporter` flag when given, else the file's
 * extension. Shared by `verify --output` and `proxy --report`, so that the same file name gets
 * the same format from both.
 */
import { type ReporterName, reporterNames } from '../contracts/reporters/index.ts';
import { UsageError } from './command.ts';

/**
 * The reporter for a report file: the flag, else the file's extension (`.xml` junit, `.json`
 * json, `.md` markdown, anything else or no file console).
 *
 * @example
 * reporterFor(undefined, 'proxy.xml'); // 'junit'
 */
export function reporterFor(flag: string | undefined, file: string | undefined): ReporterName {
  if (flag !== undefined) {
    if (!(reporterNames as readonly string[]).includes(flag)) {
      throw new UsageError(
        `--reporter must be one of ${reporterNames.join(', ')}, got ${JSON.stringify(flag)}`,
      );
    }
    return flag as ReporterName;
  }
  if (file?.endsWith('.xml')) return 'junit';
  if (file?.endsWith('.json')) return 'json';
  if (file?.endsWith('.md')) return 'markdown';
  return 'console';
}
