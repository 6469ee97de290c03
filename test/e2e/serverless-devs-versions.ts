/**
 * The version and alias part of the Serverless Devs stand-in (devsapp/fc3 `remove`, `version`;
 * lifecycle H.2, H.3): `s remove` lists the aliases (`limit=100`) and the versions (`limit=100`,
 * following `nextToken`) and deletes them, aliases first, before the function; `s version
 * publish | list | remove` publish with `{"description": …}`, list 100 at a time and remove the
 * latest, found as `versions[0]` of `limit=1`.
 */
import * as fc from '@alicloud/fc20230330';

type Client = InstanceType<(typeof fc.default)['default']>;

/** What `s remove` found to delete. */
export interface Discovered {
  aliases: string[];
  versions: string[];
}

/** `s remove`'s alias and version steps (H.2). */
export const removeVersions = {
  /** The discovery reads: one page of aliases, every page of versions. */
  async discover(client: Client, fn: string): Promise<Discovered> {
    const page = await client.listAliases(fn, new fc.ListAliasesRequest({ limit: 100 }));
    const aliases = (page.body?.aliases ?? []).map((a) => a.aliasName as string);
    return { aliases, versions: await sVersion.list(client, fn) };
  },
  /** Aliases first (a version an alias uses cannot go), then the versions. */
  async delete(client: Client, fn: string, found: Discovered): Promise<void> {
    for (const name of found.aliases) await client.deleteAlias(fn, name);
    for (const id of found.versions) await client.deleteFunctionVersion(fn, id);
  },
};

/** `s version publish | list | remove` (H.3). */
export const sVersion = {
  /** `POST …/versions {"description": …}` (devsapp always sends one); the new id. */
  async publish(client: Client, fn: string, description = ''): Promise<string> {
    const body = new fc.PublishVersionInput({ description });
    const answer = await client.publishFunctionVersion(fn, new fc.PublishFunctionVersionRequest({ body }));
    return answer.body?.versionId as string;
  },
  /** Every version id, 100 a page, following `nextToken`. */
  async list(client: Client, fn: string): Promise<string[]> {
    const ids: string[] = [];
    let nextToken: string | undefined;
    for (let page = 0; page < 100; page++) {
      const request = new fc.ListFunctionVersionsRequest({ limit: 100, nextToken });
      const answer = await client.listFunctionVersions(fn, request);
      ids.push(...(answer.body?.versions ?? []).map((v) => v.versionId as string));
      nextToken = answer.body?.nextToken;
      if (!nextToken) break;
    }
    return ids;
  },
  /** `--version-id latest`: `versions[0]` of `limit=1`, then its delete; the id removed. */
  async removeLatest(client: Client, fn: string): Promise<string | undefined> {
    const answer = await client.listFunctionVersions(fn, new fc.ListFunctionVersionsRequest({ limit: 1 }));
    const latest = answer.body?.versions?.[0]?.versionId;
    if (latest !== undefined) await client.deleteFunctionVersion(fn, latest);
    return latest;
  },
};
