/**
 * Cases for triggers, tags, the function settings deploy tools read and the code-upload token
 * (lifecycle I.4, I.5, D.3, G, H.1; reference "Triggers and tags" T.1–T.7). Each creates the
 * function it needs first; the trigger and tag requests are signed like every other case, the
 * `tempBucketToken` request with the FC 2.0 scheme.
 */
import type { CaseRequest, ContractCase } from '../types.ts';
import { baseInput, createRequest, fact, type Naming } from './context.ts';

const HTTP_CONFIG = '{"authType":"anonymous","methods":["GET"]}';

const fnPath = (name: string) => `/2023-03-30/functions/${name}`;
/** The `x-acs-action` the SDK signs for each operation (lifecycle A.1). */
const action = (name: string) => ({ 'x-acs-action': name });
const trigger = (fn: string, body: Record<string, unknown>): CaseRequest => ({
  method: 'POST',
  path: `${fnPath(fn)}/triggers`,
  headers: action('CreateTrigger'),
  body,
});
const http = (triggerName: string) => ({ triggerName, triggerType: 'http', triggerConfig: HTTP_CONFIG });
const tagRequest = (fn: string, tags: Array<{ Key: string; Value: string }>): CaseRequest => ({
  method: 'POST',
  path: '/2023-03-30/tags-v2',
  headers: action('TagResources'),
  // The ARN of the suite's default scope (reference A.2): the function the case created.
  body: {
    ResourceId: [`acs:fc:cn-hangzhou:1234567890123456:functions/${fn}`],
    ResourceType: 'FUNCTION',
    Tag: tags,
  },
});

/**
 * The trigger, tag, settings and upload cases of one run.
 *
 * @example
 * triggerCases(naming).map((c) => c.id); // ['trigger.create.http', …]
 */
export function triggerCases(naming: Naming): ContractCase[] {
  return [...triggerCrud(naming), ...triggerRules(naming), ...tagCases(naming), ...settingCases(naming)];
}

function triggerCrud(naming: Naming): ContractCase[] {
  const [a, b, c, d] = ['trg', 'trg-dup', 'trg-miss', 'trg-busy'].map((p) => naming.next(p)) as [
    string,
    string,
    string,
    string,
  ];
  return [
    {
      id: 'trigger.create.http',
      title: 'CreateTrigger answers 200 for an HTTP trigger with JSON-text triggerConfig',
      fact: fact({
        reference: 'lifecycle I.4',
        statement: 'a trigger is created on an existing function',
        grade: 'inferred',
      }),
      setup: [createRequest(baseInput('builtin', a))],
      request: trigger(a, http('web')),
      expect: { status: 200, statusGrade: 'inferred' },
      needs: ['state'],
    },
    {
      id: 'trigger.create.duplicate',
      title: 'A second trigger of the same name answers 409 TriggerAlreadyExists',
      fact: fact({
        reference: 'lifecycle G, lifecycle H.1',
        statement: 'a taken trigger name answers TriggerAlreadyExists',
      }),
      setup: [createRequest(baseInput('builtin', b)), trigger(b, http('web'))],
      request: trigger(b, http('web')),
      expect: { status: 409, statusGrade: 'inferred', code: 'TriggerAlreadyExists' },
      needs: ['state'],
    },
    {
      id: 'trigger.create.function-missing',
      title: 'A trigger on a missing function answers 404 FunctionNotFound',
      fact: fact({
        reference: 'lifecycle I.4',
        statement: 'no function, no trigger (FunctionNotFound)',
        grade: 'inferred',
      }),
      request: trigger(naming.next('trg-none'), http('web')),
      expect: { status: 404, code: 'FunctionNotFound' },
    },
    {
      id: 'trigger.get.missing',
      title: 'GetTrigger of a name the function does not have answers 404 TriggerNotFound',
      fact: fact({ reference: 'lifecycle G', statement: 'a missing trigger answers TriggerNotFound' }),
      setup: [createRequest(baseInput('builtin', c))],
      request: { method: 'GET', path: `${fnPath(c)}/triggers/none`, headers: action('GetTrigger') },
      expect: { status: 404, statusGrade: 'inferred', code: 'TriggerNotFound' },
      needs: ['state'],
    },
    {
      id: 'trigger.delete-function.not-empty',
      title: 'DeleteFunction of a function with a trigger answers 409 FunctionNotEmpty',
      fact: fact({ reference: 'lifecycle D.3', statement: 'triggers must be deleted before their function' }),
      setup: [createRequest(baseInput('builtin', d)), trigger(d, http('web'))],
      request: { method: 'DELETE', path: fnPath(d), headers: action('DeleteFunction') },
      expect: { status: 409, statusGrade: 'inferred', code: 'FunctionNotEmpty' },
      needs: ['state'],
    },
  ];
}

