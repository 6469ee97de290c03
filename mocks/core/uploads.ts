/**
 * The code-upload side of one emulator (reference "Triggers and tags" T.7, T.8): the temporary
 * OSS credentials `tempBucketToken` issued, and what the OSS receiver learned of each uploaded
 * object. Both are bounded: at most {@link MAX_ISSUED_TOKENS} tokens and {@link MAX_OBJECTS}
 * objects, oldest dropped first, whatever the requests do. Of an object only its size, CRC-64
 * and ETag are kept here: that is all CreateFunction / UpdateFunction derive from it (`codeSize`,
 * `codeChecksum`). Its bytes, and those of `code.zipFile` packages, go to the emulator's bounded
 * package table (`code-packages.ts`, ADR 038), which GetFunctionCode's download reads.
 */
import { type CodePackages, createCodePackages } from './code-packages.ts';

/** Temporary credentials issued by `tempBucketToken`, valid until `expiresAt` (emulator ms). */
export interface IssuedToken {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken: string;
  expiresAt: number;
}

/** What the receiver keeps of one uploaded object. */
export interface StoredObject {
  bucket: string;
  key: string;
  size: number;
  /** CRC-64/XZ (OSS's CRC-64 ECMA), decimal, as FC reports `codeChecksum` (CF F). */
  crc64: string;
}

/** Tokens kept for verification (a deploy asks for one per upload). */
export const MAX_ISSUED_TOKENS = 64;
/** Objects kept (a deploy uploads one per function). */
export const MAX_OBJECTS = 1000;

/** The upload state of one emulator. */
export interface Uploads {
  issue(token: IssuedToken): void;
  /** The issued token of this AccessKey id, if any (expiry is the caller's check). */
  token(accessKeyId: string): IssuedToken | undefined;
  put(object: StoredObject): void;
  object(bucket: string, key: string): StoredObject | undefined;
  /** How many objects are kept (for tests of the bound). */
  readonly objectCount: number;
  /** The code packages kept for GetFunctionCode's download (bounded, ADR 038). */
  packages: CodePackages;
}

function bounded<V>(max: number): {
  set(key: string, value: V): void;
  get(key: string): V | undefined;
  size(): number;
} {
  const map = new Map<string, V>();
  return {
    set(key, value) {
      map.delete(key); // re-inserted last: a re-upload counts as the newest
      map.set(key, value);
      if (map.size > max) map.delete(map.keys().next().value as string);
    },
    get: (key) => map.get(key),
    size: () => map.size,
  };
}

/**
 * Creates the empty upload state of one emulator.
 *
 * @example
 * const uploads = createUploads();
 * uploads.put({ bucket: 'b', key: 'k', size: 22, crc64: '2220831586920633690' });
 * uploads.object('b', 'k')?.size; // 22
 */
export function createUploads(): Uploads {
  const tokens = bounded<IssuedToken>(MAX_ISSUED_TOKENS);
  const objects = bounded<StoredObject>(MAX_OBJECTS);
  return {
    issue: (token) => tokens.set(token.accessKeyId, token),
    token: (accessKeyId) => tokens.get(accessKeyId),
    put: (object) => objects.set(`${object.bucket}/${object.key}`, object),
    object: (bucket, key) => objects.get(`${bucket}/${key}`),
    packages: createCodePackages(),
    get objectCount() {
      return objects.size();
    },
  };
}

/**
 * The emulator's temporary code bucket of a region (name inferred: FC does not document it).
 *
 * @example
 * tempCodeBucket('cn-hangzhou'); // 'fc-temp-code-cn-hangzhou'
 */
export function tempCodeBucket(regionId: string): string {
  return `fc-temp-code-${regionId}`;
}
