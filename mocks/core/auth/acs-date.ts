/**
 * The `x-acs-date` format: UTC `yyyy-MM-ddTHH:mm:ssZ`, seconds precision (reference §A.3).
 */

const ACS_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/**
 * Formats a date as the SDK does for `x-acs-date` (milliseconds dropped).
 *
 * @example
 * formatAcsDate(new Date('2024-01-01T00:00:00.789Z')); // '2024-01-01T00:00:00Z'
 */
export function formatAcsDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * Parses an `x-acs-date` value; undefined unless it is exactly `yyyy-MM-ddTHH:mm:ssZ` and a real
 * calendar instant (so `2024-02-30T00:00:00Z` is refused rather than rolled over).
 *
 * @example
 * parseAcsDate('2024-01-01T00:00:00Z')?.getTime(); // 1704067200000
 */
export function parseAcsDate(value: string): Date | undefined {
  if (!ACS_DATE.test(value)) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime()) || formatAcsDate(date) !== value) return undefined;
  return date;
}
