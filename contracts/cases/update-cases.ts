/**
 * UpdateFunction cases (lifecycle C, F.7): the top-level merge, what an update never changes,
 * `lastModifiedTime` moving, code checksum and size recomputed, the keys that are not updatable,
 * switching between code and image, read-after-update and FunctionNotFound.
 */
import { zipBase64 } from '../../mocks/fixtures/index.ts';
import type { ContractCase } from '../types.ts';
import { baseInput, createRequest, EMPTY_ZIP, fact, type Naming } from './context.ts';
import {
  getRequest,
  IDENTITY,
  notFoundCase,
  sameFields,
  sameFunctionAs,
  updateRequest,
} from './function-requests.ts';

/** A second, non-empty code package (lifecycle F.7: new code, new checksum and size). */
const NEW_ZIP = zipBase64({ 'index.py': 'def handler(event, context):\n    return "v2"\n' });
type Json = Record<string, unknown>;
const IMAGE = 'registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta2';
const MERGE = fact({
  reference: 'lifecycle C.2, F.7',
  statement: 'UpdateFunction replaces the top-level keys it is sent and keeps every other one',
  grade: 'inferred',
});

function rich(naming: Naming, label: string): Record<string, unknown> {
  return {
    ...baseInput('builtin', naming.next(label)),
    description: 'before the update',
    timeout: 30,
    memorySize: 1024,
    cpu: 0.5,
    environmentVariables: { A: '1', B: '2' },
  };
}

function mergeCases(naming: Naming): ContractCase[] {
  const keeps = rich(naming, 'upd-merge');
  const replaces = rich(naming, 'upd-replace');
  return [
    {
      id: 'update.merge.keeps-absent-keys',
      title: 'an update of timeout alone keeps description, memory, cpu and environment',
      fact: MERGE,
      setup: [createRequest(keeps)],
      request: updateRequest(String(keeps.functionName), { timeout: 60 }),
      expect: { status: 200, success: { echo: { ...keeps, timeout: 60 }, kind: 'updated' } },
      needs: ['state'],
    },
    {
      id: 'update.merge.replaces-whole-key',
      title: 'a new environmentVariables map replaces the old one whole',
      fact: MERGE,
      setup: [createRequest(replaces)],
      request: updateRequest(String(replaces.functionName), { environmentVariables: { C: '3' } }),
      expect: {
        status: 200,
        success: {
          echo: { ...replaces, environmentVariables: { C: '3' } },
          kind: 'updated',
          exact: { environmentVariables: { C: '3' } },
        },
      },
      needs: ['state'],
    },
  ];
}

function identityCases(naming: Naming): ContractCase[] {
  const input = baseInput('builtin', naming.next('upd-identity'));
  const later = baseInput('custom', naming.next('upd-later'));
  return [
    {
      id: 'update.keeps-identity',
      title: 'functionId, functionArn, functionName and createdTime survive an update',
      fact: fact({
        reference: 'lifecycle F.7',
        statement: 'an update never changes functionId, functionArn, functionName or createdTime',
        grade: 'inferred',
      }),
      setup: [createRequest(input)],
      request: updateRequest(String(input.functionName), { description: 'after' }),
      expect: { status: 200, compare: [sameFields(0, IDENTITY, 'inferred')] },
      needs: ['state'],
    },
    {
      id: 'update.last-modified-moves',
      title: 'an update a second after the create moves lastModifiedTime to the update time',
      fact: fact({
        reference: 'lifecycle F.7',
        statement:
          'lastModifiedTime is set to the time of the update ("the last time the function was updated")',
      }),
      setup: [createRequest(later)],
      // Timestamps have whole seconds (CF D.2 sample): wait past the create's second.
      request: updateRequest(
        String(later.functionName),
        { description: 'a second later' },
        { delayMs: 1100 },
      ),
      expect: {
        status: 200,
        statusGrade: 'inferred',
        success: { echo: { ...later, description: 'a second later' }, kind: 'updated' },
        compare: [
          {
            step: 0,
            relation: 'later',
            fields: ['lastModifiedTime'],
            reference: 'lifecycle F.7',
            grade: 'documented',
          },
        ],
      },
      needs: ['state'],
    },
  ];
}

function codeCases(naming: Naming): ContractCase[] {
  const fresh = baseInput('builtin', naming.next('upd-code'));
  const kept: Json = { ...baseInput('builtin', naming.next('upd-keep-code')), code: { zipFile: NEW_ZIP } };
  const CODE = fact({
    reference: 'lifecycle F.7, CF F',
    statement: 'codeChecksum and codeSize are recomputed when code is sent, unchanged otherwise',
    grade: 'inferred',
  });
  return [
    {
      id: 'update.code.recomputes-checksum',
      title: 'new code gets its own CRC-64/XZ checksum and size',
      fact: CODE,
      setup: [createRequest(fresh)],
      request: updateRequest(String(fresh.functionName), { code: { zipFile: NEW_ZIP } }),
      expect: {
        status: 200,
        success: { echo: { ...fresh, code: { zipFile: NEW_ZIP } }, kind: 'updated' },
        compare: [
          {
            step: 0,
            relation: 'differs',
            fields: ['codeChecksum', 'codeSize'],
            reference: 'lifecycle F.7',
            grade: 'inferred',
          },
        ],
      },
      needs: ['state'],
    },
    {
      id: 'update.code.kept-without-code',
      title: 'an update without code keeps the checksum and size of the stored package',
      fact: CODE,
      setup: [createRequest(kept)],
      request: updateRequest(String(kept.functionName), { timeout: 9 }),
      expect: {
        status: 200,
        success: { echo: { ...kept, timeout: 9 }, kind: 'updated' },
        compare: [sameFields(0, ['codeChecksum', 'codeSize'], 'inferred')],
      },
      needs: ['state'],
    },
  ];
}

