/**
 * Compiles the `CreateFunctionInput` schema with Ajv. Used by `npm run gen`, which writes the
 * result as standalone code to `generated/validate-input.ts` (so that the emulator neither loads
 * Ajv nor compiles at start-up), and by tests that compare the two. Not imported at run time.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

/**
 * The validator options. `verbose` keeps `parentSchema` and `data` on errors (messages name the
 * limits); `multipleOfPrecision` makes `cpu: 0.35` a multiple of 0.05 despite floating point.
 */
const OPTIONS = { strict: false, allErrors: false, verbose: true, multipleOfPrecision: 9 } as const;

function compile(components: unknown, source: boolean): { ajv: Ajv2020; validate: ValidateFunction } {
  const ajv = new Ajv2020({ ...OPTIONS, code: { source, esm: true } });
  ajv.addSchema({ $id: 'fc3://spec', components });
  const validate = ajv.getSchema('fc3://spec#/components/schemas/CreateFunctionInput');
  if (!validate) throw new Error('spec has no CreateFunctionInput schema');
  return { ajv, validate };
}

/**
 * A validator compiled in memory from the spec's components.
 *
 * @example
 * const validate = compileInputValidator(specDocument.components);
 */
export function compileInputValidator(components: unknown): ValidateFunction {
  return compile(components, false).validate;
}

/**
 * Standalone ES module source of the validator: Ajv's runtime helpers become `import`s (Ajv emits
 * `require()` for them even in ESM mode) and the module exports `validate`.
 *
 * @example
 * writeFileSync('generated/validate-input.ts', inputValidatorSource(document.components));
 */
export function inputValidatorSource(components: unknown): string {
  const { ajv, validate } = compile(components, true);
  const imports: string[] = [];
  // CommonJS: the module object's `default` is the function under both Node and TypeScript.
  const code = standaloneCode
    .default(ajv, validate)
    .replace(/^"use strict";/, '')
    .replace(/require\("([^"]+)"\)(\.default)?/g, (_match: string, path: string, dotDefault?: string) => {
      const name = `ajvRuntime${imports.length}`;
      imports.push(`import ${name} from '${path}.js';`);
      // Node gives the CommonJS module object, bundlers and vitest may give its `default`.
      return dotDefault ? `(typeof ${name} === 'function' ? ${name} : ${name}.default)` : name;
    });
  return `${imports.join('\n')}\n${code}\n`;
}
