/**
 * What the spec documents per operation, read once from the generated spec document: the
 * statuses and error codes it answers (with the grade its text gives them), the header
 * parameters with their schema, and validators for request and response schemas.
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Grade } from '../../contracts/types.ts';
import { operationParameters, specDocument } from '../../generated/spec-document.ts';
import type { OperationName } from '../../mocks/core/types.ts';

type Json = Record<string, unknown>;

/** One documented status of an operation. */
export interface DocumentedStatus {
  status: number;
  /** `inferred` when the spec's text says the status is inferred. */
  grade: Grade;
  /** Documented error codes at this status, with their grade. */
  codes: Map<string, Grade>;
  /** The `components/schemas` name of the JSON body, if any. */
  schema: string | undefined;
}

/** A header parameter with a constraint worth checking on what a client sent. */
export interface HeaderParameter {
  name: string;
  enum?: string[];
  pattern?: RegExp;
}

/** The facts of one operation. */
export interface OperationFacts {
  statuses: Map<number, DocumentedStatus>;
  headers: HeaderParameter[];
  /** Where the reference documents the answer and the errors. */
  answerReference: string;
  errorReference: string;
}

/** Reference sections of each operation's answer and errors (CF = fc3-createfunction.md). */
const REFERENCES: Record<OperationName, [answer: string, errors: string]> = {
  CreateFunction: ['D.1, D.2', 'E.2'],
  GetFunction: ['lifecycle B.2', 'lifecycle B.3, G'],
  UpdateFunction: ['lifecycle C.3', 'lifecycle C.5, G'],
  DeleteFunction: ['lifecycle D.2', 'lifecycle D.4, G'],
  ListFunctions: ['lifecycle E.2', 'lifecycle E.1, G'],
  CreateTrigger: ['lifecycle I.4, T.2', 'lifecycle G, T.5'],
  ListTriggers: ['lifecycle I.4', 'lifecycle I.4, G'],
  GetTrigger: ['lifecycle I.4, T.2', 'lifecycle G, T.5'],
  UpdateTrigger: ['lifecycle I.4, T.2', 'lifecycle G, T.5'],
  DeleteTrigger: ['T.2', 'lifecycle G, T.5'],
  TagResources: ['T.4', 'lifecycle I.5, T.4'],
  UntagResources: ['T.4', 'lifecycle I.5, T.4'],
  ChangeResourceGroup: ['lifecycle I.5, H.1', 'lifecycle I.5, G'],
  DisableFunctionInvocation: ['lifecycle I.5, CF D.2', 'lifecycle I.5, G'],
  EnableFunctionInvocation: ['lifecycle I.5, CF D.2', 'lifecycle I.5, G'],
  PublishFunctionVersion: ['lifecycle I.2', 'lifecycle I.2, G'],
  ListFunctionVersions: ['lifecycle I.2', 'lifecycle I.2, G'],
  DeleteFunctionVersion: ['lifecycle I.2, D.2', 'lifecycle I.2, G'],
  CreateAlias: ['lifecycle I.3', 'lifecycle I.3, G'],
  ListAliases: ['lifecycle I.3', 'lifecycle I.3, G'],
  GetAlias: ['lifecycle I.3', 'lifecycle I.3, G'],
  GetFunctionCode: ['lifecycle I.1', 'lifecycle I.1, G'],
  UpdateAlias: ['lifecycle I.3', 'lifecycle I.3, G'],
  DeleteAlias: ['lifecycle I.3, D.2', 'lifecycle I.3, G'],
  GetAsyncInvokeConfig: ['T.6', 'T.6'],
  GetConcurrencyConfig: ['T.6', 'T.6'],
  GetScalingConfig: ['T.6', 'T.6'],
  GetProvisionConfig: ['T.6', 'T.6'],
  ListVpcBindings: ['T.6', 'T.6'],
  ListAsyncInvokeConfigs: ['T.6', 'T.6'],
  ListScalingConfigs: ['T.6', 'T.6'],
  // Not FC 3.0 spec operations (ADR 023): never routed by the proxy's FC 3.0 table.
  GetTempBucketToken: ['T.7', 'T.7'],
  PutObject: ['T.8', 'T.8'],
  DownloadFunctionCode: ['ADR 038', 'ADR 038'],
};

