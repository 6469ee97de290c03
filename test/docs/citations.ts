/**
 * Finds the section labels the docs cite, in the forms docs/sources.md explains: `CF B.1`,
 * `reference A.5`, `fact E.1` (verify's output) and bare labels in a `ref` column (the CreateFunction notes), `lifecycle E.1` and
 * `lifecycle reference F` (the lifecycle notes), `T.4` (docs/reference/triggers-and-tags.md). In a
 * list the last named notes hold for the bare labels after them: `lifecycle C.5, C.2, CF B.1, C.3`.
 * A bare label in running prose (`the same integer E.1`) names no notes, so it is not collected:
 * write `CF E.1` or `lifecycle E.1` where the page's context does not make it plain.
 */

/**
 * Which notes a label belongs to.
 *
 * @example
 * const notes: Notes = 'lifecycle'; // lifecycle E.1
 */
export type Notes = 'CF' | 'lifecycle' | 'T';

/**
 * One cited label and where it was seen.
 *
 * @example
 * const citation: Citation = { notes: 'CF', label: 'B.1', file: 'docs/rules.md' };
 */
export interface Citation {
  notes: Notes;
  label: string;
  file: string;
}

const LABEL = String.raw`(?:T\.\d+|[A-K](?:\.\d+)?)(?![\w-]|\.\w)`;
const SWITCH = String.raw`(?:(?:[Ll]ifecycle(?: reference)?|CF)\s+§?)`;
const LEAD = String.raw`(?:\b(?:[Rr]eference|fact):?\s+${SWITCH}?|\b${SWITCH})§?`;
const AFTER = String.raw`(?:\s*\([^()\n]*\))?(?: step \d+)?`;
const RUN = new RegExp(
  String.raw`${LEAD}${LABEL}${AFTER}(?:\s*(?:[,;]|and)\s*${SWITCH}?${LABEL}${AFTER})*`,
  'g',
);
const TOKEN = new RegExp(String.raw`\b([Ll]ifecycle|CF|[Rr]eference)\b|(${LABEL})`, 'g');

/** The labels of one run such as `Reference lifecycle C.5, C.2, CF B.1`, CF until switched. */
function labelsOfRun(run: string, file: string): Citation[] {
  let notes: Notes = 'CF';
  let afterLifecycle = false;
  const found: Citation[] = [];
  for (const [, word, label] of run.replace(/\([^()\n]*\)/g, '').matchAll(TOKEN)) {
    // `lifecycle reference F` stays with the lifecycle notes; a `reference` of its own is CF's.
    if (word && !(afterLifecycle && /^reference$/i.test(word)))
      notes = /lifecycle/i.test(word) ? 'lifecycle' : 'CF';
    afterLifecycle = word !== undefined && /lifecycle/i.test(word);
    if (label) found.push({ notes: label.startsWith('T.') ? 'T' : notes, label, file });
  }
  return found;
}

/** The cells of every table column headed `ref` (bare labels there are CreateFunction ones). */
function refCells(text: string): string[] {
  const cells: string[] = [];
  let column = -1;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      column = -1;
      continue;
    }
    const row = line.split('|').map((cell) => cell.trim());
    const header = row.findIndex((cell) => /^ref(erence)?$/i.test(cell));
    if (column === -1 && header !== -1) column = header;
    else if (column !== -1 && !/^[-: ]+$/.test(row[column] ?? '')) cells.push(row[column] ?? '');
  }
  return cells;
}

/**
 * Every section label `text` cites, once each, with the notes it belongs to.
 *
 * @example
 * citedLabels('see CF B.1 and lifecycle E.1', 'x.md').map((c) => `${c.notes} ${c.label}`);
 * // ['CF B.1', 'lifecycle E.1']
 */
export function citedLabels(text: string, file: string): Citation[] {
  const runs = [...text.matchAll(RUN)].map(([run]) => run);
  const cells = refCells(text).map((cell) => `reference ${cell}`);
  const bareT = [...text.matchAll(/(?<![\w.])T\.\d+(?![\w-]|\.\w)/g)].map(([label]) => label);
  const all = [
    ...[...runs, ...cells].flatMap((run) => labelsOfRun(run, file)),
    ...bareT.map((label) => ({ notes: 'T' as const, label, file })),
  ];
  return [...new Map(all.map((c) => [`${c.notes} ${c.label}`, c])).values()];
}
