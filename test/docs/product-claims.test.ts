/**
 * What the docs and `--help` say the product covers stays true: the serve guide's route table is
 * the operation table, the case table of check-your-emulator.md names every family of case ids,
 * the serve guide's speed row, README's benchmark claims and performance.md's ranges over runs are
 * the ranges of performance.md's run table, and the top-level texts name more than CreateFunction.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyCommand } from '../../cli/commands/verify.ts';
import { main } from '../../cli/run.ts';
import { buildCases, newRunId } from '../../contracts/cases/index.ts';
import { operations } from '../../mocks/core/operations/index.ts';
import { aliasReadMutants } from '../contracts/mutants/alias-read-variants.ts';
import { codeMutants } from '../contracts/mutants/code-variants.ts';
import { resourceMutants } from '../contracts/mutants/resource-variants.ts';
import { switchMutants } from '../contracts/mutants/switch-variants.ts';
import { triggerMutants } from '../contracts/mutants/trigger-variants.ts';
import { mutants as createMutants } from '../contracts/mutants/variants.ts';
import { versionMutants } from '../contracts/mutants/version-variants.ts';
import { markdownPages, readPage } from './pages.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const section = (text: string, heading: string) => {
  const start = text.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n## ', start + heading.length);
  return text.slice(start, end === -1 ? undefined : end);
};

type Run = { name: string; cells: string[] };
type Column = { index: number; target: string; met: (run: Run) => boolean };

/** The run table of performance.md's Results: one row per counted run of bench:server. */
function benchTable(): { runs: Run[]; column: (heading: string) => Column } {
  const lines = section(read('docs/performance.md'), '## Results').split('\n');
  const start = lines.findIndex((line) => line.startsWith('| run |'));
  expect(start, 'the run table').toBeGreaterThanOrEqual(0);
  const cellsOf = (line: string) =>
    line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
  const headings = cellsOf(lines[start] ?? '');
  const body = lines.slice(start + 2);
  const end = body.findIndex((line) => !line.startsWith('|'));
  const rows = body.slice(0, end === -1 ? undefined : end).map(cellsOf);
  const runs = rows.map((cells) => ({ name: cells[0] ?? '', cells }));
  expect(rows.filter((cells) => cells.length !== headings.length)).toEqual([]);
  expect(runs.length).toBeGreaterThan(10);
  const column = (heading: string): Column => {
    const index = headings.findIndex((h) => h.startsWith(heading));
    const [, sign, target] = /\((≥|≤) ([\d.]+)\)$/.exec(headings[index] ?? '') ?? [];
    expect(target, heading).toBeDefined();
    const met = (run: Run) => {
      const figure = run.cells[index] ?? '—';
      if (figure === '—') return true; // not measured in that run
      return sign === '≥' ? Number(figure) >= Number(target) : Number(figure) <= Number(target);
    };
    return { index, target: target ?? '', met };
  };
  return { runs, column };
}

/** A run's figure in a column ("—" where it did not measure it). */
const cell = (run: Run | undefined, { index }: Column) => run?.cells[index] ?? '—';

/** A column's lowest and highest figure as the table writes them, "0.34–0.62". */
function range(runs: Run[], { index }: Column): string {
  const figures = runs.map((run) => run.cells[index] ?? '—').filter((figure) => figure !== '—');
  expect(
    figures.every((figure) => /^\d+(\.\d+)?$/.test(figure)),
    figures.join(' '),
  ).toBe(true);
  figures.sort((a, b) => Number(a) - Number(b));
  return `${figures[0]}–${figures[figures.length - 1]}`;
}

const ones =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
/** A count as the docs write it: "fifteen", "twenty-one". */
const numberWord = (n: number): string =>
  n < 20
    ? (ones[n] ?? '')
    : `${['twenty', 'thirty', 'forty'][Math.floor(n / 10) - 2]}${n % 10 ? `-${ones[n % 10]}` : ''}`;
const numberOf = (word: string) => {
  const n = Array.from({ length: 50 }, (_, i) => numberWord(i)).indexOf(word);
  expect(n, word).toBeGreaterThan(0);
  return n;
};
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

async function generalHelp(): Promise<string> {
  let out = '';
  await main(['--help'], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true } });
  return out;
}

