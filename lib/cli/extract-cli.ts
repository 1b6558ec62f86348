/**
 * npm run -s extract -- [--published YYYY-MM-DD] [--url URL] FILE...
 *
 * One JSON line per file: { file, isAttackReport, confidence, title, published, incidents } — or
 * { file, error } for a file that cannot be read, is empty or is not an article; the other files still
 * run, and the exit code is 1 if any failed. .html/.htm goes through happy-dom and lib/article's
 * readArticle exactly as in the browser; anything else is read as plain text.
 */
import { analyseArticle } from '../extract';
import { loadArticleFile } from './input';
import { runMain } from './run';

interface Args {
  published: string | null;
  url?: string;
  files: string[];
}

const USAGE = 'usage: npm run -s extract -- [--published YYYY-MM-DD] [--url URL] FILE...';

function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { published: null, files: [] };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyFiles) args.files.push(a);
    else if (a === '--') onlyFiles = true;
    else if (a === '--published' || a.startsWith('--published=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v || !isIsoDay(v)) return `--published wants a date as YYYY-MM-DD, got ${JSON.stringify(v ?? '')}`;
      args.published = v;
    } else if (a === '--url' || a.startsWith('--url=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) return '--url wants a URL';
      args.url = v;
    } else if (a === '-h' || a === '--help') return USAGE;
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else args.files.push(a);
  }
  if (!args.files.length) return 'no FILE given';
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args === USAGE ? USAGE : `extract: ${args}\n${USAGE}`);
    return 2;
  }
  let failed = 0;
  for (const file of args.files) {
    const loaded = await loadArticleFile(file, { published: args.published, url: args.url });
    if (!loaded.ok) {
      failed++;
      console.log(JSON.stringify({ file, error: loaded.error }));
      continue;
    }
    const { input, title } = loaded.loaded;
    try {
      const analysis = analyseArticle(input);
      console.log(
        JSON.stringify({
          file,
          isAttackReport: analysis.isAttackReport,
          confidence: analysis.confidence,
          title,
          published: input.published,
          incidents: analysis.incidents,
        }),
      );
    } catch (err) {
      failed++;
      console.log(JSON.stringify({ file, error: `extractor failed: ${err instanceof Error ? err.message : String(err)}` }));
    }
  }
  return failed ? 1 : 0;
}

runMain('extract', main);
