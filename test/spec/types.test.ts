/**
 * Type-level checks of generated/openapi.ts. `expectTypeOf` is a no-op at run time: these
 * assertions are enforced by `tsc --noEmit` (npm run typecheck), which includes test/.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { components, operations } from '../../generated/openapi.ts';

type Input = components['schemas']['CreateFunctionInput'];
type Fn = components['schemas']['Function'];
type FcError = components['schemas']['Error'];

describe('generated types', () => {
  it('CreateFunctionInput requires functionName, runtime and handler', () => {
    expectTypeOf<Input['functionName']>().toEqualTypeOf<string>();
    expectTypeOf<Input['handler']>().toEqualTypeOf<string>();
    expectTypeOf<Input['runtime']>().toExtend<string>();
    expectTypeOf<'python3.10'>().toExtend<Input['runtime']>();
    expectTypeOf<{ functionName: string; handler: string }>().not.toExtend<Input>();
  });

  it('CreateFunctionInput is an object type, not unknown (the XOR rules sit in allOf)', () => {
    expectTypeOf<Input>().not.toBeUnknown();
    expectTypeOf<components['schemas']['InputCodeLocation']>().not.toBeUnknown();
    expectTypeOf<{ functionName: 'f'; runtime: 'custom'; handler: 'h' }>().toExtend<Input>();
  });

  it('optional numeric fields are number | undefined', () => {
    expectTypeOf<Input['cpu']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Input['memorySize']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Input['diskSize']>().toEqualTypeOf<512 | 10240 | undefined>();
  });

  it('tags use the capitalised Key / Value wire names', () => {
    type TagItem = NonNullable<Input['tags']>[number];
    expectTypeOf<TagItem>().toEqualTypeOf<{ Key?: string; Value?: string }>();
  });

  it('maps are string-valued', () => {
    expectTypeOf<NonNullable<Input['environmentVariables']>>().toEqualTypeOf<{ [key: string]: string }>();
  });

  it('Function layers are {arn, size} objects and state is an enum', () => {
    type Layer = NonNullable<Fn['layers']>[number];
    expectTypeOf<Layer>().toEqualTypeOf<{ arn?: string; size?: number }>();
    expectTypeOf<NonNullable<Fn['state']>>().toEqualTypeOf<
      'Pending' | 'Active' | 'Failed' | 'Inactive' | 'InActive'
    >();
    expectTypeOf<NonNullable<Fn['lastUpdateStatus']>>().toEqualTypeOf<
      'Successful' | 'Failed' | 'InProgress'
    >();
  });

  it('Error has required Code, Message and RequestId', () => {
    expectTypeOf<FcError>().toEqualTypeOf<{ Code: string; Message: string; RequestId: string }>();
  });

  it('the operation types the request body and the 200 / 409 bodies', () => {
    type Op = operations['CreateFunction'];
    expectTypeOf<Op['requestBody']['content']['application/json']>().toEqualTypeOf<Input>();
    expectTypeOf<Op['responses'][200]['content']['application/json']>().toEqualTypeOf<Fn>();
    expectTypeOf<Op['responses'][409]['content']['application/json']>().toEqualTypeOf<FcError>();
  });
});