describe('product claims', () => {
  it('standalone-servers.md routes every operation of the table, with its method and path', () => {
    const table = section(read('docs/guides/standalone-servers.md'), '<!-- routes:');
    const rows = [...table.matchAll(/^\| `(\w+)` \| `(\w+) ([^`]+)`/gm)].map(([, name, method, path]) => ({
      name,
      method,
      path,
    }));
    expect(rows).toEqual(operations.map(({ name, method, path }) => ({ name, method, path })));
  });

  it("check-your-emulator.md's case table names every family of case ids", () => {
    const table = section(read('docs/guides/check-your-emulator.md'), '## What the cases cover');
    const named = new Set([...table.matchAll(/`([a-z]+)\.[^`]*`/g)].map((m) => m[1]));
    const families = new Set(buildCases({ runId: newRunId(), generated: 1 }).map((c) => c.id.split('.')[0]));
    expect([...families].filter((family) => !named.has(family))).toEqual([]);
  });

  it("the serve guide's speed row and README's benchmark claims state the ranges of performance.md's run table", () => {
    const { runs, column } = benchTable();
    const count = numberWord(runs.length);
    const latest = runs[runs.length - 1] ?? { name: '', cells: [] };
    const creates = column('creates ÷ bare');
    const prism = column('creates ÷ Prism');
    const get = column('GetFunction ÷ bare');
    const p99 = column('create p99');
    const startup = column('startup');
    const rss = column('RSS after');
    const guide = /^\| Speed .*$/m.exec(read('docs/guides/standalone-servers.md'))?.[0] ?? '';
    const guideClaims = [
      `Speed (${count} runs,`,
      `creates ${range(runs, creates)}× a bare node:http server's throughput and ${range(runs, prism)}× Prism's`,
      `create p99 ${range(runs, p99)} ms`,
      `GetFunction ${range(runs, get)}× bare`,
      `starts in ${range(runs, startup)} ms`,
      `RSS after 100,000 creates ${range(runs, rss)}× bare's`,
    ];
    expect(guideClaims.filter((claim) => !guide.includes(claim))).toEqual([]);
    const bounds = new Set(
      [creates, prism, get, p99, startup, rss].flatMap((c) => range(runs, c).split('–')),
    );
    // every figure of the row, not "p99"'s
    const figures = guide.replace(/\([^)]*\)/, '').match(/(?<!\w)\d+(?:[.,]\d+)*/g) ?? [];
    expect(figures.filter((figure) => figure !== '100,000' && !bounds.has(figure))).toEqual([]);

    const readme = /^\| Benchmarks .*$/m.exec(read('README.md'))?.[0] ?? '';
    const slowStarts = runs
      .filter((run) => !startup.met(run))
      .map((run) => `${cell(run, startup)} ms in ${run === latest ? 'the latest' : `run ${run.name}`}`);
    const readmeClaims = [
      'met in every run: memory, ListFunctions cost with 100,000 stored; in all but two: startup',
      `startup (missed in ${slowStarts.length} of the ${count} counted runs: ${slowStarts.join(', ')}`,
      `serve's creates (${range(runs, creates)}× bare over ${count} runs, ${cell(latest, creates)}× latest; target ${creates.target}×)`,
      `serve's GetFunction (${range(runs, get)}×, ${cell(latest, get)}× latest; target ${get.target}×)`,
      `create p99 (${range(runs, p99)} ms, ${cell(latest, p99)} ms latest; target ${p99.target} ms)`,
      `serve ÷ Prism on creates moves ${range(runs, prism)}× between runs (${cell(latest, prism)}× latest, target ${prism.target}×)`,
    ];
    expect(readmeClaims.filter((claim) => !readme.includes(claim))).toEqual([]);
    // "met in every run: memory, ListFunctions cost": no run missed either target.
    const missed = (c: Column) => runs.filter((run) => !c.met(run)).map((run) => run.name);
    expect([missed(rss), missed(column('ListFunctions page'))]).toEqual([[], []]);
    // "every target met in the three latest counted runs (Q–S, …)": each column of those rows.
    const latestThree = runs.slice(-3);
    expect(readme).toContain(
      `every target met in the three latest counted runs (${latestThree[0]?.name}–${latest.name},`,
    );
    const columns = [
      'creates ÷ bare',
      'creates ÷ Prism',
      'GetFunction ÷ bare',
      'ListFunctions page',
      'RSS after',
    ];
    const unmet = [...columns, 'creates with 100,000', 'create p99', 'startup'].flatMap((label) =>
      latestThree.filter((run) => !column(label).met(run)).map((run) => `${run.name} ${label}`),
    );
    expect(unmet).toEqual([]);
  });

  it("performance.md's ranges over the first N runs are those of its run table's first N rows", () => {
    const { runs, column } = benchTable();
    const text = read('docs/performance.md');
    expect(text).toContain(
      `${capitalised(numberWord(runs.length))} counted runs of \`npm run bench:server\``,
    );
    const labels: Record<string, string> = {
      creates: 'creates ÷ bare',
      GetFunction: 'GetFunction ÷ bare',
      p99: 'create p99',
      Prism: 'creates ÷ Prism',
    };
    const sentences = [
      ...text.matchAll(/Over\s+the\s+([a-z-]+)\s+(?:counted\s+)?runs[^:.]*:\s+(.*?)\.(?=\s|$)/gs),
    ];
    expect(sentences.length).toBeGreaterThan(3);
    for (const [sentence, word = '', claims = ''] of sentences) {
      const first = runs.slice(0, numberOf(word));
      const stated = [...claims.matchAll(/(creates|GetFunction|p99|Prism)\s+([\d.]+–[\d.]+)/g)];
      // every range of the sentence has a column to be checked against
      expect(stated.length, sentence).toBe(claims.match(/[\d.]+–[\d.]+/g)?.length);
      for (const [, label = '', quoted] of stated)
        expect(quoted, sentence).toBe(range(first, column(labels[label] ?? label)));
    }
    // The URL change tried under "Instructions per request" cites one run against the runs before it.
    const cited =
      /run ([A-Z]) \(under "Results"\) measured serve's GetFunction\s+at ([\d.]+)× bare, inside the ([a-z-]+) earlier runs' ([\d.]+–[\d.]+)×/.exec(
        text,
      );
    expect(cited).not.toBeNull();
    const [, name, at, word, quoted] = cited ?? [];
    const index = runs.findIndex((run) => run.name === name);
    const get = column('GetFunction ÷ bare');
    expect([cell(runs[index], get), numberWord(index), quoted]).toEqual([
      at,
      word,
      range(runs.slice(0, index), get),
    ]);
  });

  it('every "N cases with the defaults" of the docs is the catalogue\'s count, and README\'s documented share', () => {
    const cases = buildCases({ runId: newRunId() });
    const documented = cases.filter((c) => c.fact.grade === 'documented').length;
    const quoted = markdownPages
      .filter((page) => !page.startsWith('docs/decisions/'))
      .flatMap((page) =>
        [...readPage(page).matchAll(/(\d[\d,]*)\s+cases\s+with\s+the\s+defaults/g)].map(
          ([, n]) => `${page}: ${n}`,
        ),
      );
    expect(quoted.length).toBeGreaterThanOrEqual(3);
    expect(quoted.filter((claim) => !claim.endsWith(`: ${cases.length}`))).toEqual([]);
    expect(read('README.md').replace(/\s+/g, ' ')).toContain(
      `${cases.length} cases with the defaults (${documented} on documented facts)`,
    );
  });

  // How many broken emulators test/contracts/mutants.test.ts runs (that each is caught is its job).
  it("README's count of broken emulators is the mutants test's, group by group", () => {
    const resource = [triggerMutants, switchMutants].map((list) => list.length);
    const total = [
      createMutants,
      resourceMutants,
      triggerMutants,
      switchMutants,
      versionMutants,
      aliasReadMutants,
      codeMutants,
    ]
      .map((list) => list.length)
      .reduce((a, b) => a + b);
    expect(read('README.md').replace(/\s+/g, ' ')).toContain(
      `${total}/${total} deliberately broken emulators caught (${createMutants.length} of them breaking CreateFunction, ${resourceMutants.length} the function resource, ${resource[0]} triggers, tags and the upload path, ${resource[1]} the resource group, the invocation switch and switchable rules, ${versionMutants.length + aliasReadMutants.length} versions and aliases, ${codeMutants.length} GetFunctionCode and its download)`,
    );
  });

  it('fc3-testkit --help, verify --help and package.json name triggers and tags, not CreateFunction alone', async () => {
    const description = JSON.parse(read('package.json')).description as string;
    for (const text of [await generalHelp(), verifyCommand.usage, description]) {
      expect(text).toMatch(/triggers/);
      expect(text).toMatch(/tags/);
      expect(text).not.toMatch(/3\.0 CreateFunction|CreateFunction (emulator|spec)/);
    }
  });
});
