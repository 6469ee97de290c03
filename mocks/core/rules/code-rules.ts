/**
 * Rules about where the code comes from: ZIP, OSS object or container image (reference C.1–C.4, F).
 */
import type { Rule } from './types.ts';

/** The largest decoded ZIP accepted through the API (reference F: 100 MB). */
export const MAX_CODE_BYTES = 100 * 1024 * 1024;

/**
 * Code-location rules, in evaluation order.
 *
 * @example
 * codeRules.map((rule) => rule.id);
 */
export const codeRules: Rule[] = [
  {
    id: 'custom-container-needs-image',
    check: (input) =>
      input.runtime === 'custom-container' && !input.customContainerConfig?.image
        ? 'customContainerConfig.image is required when runtime is custom-container'
        : undefined,
  },
  {
    id: 'code-required-for-code-runtimes',
    check: (input) =>
      input.runtime !== 'custom-container' && input.code === undefined
        ? `code is required for runtime ${input.runtime}; customContainerConfig is only for custom-container`
        : undefined,
  },
  {
    id: 'zipFile-base64',
    check: (_input, context) =>
      context.zipPackage() === false
        ? 'code.zipFile must be the standard Base64 encoding of a ZIP file'
        : undefined,
  },
  {
    id: 'code-size-limit',
    check: (_input, context) => {
      const zip = context.zipPackage();
      return zip && zip.byteLength > MAX_CODE_BYTES ? String(MAX_CODE_BYTES) : undefined;
    },
  },
  {
    id: 'checksum-match',
    check: (input, context) => {
      const zip = context.zipPackage();
      const expected = input.code?.checksum;
      if (!zip || expected === undefined || expected === '') return undefined;
      const actual = zip.checksum();
      return actual === expected
        ? undefined
        : `code.checksum ${expected} does not match the CRC-64 of the code package (${actual})`;
    },
  },
];
