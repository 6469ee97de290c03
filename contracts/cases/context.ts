/**
 * What case builders share: the run's naming scheme, credentials flag and the spec's examples.
 */
import { requestExamples, specDocument } from '../../generated/spec-document.ts';
import { checkOptionKeys } from '../../mocks/core/option-keys.ts';
import type { CaseRequest, Fact, Grade } from '../types.ts';

/**
 * The CreateFunction path (reference A.1).
 *
 * @example
 * `${baseUrl}${CREATE_PATH}`;
 */
export const CREATE_PATH = '/2023-03-30/functions';

/**
 * The 22-byte empty ZIP in Base64 (reference F).
 *
 * @example
 * baseInput('builtin', 'f').code; // { zipFile: EMPTY_ZIP }
 */
export const EMPTY_ZIP = 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==';

/**
 * Per-run naming: every function a case creates gets a name no earlier run used, so the suite
 * can run again and again against one long-lived server.
 *
 * @example
 * const names = createNaming({ prefix: 'ct', runId: 'k3x9q' });
 * names.next('dup'); // 'ct-k3x9q-dup-1'
 */
export interface Naming {
  prefix: string;
  runId: string;
  /** A fresh valid name; `label` makes it readable. */
  next(label: string): string;
  /** A fresh valid name of exactly `length` characters (length ≥ base length + 4). */
  ofLength(length: number): string;
}

/** Options of {@link createNaming}. */
export interface NamingOptions {
  prefix: string;
  runId: string;
}

const NAMING_OPTION_KEYS = Object.keys({ prefix: true, runId: true } satisfies Record<
  keyof NamingOptions,
  true
>);

/**
 * Creates the naming scheme of one run; an unknown option key throws `Fc3TestkitError`.
 *
 * @example
 * createNaming({ prefix: 'ct', runId: 'abc12' }).next('sample'); // 'ct-abc12-sample-1'
 */
export function createNaming(options: NamingOptions): Naming {
  checkOptionKeys({ adapter: 'createNaming', options, known: NAMING_OPTION_KEYS });
  let counter = 0;
  const base = `${options.prefix}-${options.runId}`;
  return {
    prefix: options.prefix,
    runId: options.runId,
    next(label) {
      counter += 1;
      return `${base}-${label}-${counter}`.slice(0, 64);
    },
    ofLength(length) {
      counter += 1;
      const stem = `${base}-${counter}-`;
      return (stem + 'x'.repeat(Math.max(0, length - stem.length))).slice(0, length);
    },
  };
}

/**
 * A random run id: 6 base-36 characters (time-ordered prefix plus entropy).
 *
 * @example
 * newRunId(); // 'm3k9qz'
 */
export function newRunId(): string {
  const time = Date.now().toString(36).slice(-3);
  const random = Math.floor(Math.random() * 36 ** 3)
    .toString(36)
    .padStart(3, '0');
  return `${time}${random}`;
}

type Json = Record<string, unknown>;

function operation(): Json {
  const paths = specDocument.paths as Json;
  return (paths[CREATE_PATH] as Json).post as Json;
}

/**
 * A request example of the spec (`sample`, `minimal`, `container`, `clearing`), deep-copied.
 *
 * @example
 * requestExample('sample').functionName; // 'my-function-1'
 */
export function requestExample(name: string): Json {
  const example = requestExamples.CreateFunction?.[name];
  if (example === undefined) throw new Error(`spec has no request example "${name}"`);
  return structuredClone(example) as Json;
}

/**
 * The documented sample response (the spec's 200 `sample` example), deep-copied.
 *
 * @example
 * sampleResponse().codeSize; // 412
 */
export function sampleResponse(): Json {
  const ok = (operation().responses as Json)['200'] as Json;
  const content = (ok.content as Json)['application/json'] as Json;
  return structuredClone(((content.examples as Json).sample as Json).value) as Json;
}

/**
 * A POST to CreateFunction with a JSON body.
 *
 * @example
 * createRequest({ functionName: 'f' }); // { method: 'POST', path: '/2023-03-30/functions', body: {...} }
 */
export function createRequest(body: CaseRequest['body'], extra: Partial<CaseRequest> = {}): CaseRequest {
  return { method: 'POST', path: CREATE_PATH, body, ...extra };
}

/**
 * Shorthand for a fact.
 *
 * @example
 * fact({ reference: 'E.2', statement: 'unknown path → PathNotSupported' });
 */
export function fact(options: {
  reference: string;
  statement: string;
  grade?: Grade;
  ruleId?: string;
}): Fact {
  const result: Fact = {
    reference: options.reference,
    statement: options.statement,
    grade: options.grade ?? 'documented',
  };
  if (options.ruleId) result.ruleId = options.ruleId;
  return result;
}

/**
 * A minimal valid input of one kind: a built-in runtime with the empty ZIP, a custom runtime, or
 * a custom container.
 *
 * @example
 * baseInput('builtin', 'ct-x-1'); // { functionName: 'ct-x-1', runtime: 'python3.10', handler: 'index.handler', code: {...} }
 */
export function baseInput(kind: 'builtin' | 'custom' | 'container', functionName: string): Json {
  if (kind === 'container') {
    return {
      functionName,
      runtime: 'custom-container',
      handler: 'handler',
      customContainerConfig: {
        image: 'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta1',
        port: 9000,
      },
    };
  }
  const runtime = kind === 'custom' ? 'custom.debian10' : 'python3.10';
  return { functionName, runtime, handler: 'index.handler', code: { zipFile: EMPTY_ZIP } };
}