const spec = specDocument as unknown as { paths: Record<string, Record<string, Json>>; components: Json };
// The spec's prose says which answers are inferred; generation keeps that as `x-fc-grade`.
const gradeOf = (entry: Json | undefined): Grade =>
  entry?.['x-fc-grade'] === 'inferred' ? 'inferred' : 'documented';

function statusOf(code: string, response: Json): DocumentedStatus {
  const content = (response.content as Json | undefined)?.['application/json'] as Json | undefined;
  const examples = (content?.examples as Record<string, Json> | undefined) ?? {};
  const status = Number(code);
  const codes = new Map<string, Grade>();
  if (status >= 400) {
    for (const [name, example] of Object.entries(examples)) codes.set(name, gradeOf(example));
  }
  const ref = (content?.schema as Json | undefined)?.$ref;
  const schema = typeof ref === 'string' ? ref.split('/').at(-1) : undefined;
  return { status, grade: gradeOf(response), codes, schema };
}

function headersOf(parameters: Json[]): HeaderParameter[] {
  const out: HeaderParameter[] = [];
  for (const parameter of parameters) {
    if (parameter.in !== 'header') continue;
    const schema = (parameter.schema as Json | undefined) ?? {};
    const entry: HeaderParameter = { name: String(parameter.name).toLowerCase() };
    if (Array.isArray(schema.enum)) entry.enum = schema.enum.map(String);
    if (typeof schema.pattern === 'string') entry.pattern = new RegExp(schema.pattern);
    if (entry.enum || entry.pattern) out.push(entry);
  }
  return out;
}

function readFacts(): Map<string, OperationFacts> {
  const facts = new Map<string, OperationFacts>();
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
      const name = operation.operationId as OperationName | undefined;
      if (!name || !(name in REFERENCES)) continue;
      const responses = Object.entries((operation.responses as Record<string, Json>) ?? {});
      const [answerReference, errorReference] = REFERENCES[name];
      facts.set(name, {
        statuses: new Map(responses.map(([code, response]) => [Number(code), statusOf(code, response)])),
        headers: headersOf((operationParameters[name] as Json[] | undefined) ?? []),
        answerReference,
        errorReference,
      });
    }
  }
  return facts;
}

const facts = readFacts();

/**
 * The documented facts of an operation.
 *
 * @example
 * operationFacts('DeleteFunction').statuses.has(204); // true
 */
export function operationFacts(operation: OperationName): OperationFacts {
  const found = facts.get(operation);
  if (!found) throw new Error(`the spec has no operation ${operation}`);
  return found;
}

// Compiled on first use and shared: compiled validators are immutable.
let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

/**
 * A validator (all errors) for a `components/schemas` entry of the spec.
 *
 * @example
 * schemaValidator('ListFunctionsOutput')({ functions: [] }); // true
 */
export function schemaValidator(name: string): ValidateFunction {
  const cached = validators.get(name);
  if (cached) return cached;
  if (!ajv) {
    // multipleOfPrecision as the emulator's validator: cpu 0.15 is a multiple of 0.05 (Prism's Ajv gets this wrong).
    ajv = new Ajv2020({ strict: false, allErrors: true, multipleOfPrecision: 9 });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    ajv.addSchema({ $id: 'fc3-proxy://spec', components: spec.components });
  }
  const validate = ajv.getSchema(`fc3-proxy://spec#/components/schemas/${name}`);
  if (!validate) throw new Error(`the spec has no schema ${name}`);
  validators.set(name, validate);
  return validate;
}
