/**
 * The two HTTP targets the scorecard and the contract benchmark compare: `fc3-testkit serve`
 * (signing on, 1 MiB body limit, its clock moved through the control API instead of the suite
 * waiting, unless `realTime`) and Prism serving the spec's examples (declared stateless), both on
 * free loopback ports.
 */
import type { Credentials } from '../../contracts/run/prepare-request.ts';
import { httpTarget } from '../../contracts/targets/http.ts';
import type { ContractTarget } from '../../contracts/types.ts';
import { startPrism } from '../../mocks/prism.ts';
import { startServer } from '../../mocks/server.ts';

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Starts both servers (serve verifying `credentials`; pass them to the suite too), hands their
 * targets to `use`, and stops everything afterwards.
 *
 * @example
 * await withServeAndPrism(credentials, async ({ serve, prism }) => runContractSuite(serve, { credentials }));
 */
export async function withServeAndPrism<T>(
  credentials: Credentials,
  use: (targets: {
    serve: ContractTarget;
    prism: ContractTarget;
    serveRealTime: ContractTarget;
  }) => Promise<T>,
): Promise<T> {
  const server = await startServer({
    port: 0,
    maxBodyBytes: MAX_BODY_BYTES,
    credentials: { [credentials.accessKeyId]: credentials.accessKeySecret },
  });
  try {
    const prismServer = await startPrism({ port: 0 });
    const serve = httpTarget({
      baseUrl: server.url,
      name: 'fc3-testkit serve',
      maxBodyBytes: MAX_BODY_BYTES,
      advanceClock: true,
    });
    // The same server, waited for in real time (its 3000 ms preparation of images).
    const serveRealTime = httpTarget({
      baseUrl: server.url,
      name: 'fc3-testkit serve (real time)',
      maxBodyBytes: MAX_BODY_BYTES,
    });
    const prism = httpTarget({ baseUrl: prismServer.url, name: 'Prism (examples)', stateless: true });
    try {
      return await use({ serve, prism, serveRealTime });
    } finally {
      await serve.close?.();
      await serveRealTime.close?.();
      await prism.close?.();
      await prismServer.stop();
    }
  } finally {
    await server.close();
  }
}
