/**
 * GetTempBucketToken (FC 2.0 `GET /2016-08-15/tempBucketToken`, reference "Triggers and tags"
 * T.7; lifecycle H.1 step 9): a temporary code bucket, an object name and STS-style credentials
 * that this emulator's OSS receiver accepts for an hour of emulator time. Serverless Devs uploads
 * the zip as `<accountId>/<objectName>` with them, then names that OSS pair in CreateFunction or
 * UpdateFunction. The account is the host's (`<account>.<region>.fc.aliyuncs.com`) or the
 * client's `x-fc-account-id` header.
 */
import { isoSeconds } from '../function-record.ts';
import type { Scope } from '../routing.ts';
import { tempCodeBucket } from '../uploads.ts';
import type { Operation, OperationRequest, Outcome } from './operation.ts';
import { succeed } from './operation.ts';

/** How long issued credentials stay valid (emulator time; FC 2.0 STS tokens last an hour, inferred). */
const TOKEN_TTL_MS = 60 * 60 * 1000;
/** `codeSizeLimit` of the answer, which `@alicloud/fc2`'s own upload helper reads: 500 MB (inferred). */
const CODE_SIZE_LIMIT = 500 * 1024 * 1024;

function accountOf(request: OperationRequest): Scope {
  const header = request.headers['x-fc-account-id']?.trim();
  const hostNamesAccount = request.scope.accountId !== request.state.defaultScope.accountId;
  return header && /^\d{1,32}$/.test(header) && !hostNamesAccount
    ? { ...request.scope, accountId: header }
    : request.scope;
}

function run(request: OperationRequest): Outcome {
  const { state, now } = request;
  const { prng } = state;
  const scope = accountOf(request);
  const expiresAt = now.getTime() + TOKEN_TTL_MS;
  const token = {
    accessKeyId: `STS.${prng.hex(24)}`,
    accessKeySecret: prng.hex(40),
    securityToken: prng.hex(96),
    expiresAt,
  };
  state.uploads.issue(token);
  return succeed({
    credentials: {
      AccessKeyId: token.accessKeyId,
      AccessKeySecret: token.accessKeySecret,
      Expiration: isoSeconds(new Date(expiresAt)),
      SecurityToken: token.securityToken,
    },
    ossBucket: tempCodeBucket(scope.regionId),
    objectName: `${prng.hex(32)}.zip`,
    ossRegion: `oss-${scope.regionId}`,
    codeSizeLimit: CODE_SIZE_LIMIT,
  });
}

/** The GetTempBucketToken row (FC 2.0; any host). */
export const getTempBucketToken: Operation = {
  name: 'GetTempBucketToken',
  method: 'GET',
  path: '/2016-08-15/tempBucketToken',
  body: 'none',
  protocol: 'fc2',
  run,
};
