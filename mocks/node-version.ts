/**
 * Which Node versions the package runs on. The bin checks this before it imports anything else,
 * so an unsupported Node gets one clear line and exit 2 instead of a syntax error or, worse, a
 * silent exit 0 (docs/decisions/018-bin-on-older-node.md); the Node-only entries that need a
 * newer Node's API check it first too (`node-check.ts`, ADR 053).
 */

/**
 * The supported range, exactly as in package.json `engines.node` (a test keeps them equal): the
 * Node 22 line from 22.13 (the oldest that the dependencies' engines admit; what the package
 * itself needs is older) and every version from 24. Node 23 is an odd, end-of-life line.
 *
 * @example
 * SUPPORTED_NODE; // '^22.13.0 || >=24.0.0'
 */
export const SUPPORTED_NODE = '^22.13.0 || >=24.0.0';

type Version = [number, number, number];

function parse(version: string): Version {
  const [major = 0, minor = 0, patch = 0] = version.replace(/^v/, '').split(/[.-]/).map(Number);
  return [major, minor, patch];
}

const compare = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** One `^X.Y.Z` or `>=X.Y.Z` clause; the only two forms {@link SUPPORTED_NODE} uses. */
function satisfies(version: Version, clause: string): boolean {
  const match = /^(\^|>=)(\d+\.\d+\.\d+)$/.exec(clause.trim());
  if (!match) throw new Error(`unsupported engines clause ${JSON.stringify(clause)}`);
  const floor = parse(match[2] as string);
  const above = compare(version, floor) >= 0;
  return match[1] === '>=' ? above : above && version[0] === floor[0];
}

/**
 * Tells whether a Node version (`process.versions.node`) is in {@link SUPPORTED_NODE}.
 *
 * @example
 * isSupportedNode('22.12.0'); // false
 * isSupportedNode('24.0.0'); // true
 */
export function isSupportedNode(version: string, range = SUPPORTED_NODE): boolean {
  return range.split('||').some((clause) => satisfies(parse(version), clause));
}

/**
 * The one-line refusal for an unsupported Node, or `undefined` when the version is supported.
 *
 * @example
 * nodeRefusal('20.19.0'); // 'fc3-testkit: Node 20.19.0 is not supported; …'
 */
export function nodeRefusal(version: string): string | undefined {
  if (isSupportedNode(version)) return undefined;
  return `fc3-testkit: Node ${version} is not supported; it needs Node ${SUPPORTED_NODE} (package.json engines)`;
}
