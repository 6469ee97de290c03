/**
 * Imported first (for its effect) by the entries that need a newer Node's API: `fc3-testkit/server`,
 * `/contracts` and `/proxy`. On a Node that `engines` does not admit, importing them throws this
 * one error, the bin's line, instead of a SyntaxError about an export a built-in module lacks
 * (ADR 053). Elsewhere than Node (no `process.versions.node`) it does nothing. Not in the browser
 * entry.
 */
import { Fc3TestkitError } from './core/errors.ts';
import { nodeRefusal } from './node-version.ts';

const node = typeof process === 'undefined' ? undefined : process.versions?.node;
const refusal = node === undefined ? undefined : nodeRefusal(node);
if (refusal !== undefined) throw new Fc3TestkitError(refusal);