function triggerRules(naming: Naming): ContractCase[] {
  const refused = (options: {
    id: string;
    ruleId: string;
    body: Record<string, unknown>;
    grade: 'documented' | 'inferred';
  }) => {
    const fn = naming.next('trg-bad');
    return {
      id: options.id,
      title: `CreateTrigger refuses a body that breaks ${options.ruleId} (400 InvalidArgument)`,
      fact: fact({
        reference: 'lifecycle I.4',
        ruleId: options.ruleId,
        statement: `rule ${options.ruleId}`,
        grade: options.grade,
      }),
      setup: [createRequest(baseInput('builtin', fn))],
      request: trigger(fn, options.body),
      expect: { status: 400, code: 'InvalidArgument' },
      needs: ['state'],
    } satisfies ContractCase;
  };
  const full = naming.next('trg-full');
  return [
    refused({
      id: 'trigger.rule.name',
      ruleId: 'triggerName-format',
      body: http('9web'),
      grade: 'documented',
    }),
    refused({
      id: 'trigger.rule.config-json',
      ruleId: 'triggerConfig-json',
      body: { ...http('web'), triggerConfig: '{methods' },
      grade: 'documented',
    }),
    refused({
      id: 'trigger.rule.http-methods',
      ruleId: 'http-trigger-config',
      body: { ...http('web'), triggerConfig: '{"methods":["FETCH"]}' },
      grade: 'inferred',
    }),
    refused({
      id: 'trigger.rule.timer-cron',
      ruleId: 'timer-trigger-config',
      body: { triggerName: 'tick', triggerType: 'timer', triggerConfig: '{"cronExpression":"daily"}' },
      grade: 'inferred',
    }),
    {
      id: 'trigger.rule.max-50',
      title: 'The 51st trigger of a function answers 400 LimitExceeded',
      fact: fact({
        reference: 'G.11, lifecycle I.4',
        ruleId: 'triggers-per-function-max',
        statement: 'at most 50 triggers per function',
        grade: 'inferred',
      }),
      setup: [
        createRequest(baseInput('builtin', full)),
        ...Array.from({ length: 50 }, (_, i) => trigger(full, http(`t${String(i).padStart(2, '0')}`))),
      ],
      request: trigger(full, http('t50')),
      expect: { status: 400, code: 'LimitExceeded' },
      needs: ['state'],
    },
  ];
}

function tagCases(naming: Naming): ContractCase[] {
  const [tagged, untagged] = [naming.next('tag'), naming.next('untag')];
  const env = { Key: 'env', Value: 'prod' };
  return [
    {
      id: 'tags.tag-resources.reflected',
      title: 'Tags added with TagResources (ResourceType FUNCTION) show in GetFunction',
      fact: fact({
        reference: 'lifecycle I.5',
        statement: 'TagResources tags the function named by ARN; ResourceType in any case',
        grade: 'inferred',
      }),
      setup: [createRequest(baseInput('builtin', tagged)), tagRequest(tagged, [env])],
      request: { method: 'GET', path: fnPath(tagged), headers: action('GetFunction') },
      expect: { status: 200, success: { echo: { functionName: tagged, tags: [env] } } },
      needs: ['state'],
    },
    {
      id: 'tags.untag-resources.all',
      title: 'UntagResources with All=true leaves GetFunction without tags',
      fact: fact({ reference: 'lifecycle I.5', statement: 'All=true removes every tag' }),
      setup: [
        createRequest({ ...baseInput('builtin', untagged), tags: [env] }),
        {
          method: 'DELETE',
          headers: action('UntagResources'),
          path: `/2023-03-30/tags-v2?ResourceId=${encodeURIComponent(JSON.stringify([`acs:fc:cn-hangzhou:1234567890123456:functions/${untagged}`]))}&ResourceType=function&All=true`,
        },
      ],
      request: { method: 'GET', path: fnPath(untagged), headers: action('GetFunction') },
      expect: { status: 200, success: { echo: { functionName: untagged, tags: [] } } },
      needs: ['state'],
    },
    {
      id: 'tags.tag-resources.function-missing',
      title: 'TagResources of a missing function answers 404 FunctionNotFound',
      fact: fact({
        reference: 'lifecycle I.5',
        statement: 'tags need an existing function',
        grade: 'inferred',
      }),
      request: tagRequest(naming.next('tag-none'), [env]),
      expect: { status: 404, code: 'FunctionNotFound' },
    },
  ];
}

function settingCases(naming: Naming): ContractCase[] {
  const [async, vpc] = [naming.next('set-async'), naming.next('set-vpc')];
  return [
    {
      id: 'settings.async-invoke-config.none',
      title: 'GetAsyncInvokeConfig of a function without one answers 404 AsyncConfigNotExists',
      fact: fact({
        reference: 'lifecycle H.1',
        statement: 'the documented not-found code of async invocation configs (FC 2.0 error page)',
      }),
      setup: [createRequest(baseInput('builtin', async))],
      request: {
        method: 'GET',
        path: `${fnPath(async)}/async-invoke-config?qualifier=LATEST`,
        headers: action('GetAsyncInvokeConfig'),
      },
      expect: { status: 404, code: 'AsyncConfigNotExists' },
      needs: ['state'],
    },
    {
      id: 'settings.vpc-bindings.none',
      title: 'ListVpcBindings of a function without bindings answers 200 (an empty list)',
      fact: fact({
        reference: 'lifecycle H.1',
        statement: 'no VPC binding is listed as an empty vpcIds',
        grade: 'inferred',
      }),
      setup: [createRequest(baseInput('builtin', vpc))],
      request: { method: 'GET', path: `${fnPath(vpc)}/vpc-bindings`, headers: action('ListVpcBindings') },
      expect: { status: 200, statusGrade: 'inferred' },
      needs: ['state'],
    },
    {
      id: 'upload.temp-bucket-token',
      title: 'FC 2.0 tempBucketToken answers 200 (signed with the FC 2.0 scheme when credentials are set)',
      fact: fact({
        reference: 'lifecycle H.1',
        statement: 'Serverless Devs asks tempBucketToken before uploading a code folder',
        grade: 'inferred',
      }),
      request: { method: 'GET', path: '/2016-08-15/tempBucketToken', signed: { scheme: 'FC2' } },
      expect: { status: 200, statusGrade: 'inferred' },
    },
  ];
}
