/**
 * CommonJS interop for the official SDK. `@alicloud/fc20230330` is CommonJS with
 * `exports.default = Client`: Node's own ESM loader (and jest's) hand the whole `module.exports` to
 * a default import, so the class is `FC.default`, while bundlers, vitest and TypeScript's
 * `bundler` resolution make the default import the class itself. Neither spelling type-checks in
 * both TypeScript module modes; this helper does, and picks the class at run time.
 */

/** The class behind a default import, whichever way the module system resolved it. */
export type DefaultExport<M> = M extends { default: infer D } ? D : M;

/**
 * Returns `module.default` when the default import is CommonJS's `module.exports`, else the
 * default import itself.
 *
 * @example
 * import FC from '@alicloud/fc20230330';
 * import { defaultExport } from 'fc3-testkit';
 * const Client = defaultExport(FC); // the client class under Node ESM, vitest, jest and bundlers
 */
export function defaultExport<M>(imported: M): DefaultExport<M> {
  const inner = (imported as { default?: unknown } | null | undefined)?.default;
  return (inner ?? imported) as DefaultExport<M>;
}
