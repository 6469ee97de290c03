/**
 * The ROA `date` header: RFC 1123 in GMT, `Mon, 01 Jan 2024 00:00:00 GMT`, as both tea runtimes
 * send it (JS `Date#toUTCString`, Go `http.TimeFormat`; lifecycle §H.4).
 */

const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * Formats a date as the SDKs do for `date` (seconds precision).
 *
 * @example
 * formatHttpDate(new Date('2024-01-01T00:00:00.789Z')); // 'Mon, 01 Jan 2024 00:00:00 GMT'
 */
export function formatHttpDate(date: Date): string {
  return date.toUTCString();
}

/**
 * Parses a `date` value; undefined unless it is exactly the RFC 1123 GMT form and a real instant
 * whose weekday matches (so `Tue, 01 Jan 2024 …` and `Fri, 30 Feb 2024 …` are refused rather than
 * rolled over). The obsolete RFC 850 and asctime forms of RFC 9110 are not sent by any FC client.
 *
 * @example
 * parseHttpDate('Mon, 01 Jan 2024 00:00:00 GMT')?.getTime(); // 1704067200000
 */
export function parseHttpDate(value: string): Date | undefined {
  if (!HTTP_DATE.test(value)) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime()) || formatHttpDate(date) !== value) return undefined;
  return date;
}
