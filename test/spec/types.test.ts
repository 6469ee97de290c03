/**
 * Type-level checks of generated/openapi.ts. `expectTypeOf` is a no-op at run time: these
 * assertions are enforced by `tsc --noEmit` (npm run typecheck), which includes test/.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { components, operations } from '../../generated/openapi.ts';

type Input = components['schemas']['CreateFunctionInput'];
type Fn = components['schemas']['Function'];
type FcError = components['schemas']['Error'];
type Update = components['schemas']['UpdateFunctionInput'];
type Page = components['schemas']['ListFunctionsOutput'];

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

  it('UpdateFunctionInput is CreateFunctionInput minus three keys, all optional (lifecycle C.1)', () => {
    expectTypeOf<keyof Update>().toEqualTypeOf<
      Exclude<keyof Input, 'functionName' | 'tags' | 'resourceGroupId'>
    >();
    expectTypeOf<Record<string, never>>().toExtend<Update>();
    expectTypeOf<Update['memorySize']>().toEqualTypeOf<Input['memorySize']>();
  });

  it('ListFunctionsOutput holds Function items and an optional token', () => {
    expectTypeOf<Page>().toEqualTypeOf<{ functions?: Fn[]; nextToken?: string }>();
  });

  it('the function-resource operations type their paths, queries and bodies', () => {
    type Get = operations['GetFunction'];
    type List = operations['ListFunctions'];
    type Put = operations['UpdateFunction'];
    type Delete = operations['DeleteFunction'];
    expectTypeOf<Get['parameters']['path']>().toEqualTypeOf<{ functionName: string }>();
    expectTypeOf<NonNullable<Get['parameters']['query']>>().toEqualTypeOf<{ qualifier?: string }>();
    expectTypeOf<Get['responses'][200]['content']['application/json']>().toEqualTypeOf<Fn>();
    expectTypeOf<Get['responses'][404]['content']['application/json']>().toEqualTypeOf<FcError>();
    expectTypeOf<Put['requestBody']['content']['application/json']>().toEqualTypeOf<Update>();
    expectTypeOf<Put['responses'][412]['content']['application/json']>().toEqualTypeOf<FcError>();
    expectTypeOf<NonNullable<Delete['responses'][204]['content']>>().toBeNever();
    expectTypeOf<List['responses'][200]['content']['application/json']>().toEqualTypeOf<Page>();
    // One query value holding JSON text (lifecycle E.1), as ListFunctionsShrinkRequest sends it.
    expectTypeOf<NonNullable<List['parameters']['query']>['tags']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<List['parameters']['query']>['limit']>().toEqualTypeOf<number | undefined>();
  });
});
