/**
 * officialSdkAdapter in a project without the SDK: the report says what to install, rather than
 * only "the client sent no request". The SDK's import is made to fail; the adapter is real.
 */
import { expect, it, vi } from 'vitest';
import { officialSdkAdapter, verifyClient } from '../../contracts/index.ts';

vi.mock('@alicloud/fc20230330', () => {
  throw new Error("Cannot find package '@alicloud/fc20230330'");
});

it('names the packages to install when the official SDK is missing', async () => {
  const report = await verifyClient(officialSdkAdapter(), { only: 'client.success.minimal' });
  const messages = report.results.flatMap((r) => r.failures.map((f) => f.message));
  expect(messages).toHaveLength(1);
  // The cause stays in the message (vitest words its own here): a broken install is not always a
  // missing one.
  expect(messages[0]).toMatch(
    /officialSdkAdapter needs the official SDK 4\.x \(.*error when mocking.*\): npm install --save-dev @alicloud\/fc20230330@4 @alicloud\/openapi-core@1/,
  );
});
