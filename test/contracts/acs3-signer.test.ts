/**
 * The suite's own ACS3 signer: the reference's worked test vector (CF A.4), agreement with the
 * emulator's signer on every operation's request shape, and the action each request names.
 */
import { describe, expect, it } from 'vitest';
import { acs3Authorization, payloadHash } from '../../contracts/run/acs3-signer.ts';
import { actionOf, prepareRequest } from '../../contracts/run/prepare-request.ts';
import { signAcs3 } from '../../mocks/core/auth/index.ts';

const encoder = new TextEncoder();

describe('the suite ACS3 signer', () => {
  it('reproduces the worked test vector of the reference (A.4)', () => {
    const body = encoder.encode('{"functionName":"f","handler":"index.handler","runtime":"python3.10"}');
    const hash = payloadHash(body);
    expect(hash).toBe('cc7a83a9f87e14d8877c1e7abeb0855172e56dddf8c2b8e92f66bee32cd11a9c');
    const authorization = acs3Authorization({
      method: 'POST',
      url: 'http://127.0.0.1:9000/2023-03-30/functions',
      headers: {
        host: '127.0.0.1:9000',
        'x-acs-action': 'CreateFunction',
        'x-acs-version': '2023-03-30',
        'x-acs-date': '2024-01-01T00:00:00Z',
        'x-acs-signature-nonce': '3f2b1c0d9e8a7b6c5d4e3f2a1b0c9d8e',
        'content-type': 'application/json; charset=utf-8',
        'x-acs-credentials-provider': 'static_ak',
        'x-acs-content-sha256': hash,
        accept: 'application/json',
      },
      body,
      accessKeyId: 'testAK',
      accessKeySecret: 'testSecret',
    });
    expect(authorization).toBe(
      'ACS3-HMAC-SHA256 Credential=testAK,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;' +
        'x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version,' +
        'Signature=35c62ee16b5610d1030f49d8304d974d7d837fc06ae02cc401bd907da8048af6',
    );
  });

  it.each([
    ['POST', '/2023-03-30/functions', '{"functionName":"f"}', 'CreateFunction'],
    ['GET', '/2023-03-30/functions/f', undefined, 'GetFunction'],
    ['PUT', '/2023-03-30/functions/f', '{"timeout":9}', 'UpdateFunction'],
    ['DELETE', '/2023-03-30/functions/f', undefined, 'DeleteFunction'],
    [
      'GET',
      '/2023-03-30/functions?prefix=ct-&limit=2&nextToken=YSsv%2Bc%3D%3D&tags=%5B%5D',
      undefined,
      'ListFunctions',
    ],
    ['PUT', '/2023-03-30/functions', '{}', 'CreateFunction'],
  ])('signs %s %s as the emulator does, naming %s', (method, path, body, action) => {
    const url = `http://127.0.0.1:9000${path}`;
    expect(actionOf(method, url)).toBe(action);
    const request = { method, path, ...(body === undefined ? {} : { body }), signed: { nonce: 'n0nce' } };
    const credentials = { accessKeyId: 'testAK', accessKeySecret: 'testSecret' };
    const sent = prepareRequest(request, { baseUrl: 'http://127.0.0.1:9000', credentials });
    const { authorization, 'x-acs-content-sha256': _hash, ...headers } = sent.headers;
    const theirs = signAcs3({
      url,
      method,
      ...(body === undefined ? {} : { body }),
      action,
      accessKeyId: 'testAK',
      accessKeySecret: 'testSecret',
      date: headers['x-acs-date'] ?? '',
      nonce: 'n0nce',
      headers,
    });
    expect(authorization).toBe(theirs.headers.authorization);
  });
});
