/**
 * The JSON reporter: the whole report as data, bodies as (truncated) text so it stays readable.
 */
import { SHOWN_BODY_CHARS, truncate } from '../run/reproducer.ts';
import type { CaseResult, ContractReport, Exchange } from '../types.ts';

const decoder = new TextDecoder();

function exchangeJson(exchange: Exchange) {
  // The raw bytes stay out: a Uint8Array would serialise as one key per byte.
  const { bytes: _bytes, ...response } = exchange.response;
  return {
    request: {
      ...exchange.request,
      body: truncate(decoder.decode(exchange.request.body.subarray(0, 8192))),
      bodyBytes: exchange.request.body.byteLength,
    },
    response: { ...response, body: truncate(response.body, SHOWN_BODY_CHARS, response.cutFrom?.chars) },
    at: exchange.at.toISOString(),
  };
}

function resultJson(result: CaseResult) {
  const { request: _request, setup: _setup, ...caseData } = result.case;
  return {
    id: result.case.id,
    status: result.status,
    ...(result.reason ? { reason: result.reason } : {}),
    case: caseData,
    failures: result.failures,
    warnings: result.warnings,
    ...(result.reproducer ? { reproducer: result.reproducer } : {}),
    exchanges: result.status === 'failed' ? result.exchanges.map(exchangeJson) : [],
    durationMs: Math.round(result.durationMs),
  };
}

/**
 * Formats a report as pretty-printed JSON (exchanges only for failed cases).
 *
 * @example
 * writeFileSync('contract.json', formatJson(report));
 */
export function formatJson(report: ContractReport): string {
  const { results, ...rest } = report;
  return `${JSON.stringify({ ...rest, results: results.map(resultJson) }, null, 2)}\n`;
}
