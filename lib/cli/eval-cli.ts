/**
 * npm run eval -- [CORPUS_DIR] [--gate] [--only-wrong] [--set NAME] [--out FILE]
 *
 * Scores lib/extract on every set of the corpus (a sub-directory with a gold.jsonl: seeds/ with .txt,
 * pages/ with .html) as ../shared/corpus/README.md describes, prints a report and writes the full results
 * as JSON (default .eval/results.json). Files go through the same loader as `npm run extract`, so the
 * extractor sees what it sees in the browser.
 *
 * --gate: exit 1 unless the seed set is perfect, no page is wrongly taken for an attack report, and every set
 *         reaches its floors in lib/eval/floors.ts (CI).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseArticle } from '../extract';
import { parseGold, type GoldArticle } from '../eval/gold';
import { gateFailures, scoreArticle, scoreSet, type Prediction, type SetScore } from '../eval/score';
import { formatSet, formatSummary, formatTable } from '../eval/report';
import { loadArticleFile } from './input';
import { runMain } from './run';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSIONS = ['.txt', '.html', '.htm'];

interface Args {
  corpus: string;
  gate: boolean;
  onlyWrong: boolean;
  sets: string[];
  out: string;
}

function usage(): never {
  console.error('usage: npm run eval -- [CORPUS_DIR] [--gate] [--only-wrong] [--set NAME]... [--out FILE]');
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { corpus: '', gate: false, onlyWrong: false, sets: [], out: join(REPO_ROOT, '.eval/results.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--gate') args.gate = true;
    else if (a === '--only-wrong') args.onlyWrong = true;
    else if (a === '--set') args.sets.push(argv[++i] ?? usage());
    else if (a === '--out') args.out = resolve(argv[++i] ?? usage());
    else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-')) usage();
    else if (!args.corpus) args.corpus = resolve(a);
    else usage();
  }
  // The default is relative to the repository, not the caller's directory: CI and worktrees differ.
  args.corpus ||= resolve(REPO_ROOT, '../shared/corpus');
  return args;
}

function findFile(dir: string, id: string): string | null {
  for (const ext of EXTENSIONS) {
    const p = join(dir, id + ext);
    if (existsSync(p)) return p;
  }
  return null;
}

async function predict(file: string | null, gold: GoldArticle): Promise<Prediction> {
  if (!file) return { analysis: null, error: 'no file for this id' };
  // The gold date stands in for the page's; without one, the page's own metadata is used, as in the browser.
  const loaded = await loadArticleFile(file, { published: gold.published });
  if (!loaded.ok) return { analysis: null, error: loaded.error };
  try {
    return { analysis: analyseArticle(loaded.loaded.input), text: loaded.loaded.input.text };
  } catch (err) {
    return { analysis: null, error: `extractor threw: ${err instanceof Error ? err.stack?.split('\n').slice(0, 2).join(' ') : String(err)}`, text: loaded.loaded.input.text };
  }
}

/** Sets in a stable order: seeds first (the gate's set), then the rest alphabetically. */
function listSets(corpus: string): string[] {
  const names = readdirSync(corpus).filter((n) => {
    const p = join(corpus, n);
    return statSync(p).isDirectory() && existsSync(join(p, 'gold.jsonl'));
  });
  return names.sort((a, b) => (a === 'seeds' ? -1 : b === 'seeds' ? 1 : a.localeCompare(b)));
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.corpus)) {
    console.error(`eval: corpus not found: ${args.corpus}`);
    return 2;
  }
  let names = listSets(args.corpus);
  if (args.sets.length) names = names.filter((n) => args.sets.includes(n));
  if (!names.length) {
    console.error(`eval: no sets (sub-directories with gold.jsonl) in ${args.corpus}`);
    return 2;
  }

  const started = performance.now();
  const sets: SetScore[] = [];
  for (const name of names) {
    const dir = join(args.corpus, name);
    const gold = parseGold(readFileSync(join(dir, 'gold.jsonl'), 'utf8'), join(name, 'gold.jsonl'));
    const articles = [];
    for (const g of gold) articles.push(scoreArticle(g, await predict(findFile(dir, g.id), g)));
    const set = scoreSet(name, articles);
    sets.push(set);
    console.log(formatSet(set, { onlyWrong: args.onlyWrong }));
    console.log('');
  }
  const seconds = (performance.now() - started) / 1000;

  const failures = gateFailures(sets);
  console.log(formatTable(sets));
  console.log('');
  console.log(`summary  ${formatSummary(sets)}  ·  ${seconds.toFixed(1)} s`);

  mkdirSync(dirname(args.out), { recursive: true });
  const results = {
    corpus: args.corpus,
    generatedAt: new Date().toISOString(),
    seconds,
    sets,
    gate: { pass: failures.length === 0, failures },
  };
  writeFileSync(args.out, JSON.stringify(results, null, 2) + '\n');
  console.log(`results  ${relative(process.cwd(), args.out) || args.out}`);

  if (args.gate) {
    if (failures.length) {
      console.log(`gate     FAIL\n${failures.map((f) => `  - ${f}`).join('\n')}`);
      return 1;
    }
    console.log('gate     pass');
  }
  return 0;
}

runMain('eval', main);
