/**
 * officialSdkAdapter with the SDK 3.x installed (the peer range admits it for users' own code):
 * refused with what to install, not graded as a client that drops fields. The real 3.1.0 package
 * (the tests' `fc20230330-v3` alias) stands in for `@alicloud/fc20230330`; the adapter is real.
 */
import { expect, it, vi } from 'vitest';
import { officialSdkAdapter, verifyClient } from '../../contracts/index.ts';

vi.mock('@alicloud/fc20230330', () => import('fc20230330-v3'));

it('refuses the SDK 3.x, naming what to install', async () => {
  const report = await verifyClient(officialSdkAdapter(), { only: 'client.success.minimal' });
  const messages = report.results.flatMap((r) => r.failures.map((f) => f.message));
  expect(messages).toHaveLength(1);
  expect(messages[0]).toContain(
    'officialSdkAdapter needs the official SDK 4.x; an older @alicloud/fc20230330 is installed (its Function model has no disableOndemand): npm install --save-dev @alicloud/fc20230330@4 @alicloud/openapi-core@1',
  );
});
