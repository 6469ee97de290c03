/**
 * ListTriggers (`GET /2023-03-30/functions/{functionName}/triggers`, lifecycle I.4): one page of
 * the function's triggers in ascending name order, filtered by `prefix`, continued with the same
 * opaque token as ListFunctions; `triggers` is always an array (`s remove` iterates it, H.2).
 */
import { triggerBody } from '../trigger-body.ts';
import type { TriggerRecord } from '../trigger-record.ts';
import { triggerIndex } from '../trigger-record.ts';
import { encodeToken, parseLimit, parseToken } from './list-page.ts';
import { findFunction, type Operation, type OperationRequest, type Outcome, succeed } from './operation.ts';
import { NO_TRIGGERS } from './trigger-lookup.ts';

interface Page {
  items: TriggerRecord[];
  next: string | undefined;
}

function pageOf(
  triggers: readonly TriggerRecord[],
  options: { prefix: string; startAt: string; limit: number },
): Page {
  const { prefix, startAt, limit } = options;
  // biome-ignore lint/complexity/useMathMinMax: strings, compared as strings
  const from = startAt < prefix ? prefix : startAt;
  const index = triggerIndex(triggers, from);
  const items: TriggerRecord[] = [];
  for (let i = index >= 0 ? index : -index - 1; i < triggers.length; i++) {
    const name = (triggers[i] as TriggerRecord).triggerName;
    if (!name.startsWith(prefix)) break;
    if (items.length === limit) return { items, next: name };
    items.push(triggers[i] as TriggerRecord);
  }
  return { items, next: undefined };
}

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, 'ListTriggers');
  if ('status' in found) return found;
  const { state, query } = request;
  const limit = parseLimit(query.get('limit'));
  if (!limit.ok) return limit.outcome;
  const token = parseToken(state, 'ListTriggers', query.get('nextToken'));
  if (!token.ok) return token.outcome;
  const page = pageOf(found.record.triggers ?? NO_TRIGGERS, {
    prefix: query.get('prefix') ?? '',
    startAt: token.value,
    limit: limit.value,
  });
  const triggers = page.items.map((trigger) => triggerBody(found.record, trigger));
  return succeed(
    page.next === undefined
      ? { triggers }
      : { triggers, nextToken: encodeToken(state, 'ListTriggers', page.next) },
  );
}

/** The ListTriggers row of the operation table. */
export const listTriggers: Operation = {
  name: 'ListTriggers',
  method: 'GET',
  path: '/2023-03-30/functions/{functionName}/triggers',
  body: 'none',
  run,
};
