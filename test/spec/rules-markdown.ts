/**
 * Test helper: reads the rule tables of docs/rules.md, section by section, for the gates that hold
 * them equal to the spec's `x-fc-rules`.
 */

/** One row of a rule table in docs/rules.md. */
export interface CatalogueRow {
  id: string;
  by: string;
  status: string;
  statement: string;
  reference: string;
}

/**
 * The rule tables of docs/rules.md (`| \`id\` | by | status | statement | ref |`), keyed by the
 * nearest heading above each row (`## CreateFunction`, `### GetFunction`, …).
 *
 * @example
 * parseCatalogue(readFileSync('docs/rules.md', 'utf8')).get('ListFunctions')?.[0]?.id; // 'list-limit-range'
 */
export function parseCatalogue(markdown: string): Map<string, CatalogueRow[]> {
  const sections = new Map<string, CatalogueRow[]>();
  let heading = '';
  for (const line of markdown.split('\n')) {
    if (line.startsWith('#')) heading = line.replace(/^#+\s*/, '').trim();
    if (!line.startsWith('| `')) continue;
    const [id = '', by = '', status = '', statement = '', reference = ''] = line
      .slice(1, -1)
      .split(' | ')
      .map((cell) => cell.trim());
    sections.set(heading, [
      ...(sections.get(heading) ?? []),
      { id: id.replaceAll('`', ''), by, status, statement, reference },
    ]);
  }
  return sections;
}
