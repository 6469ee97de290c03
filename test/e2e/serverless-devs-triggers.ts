/**
 * The trigger part of the Serverless Devs stand-in (devsapp/fc3 `deploy/impl/trigger.ts`,
 * `info`, `remove`; lifecycle H.1 phases 1, 3 and 4, H.2): read each configured trigger, create
 * it or update it (`TriggerAlreadyExists` → update), read the HTTP trigger's addresses for
 * `info` without a guard, and on `s remove` list them ten at a time and delete each.
 */
import * as fc from '@alicloud/fc20230330';
import * as $dara from '@darabonba/typescript';

type Client = InstanceType<(typeof fc.default)['default']>;

/** One trigger of an `s.yaml`: `triggerConfig` as YAML gives it, serialised when sent. */
export interface TriggerProps {
  triggerName: string;
  triggerType: string;
  triggerConfig: Record<string, unknown>;
  qualifier?: string;
  description?: string;
}

const errorCode = (error: unknown): string | undefined => (error as { code?: string } | null)?.code;

/**
 * Phase 1: `GET …/triggers/{name}` for every configured trigger; errors are swallowed.
 *
 * @example
 * await readTriggers(client, 'f', props.triggers);
 */
export async function readTriggers(
  client: Client,
  fn: string,
  triggers: readonly TriggerProps[],
): Promise<void> {
  for (const trigger of triggers) await client.getTrigger(fn, trigger.triggerName).catch(() => undefined);
}

function input(trigger: TriggerProps) {
  // devsapp's defaults: qualifier LATEST, description "" (lifecycle I.4).
  return {
    qualifier: 'LATEST',
    description: '',
    ...trigger,
    triggerConfig: JSON.stringify(trigger.triggerConfig),
  };
}

/**
 * Phase 3: per trigger, `GET` again, then create it, or update it when it exists or the create
 * says `TriggerAlreadyExists`.
 *
 * @example
 * await deployTriggers(client, 'f', props.triggers);
 */
export async function deployTriggers(
  client: Client,
  fn: string,
  triggers: readonly TriggerProps[],
): Promise<void> {
  for (const trigger of triggers) {
    const exists = await client.getTrigger(fn, trigger.triggerName).then(
      () => true,
      () => false,
    );
    const { triggerName, triggerType: _type, ...changeable } = input(trigger);
    const updateTrigger = () =>
      client.updateTrigger(
        fn,
        triggerName,
        new fc.UpdateTriggerRequest({ body: new fc.UpdateTriggerInput(changeable) }),
      );
    if (exists) {
      await updateTrigger();
      continue;
    }
    try {
      await client.createTrigger(
        fn,
        new fc.CreateTriggerRequest({ body: new fc.CreateTriggerInput(input(trigger)) }),
      );
    } catch (error) {
      if (errorCode(error) !== 'TriggerAlreadyExists') throw error;
      await updateTrigger();
    }
  }
}

/**
 * Phase 4 (`info`): `GET` each trigger, then for every `http` trigger on `LATEST` another `GET`
 * whose addresses are read without a guard and whose `triggerConfig` is parsed as JSON.
 *
 * @example
 * const url = await infoTriggers(client, 'f', props.triggers); // { system_url, system_intranet_url }
 */
export async function infoTriggers(client: Client, fn: string, triggers: readonly TriggerProps[]) {
  const found: fc.Trigger[] = [];
  for (const trigger of triggers) {
    const got = await client.getTrigger(fn, trigger.triggerName).catch(() => undefined);
    if (got?.body) found.push(got.body);
  }
  let url: { system_url?: string; system_intranet_url?: string } | undefined;
  for (const trigger of found) {
    if (trigger.triggerType !== 'http' || trigger.qualifier !== 'LATEST') continue;
    const again = (await client.getTrigger(fn, trigger.triggerName as string)).body as fc.Trigger;
    const http = again.httpTrigger as fc.HTTPTrigger; // read without a guard, as devsapp does
    url = { system_url: http.urlInternet, system_intranet_url: http.urlIntranet };
    if (JSON.parse(again.triggerConfig as string).disableURLInternet) delete url.system_url;
  }
  return url;
}

/** `s remove`'s trigger steps (H.2). */
export const removeTriggers = {
  /** `GET …/triggers?limit=10` following `nextToken`, with devsapp's two headers; EventBridge names with `|` dropped. */
  async discover(client: Client, fn: string): Promise<string[]> {
    const names: string[] = [];
    const headers = {
      'x-fc-disable-list-remote-eb-triggers': 'false',
      'x-fc-disable-list-remote-alb-triggers': 'false',
    };
    let nextToken: string | undefined;
    do {
      const request = new fc.ListTriggersRequest({ limit: 10, nextToken });
      const page = await client.listTriggersWithOptions(fn, request, headers, new $dara.RuntimeOptions({}));
      names.push(
        ...(page.body?.triggers ?? []).map((t) => t.triggerName as string).filter((n) => !n.includes('|')),
      );
      nextToken = page.body?.nextToken;
    } while (nextToken);
    return names;
  },
  /** Deletes each; errors are only logged. */
  async delete(client: Client, fn: string, names: readonly string[]): Promise<void> {
    for (const name of names) await client.deleteTrigger(fn, name).catch(() => undefined);
  },
};