function readBackCase(naming: Naming): ContractCase {
  const input = rich(naming, 'upd-read');
  const name = String(input.functionName);
  const merged = { ...input, memorySize: 2048, cpu: 1 };
  return {
    id: 'update.then-get',
    title: 'GetFunction after an update answers the updated function',
    fact: MERGE,
    setup: [createRequest(input)],
    request: updateRequest(name, { memorySize: 2048, cpu: 1 }),
    expect: { status: 200, success: { echo: merged, kind: 'updated' } },
    afterwards: [
      {
        request: getRequest(name),
        expect: { status: 200, success: { echo: merged, kind: 'read' }, compare: [sameFunctionAs(1)] },
      },
    ],
    needs: ['state'],
  };
}

function notUpdatableCases(naming: Naming): ContractCase[] {
  const named = baseInput('builtin', naming.next('upd-named'));
  const tagged: Json = {
    ...baseInput('builtin', naming.next('upd-tags')),
    tags: [{ Key: 'team', Value: 'a' }],
  };
  const name = String(named.functionName);
  return [
    {
      id: 'update.function-name-in-body',
      title: 'a body repeating functionName, runtime and handler (as terraform sends it) is accepted',
      fact: fact({
        reference: 'lifecycle C.1, H.4',
        statement:
          'terraform always sends functionName (= the path name) in the update body, so the service accepts it',
      }),
      setup: [createRequest(named)],
      request: updateRequest(name, {
        functionName: name,
        runtime: named.runtime,
        handler: named.handler,
        memorySize: 1024,
      }),
      expect: {
        status: 200,
        statusGrade: 'inferred',
        success: { echo: { ...named, memorySize: 1024 }, kind: 'updated' },
      },
      needs: ['state'],
    },
    {
      id: 'update.tags-not-updatable',
      title: 'tags in an update body change nothing (TagResources owns them)',
      fact: fact({
        reference: 'lifecycle C.1, F.7',
        statement: 'tags and resourceGroupId are not UpdateFunction fields: sent anyway, they are ignored',
        grade: 'inferred',
      }),
      setup: [createRequest(tagged)],
      request: updateRequest(String(tagged.functionName), {
        tags: [{ Key: 'team', Value: 'b' }],
        resourceGroupId: 'rg-other',
      }),
      expect: { status: 200, compare: [sameFields(0, ['tags', 'resourceGroupId'], 'inferred')] },
      needs: ['state'],
    },
  ];
}

function switchCases(naming: Naming): ContractCase[] {
  const toImage = baseInput('builtin', naming.next('upd-to-image'));
  const half = baseInput('builtin', naming.next('upd-half-switch'));
  const image = { image: IMAGE, port: 9000 };
  const SWITCH = fact({
    reference: 'lifecycle C.1',
    statement:
      'code ↔ image is allowed when the body brings the matching runtime and source, refused otherwise',
    grade: 'inferred',
  });
  const { code: _code, ...withoutCode } = toImage;
  return [
    {
      id: 'update.switch.code-to-image',
      title: 'runtime custom-container with a customContainerConfig turns a code function into an image one',
      fact: SWITCH,
      setup: [createRequest(toImage)],
      request: updateRequest(String(toImage.functionName), {
        runtime: 'custom-container',
        customContainerConfig: image,
      }),
      expect: {
        status: 200,
        success: {
          echo: { ...withoutCode, runtime: 'custom-container', customContainerConfig: image },
          kind: 'updated',
        },
      },
      needs: ['state'],
    },
    {
      id: 'update.switch.image-without-runtime',
      title: 'a customContainerConfig alone on a python function is refused',
      fact: SWITCH,
      setup: [createRequest(half)],
      request: updateRequest(String(half.functionName), { customContainerConfig: image }),
      expect: { status: 400, code: 'InvalidArgument' },
      needs: ['state'],
    },
  ];
}

function missingCase(naming: Naming): ContractCase {
  const name = naming.next('upd-missing');
  return notFoundCase({
    id: 'update.not-found',
    title: 'UpdateFunction of a name nobody created answers 404 FunctionNotFound',
    reference: 'lifecycle C.5, G',
    name,
    request: updateRequest(name, { timeout: 5, code: { zipFile: EMPTY_ZIP } }),
  });
}

/**
 * The UpdateFunction cases of one run (rules re-checked on the merged configuration are in
 * update-rule-cases.ts, the lifecycle of an update in lifecycle-cases.ts).
 *
 * @example
 * updateCases(naming).some((c) => c.id === 'update.merge.keeps-absent-keys'); // true
 */
export function updateCases(naming: Naming): ContractCase[] {
  return [
    ...mergeCases(naming),
    ...identityCases(naming),
    ...codeCases(naming),
    readBackCase(naming),
    ...notUpdatableCases(naming),
    ...switchCases(naming),
    missingCase(naming),
  ];
}
