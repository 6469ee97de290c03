/**
 * The parts of the two upload clients Serverless Devs uses that the deploy stand-in calls; the
 * packages ship no types of their own (`@alicloud/fc2` 2.6, `ali-oss` 6.18).
 */
declare module '@alicloud/fc2' {
  /** FC 2.0 client: `new FC2(accountId, config)`. */
  export default class FC2 {
    constructor(
      accountId: string,
      config: {
        accessKeyID: string;
        accessKeySecret: string;
        region: string;
        endpoint?: string;
        secure?: boolean;
        timeout?: number;
      },
    );
    getTempBucketToken(): Promise<{ headers: Record<string, string>; data: Record<string, unknown> }>;
  }
}

declare module 'ali-oss' {
  /** OSS client: `new OSS(options).put(name, file)`. */
  export default class OSS {
    constructor(options: {
      endpoint: string;
      accessKeyId: string;
      accessKeySecret: string;
      stsToken?: string;
      bucket: string;
      timeout?: number | string;
      agent?: import('node:http').Agent;
      httpsAgent?: import('node:https').Agent;
    });
    put(
      name: string,
      file: string | Uint8Array,
    ): Promise<{ name: string; res: { status: number; headers: Record<string, string> } }>;
  }
}
