/**
 * npm run bench -- [CORPUS_DIR] [--reps N (3)] [--only ID,ID] [--out FILE] [--no-scale]
 *
 * A benchmark, not a test: nothing fails on a number. For every corpus page, in one process, it measures
 *   - readability: a clone of the document + Readability's parse (what any reader mode costs: the baseline)
 *   - readArticle: our whole page → article step (clone + Readability + block text + date + outlet)
 *   - analyse:     lib/extract's analyseArticle on that text
 *   - gate:        the content script's cheap gate, when it exists, on every page (it is what non-articles pay)
 * and prints medians over --reps runs (after one warm-up run), the ratios analyse / readability and
 * (readArticle + analyse) / readability, and heap deltas. The seed texts get the analyse step only.
 * A synthetic scaling run (pages of 2k–30k elements) shows what MAX_ELEMENTS bounds.
 * Under Node the DOM is happy-dom, several times slower than a browser's: read the ratios, not the ms.
 * Then the built extension in Chromium (lib/cli/bench-page.ts): what every page loads before the gate, the
 * longest main-thread task on each corpus page and on a 5 MB article, heap growth over 50 soft navigations,
 * and the first analysis after the worker starts (`page` in the JSON).
 * Then the collection (lib/cli/bench-collection.ts): popup and collection page with 1,000 and 100,000
 * records in headless Chromium (needs `npm run build`), as ratios, under `collection`.
 * --collection-only runs just that part (and keeps the rest of an existing bench.json);
 * --no-collection skips it; --collection-size N changes the large store (default 100000).
 * Results go to .eval/bench.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Readability } from '@mozilla/readability';
import { analyseArticle, type ArticleInput } from '../extract';
import { readArticleResult, MAX_ELEMENTS } from '../article';
import { articleFromText, decodeHtml, parseHtml } from './input';
import { runMain } from './run';
import { coldStart, stressFigures } from './bench-extractor';
import { pageFigures, type PageFigures } from './bench-page';
import { anchorFigures, anchorPage } from './bench-anchor';
import { collectionBench } from './bench-collection';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// A gc() without asking the caller for --expose-gc, so heap deltas start from a collected heap.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

type GateFn = (doc: Document) => { pass: boolean; reason?: string };

/** The content script's gate, if one exists yet; the bench skips that column otherwise. */
async function loadGate(): Promise<{ fn: GateFn; from: string } | null> {
  const candidates = ['lib/page/gate.ts', 'lib/gate/index.ts', 'lib/gate.ts'];
  for (const rel of candidates) {
    const path = join(REPO_ROOT, rel);
    if (!existsSync(path)) continue;
    try {
      const mod = await import(pathToFileURL(path).href);
      if (typeof mod.gate === 'function') return { fn: mod.gate as GateFn, from: rel };
    } catch {
      /* not importable under Node (extension APIs?): skip the column */
    }
  }
  return null;
}

function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Run fn, returning its result, wall time (ms) and heap growth (bytes) from a collected heap. */
function measure<T>(fn: () => T): { value: T; ms: number; heap: number } {
  gc();
  const h0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const heap = process.memoryUsage().heapUsed - h0;
  return { value, ms, heap };
}

interface PageBench {
  id: string;
  kind: 'page' | 'seed';
  elements: number | null;
  htmlBytes: number | null;
  textChars: number;
  /** Node only: building the DOM from HTML with happy-dom (the browser has it for free). */
  domMs: number | null;
  readabilityMs: number | null;
  readArticleMs: number | null;
  analyseMs: number;
  gateMs: number | null;
  gatePass: boolean | null;
  analyseOverReadability: number | null;
  totalOverReadability: number | null;
  heapReadabilityBytes: number | null;
  heapReadArticleBytes: number | null;
  heapAnalyseBytes: number;
  error?: string;
}

function readabilityOnly(doc: Document): unknown {
  const clone = doc.cloneNode(true) as Document;
  return new Readability<Node>(clone, { serializer: (n) => n }).parse();
}

async function benchPage(file: string, reps: number, gate: GateFn | null): Promise<PageBench> {
  const bytes = readFileSync(file);
  const html = decodeHtml(bytes);
  const dom = measure(() => parseHtml(html));
  const { document: doc, close } = dom.value;
  try {
    const elements = doc.getElementsByTagName('*').length;
    const first = readArticleResult(doc);
    const base: PageBench = {
      id: basename(file).replace(/\.[^.]+$/, ''),
      kind: 'page',
      elements,
      htmlBytes: bytes.length,
      textChars: first.ok ? first.article.text.length : 0,
      domMs: dom.ms,
      readabilityMs: null,
      readArticleMs: null,
      analyseMs: NaN,
      gateMs: null,
      gatePass: null,
      analyseOverReadability: null,
      totalOverReadability: null,
      heapReadabilityBytes: null,
      heapReadArticleBytes: null,
      heapAnalyseBytes: NaN,
    };
    let input: ArticleInput | null = first.ok
      ? { text: first.article.text, published: first.article.published, title: first.article.title, outlet: first.article.outlet ?? undefined }
      : null;
    if (!first.ok) base.error = `${first.reason}: ${first.detail}`;
    // Warm-up run of each step (JIT), untimed. An extractor that throws (it is being written) loses its
    // column for this page, not the whole benchmark.
    readabilityOnly(doc);
    if (input) {
      try {
        analyseArticle(input);
      } catch (err) {
        base.error = `analyseArticle threw: ${err instanceof Error ? err.message : String(err)}`;
        input = null;
      }
    }
    if (gate) gate(doc);

    const r = { read: [] as number[], ours: [] as number[], an: [] as number[], gate: [] as number[] };
    const h = { read: [] as number[], ours: [] as number[], an: [] as number[] };
    // Readability and the analysis are timed in separate runs: in the extension they never share a
    // JavaScript heap (Readability runs in the page's content script, the extractor in the background
    // worker), and interleaving them here would charge the extractor for recompiling its patterns after
    // the major GCs that Readability's allocations cause.
    for (let i = 0; i < reps; i++) {
      const a = measure(() => readabilityOnly(doc));
      r.read.push(a.ms);
      h.read.push(a.heap);
      const b = measure(() => readArticleResult(doc));
      r.ours.push(b.ms);
      h.ours.push(b.heap);
      if (gate) {
        const g = measure(() => gate(doc));
        r.gate.push(g.ms);
        base.gatePass = g.value.pass;
      }
    }
    if (input) {
      const text = input;
      analyseArticle(text); // warm again after Readability's garbage
      for (let i = 0; i < reps; i++) {
        const c = measure(() => analyseArticle(text));
        r.an.push(c.ms);
        h.an.push(c.heap);
      }
    }
    base.readabilityMs = median(r.read);
    base.readArticleMs = median(r.ours);
    base.analyseMs = input ? median(r.an) : NaN;
    base.gateMs = gate ? median(r.gate) : null;
    base.heapReadabilityBytes = median(h.read);
    base.heapReadArticleBytes = median(h.ours);
    base.heapAnalyseBytes = input ? median(h.an) : NaN;
    if (input && base.readabilityMs > 0) {
      base.analyseOverReadability = base.analyseMs / base.readabilityMs;
      base.totalOverReadability = (base.readArticleMs + base.analyseMs) / base.readabilityMs;
    }
    return base;
  } finally {
    await close();
  }
}

function benchSeed(file: string, reps: number): PageBench {
  const loaded = articleFromText(readFileSync(file, 'utf8'));
  const id = basename(file).replace(/\.[^.]+$/, '');
  const row: PageBench = {
    id, kind: 'seed', elements: null, htmlBytes: null, textChars: 0, domMs: null, readabilityMs: null,
    readArticleMs: null, analyseMs: NaN, gateMs: null, gatePass: null, analyseOverReadability: null,
    totalOverReadability: null, heapReadabilityBytes: null, heapReadArticleBytes: null, heapAnalyseBytes: NaN,
  };
  if (!loaded.ok) return { ...row, error: loaded.error };
  const input = loaded.loaded.input;
  try {
    analyseArticle(input);
  } catch (err) {
    return { ...row, textChars: input.text.length, error: `analyseArticle threw: ${err instanceof Error ? err.message : String(err)}` };
  }
  const runs = Array.from({ length: reps }, () => measure(() => analyseArticle(input)));
  return { ...row, textChars: input.text.length, analyseMs: median(runs.map((x) => x.ms)), heapAnalyseBytes: median(runs.map((x) => x.heap)) };
}

/** Synthetic articles of growing size: what readArticle costs as pages grow, and where MAX_ELEMENTS cuts. */
async function benchScale(): Promise<{ elements: number; ms: number; result: string }[]> {
  const out = [];
  // The last two sizes straddle MAX_ELEMENTS: the worst case we accept, and a refusal (which is cheap).
  for (const paragraphs of [250, 1000, 2500, Math.floor(MAX_ELEMENTS / 4) - 10, Math.ceil(MAX_ELEMENTS / 4) + 10]) {
    // Each block is ~4 elements (div, p, a, span) of ordinary news-like text.
    const block = '<div class="c"><p>Officials said the <a href="#">council</a> met on <span>Tuesday</span> to discuss the budget and the new harbour works, which residents oppose.</p></div>';
    const html = `<!DOCTYPE html><html><head><title>Scale</title></head><body><article>${block.repeat(paragraphs)}</article></body></html>`;
    const { document: doc, close } = parseHtml(html);
    const elements = doc.getElementsByTagName('*').length;
    const m = measure(() => readArticleResult(doc));
    out.push({ elements, ms: m.ms, result: m.value.ok ? `ok, ${m.value.article.text.length} chars` : m.value.reason });
    await close();
  }
  return out;
}

function fmt(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits);
}
function mb(x: number | null | undefined): string {
  return x === null || x === undefined || Number.isNaN(x) ? '–' : (x / 1048576).toFixed(2);
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  let corpus = '';
  let reps = 3;
  const only: string[] = [];
  let out = join(REPO_ROOT, '.eval/bench.json');
  let scale = true;
  let extractorStress = true;
  let collection: 'yes' | 'no' | 'only' = 'yes';
  let collectionSize = 100_000;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--collection-only') {
      collection = 'only';
      continue;
    }
    if (a === '--no-collection') {
      collection = 'no';
      continue;
    }
    if (a === '--collection-size') {
      collectionSize = Math.max(2000, parseInt(argv[++i] ?? '', 10) || collectionSize);
      continue;
    }
    if (a === '--reps') reps = Math.max(1, parseInt(argv[++i] ?? '', 10) || 5);
    else if (a === '--out') out = resolve(argv[++i] ?? out);
    else if (a === '--no-scale') scale = false;
    else if (a === '--no-stress') extractorStress = false;
    else if (a === '--only') only.push(...(argv[++i] ?? '').split(','));
    else if (a.startsWith('-')) {
      console.error('usage: npm run bench -- [CORPUS_DIR] [--reps N] [--only ID,ID] [--out FILE] [--no-scale] [--no-stress] [--no-collection | --collection-only] [--collection-size N]');
      return 2;
    } else corpus = resolve(a);
  }
  if (collection === 'only') {
    const result = await collectionBench({ large: collectionSize });
    const previous = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : {};
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify({ ...previous, collection: { generatedAt: new Date().toISOString(), ...result } }, null, 2) + '\n');
    console.log(`results  ${relative(process.cwd(), out) || out} (collection)`);
    return 'skipped' in result ? 1 : 0;
  }
  corpus ||= resolve(REPO_ROOT, '../shared/corpus');
  const gate = await loadGate();
  // The first analysis in a fresh process pays for the gazetteer index and for compiling the patterns,
  // as the background worker does once after each start; every later one is what the rows show.
  const cold = measure(() => analyseArticle({ text: 'Three rockets hit a base near Baghdad airport on Tuesday, causing no casualties.', published: '2024-10-01' }));

  const rows: PageBench[] = [];
  const pagesDir = join(corpus, 'pages');
  const seedsDir = join(corpus, 'seeds');
  const wanted = (f: string) => !only.length || only.includes(f.replace(/\.[^.]+$/, ''));
  const pages = existsSync(pagesDir) ? readdirSync(pagesDir).filter((f) => /\.html?$/i.test(f) && wanted(f)).sort() : [];
  const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt') && wanted(f)).sort() : [];
  if (!pages.length && !seeds.length) {
    console.error(`bench: no pages/*.html or seeds/*.txt under ${corpus}`);
    return 2;
  }
  const head = ['id', 'elems', 'text', 'dom', 'readab.', 'readArt', 'analyse', 'an/R', 'tot/R', 'gate', 'heapR', 'heapRA', 'heapAn'];
  const widths = [24, 6, 7, 7, 8, 8, 8, 6, 6, 6, 7, 7, 7];
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' ');
  console.log(`bench: ${reps} runs per step after a warm-up; medians; ms unless noted; heap deltas in MB; gate: ${gate ? gate.from : 'none found (skipped)'}`);
  console.log(`warm-up: first analysis in this process (after Readability and happy-dom are loaded) ${cold.ms.toFixed(0)} ms, heap +${(cold.heap / 2 ** 20).toFixed(1)} MB`);
  console.log(line(head));
  // Each row is printed as soon as it is measured: a full run takes minutes on a busy machine.
  const print = (r: PageBench) =>
    console.log(
      line([
        r.id.slice(0, 24),
        r.elements === null ? '–' : String(r.elements),
        String(r.textChars),
        fmt(r.domMs, 0),
        fmt(r.readabilityMs),
        fmt(r.readArticleMs),
        fmt(r.analyseMs, 2),
        fmt(r.analyseOverReadability, 2),
        fmt(r.totalOverReadability, 2),
        r.gateMs === null ? '–' : fmt(r.gateMs, 2) + (r.gatePass ? '+' : ''),
        mb(r.heapReadabilityBytes),
        mb(r.heapReadArticleBytes),
        mb(r.heapAnalyseBytes),
      ]) + (r.error ? `  (${r.error})` : ''),
    );
  const started = performance.now();
  for (const f of pages) {
    rows.push(await benchPage(join(pagesDir, f), reps, gate?.fn ?? null));
    print(rows[rows.length - 1]);
  }
  for (const f of seeds) {
    rows.push(benchSeed(join(seedsDir, f), reps));
    print(rows[rows.length - 1]);
  }

  const pageRows = rows.filter((r) => r.kind === 'page' && r.readabilityMs !== null);
  const ok = pageRows.filter((r) => r.totalOverReadability !== null);
  const sum = (k: keyof PageBench) => pageRows.reduce((n, r) => n + ((r[k] as number) || 0), 0);
  const summary = {
    pages: pageRows.length,
    seeds: rows.filter((r) => r.kind === 'seed').length,
    reps,
    medianReadabilityMs: median(pageRows.map((r) => r.readabilityMs!)),
    medianReadArticleMs: median(pageRows.map((r) => r.readArticleMs!)),
    medianAnalyseMs: median(ok.map((r) => r.analyseMs)),
    medianAnalyseOverReadability: median(ok.map((r) => r.analyseOverReadability!)),
    medianTotalOverReadability: median(ok.map((r) => r.totalOverReadability!)),
    maxTotalOverReadability: Math.max(...ok.map((r) => r.totalOverReadability!)),
    /** Our overhead on top of Readability for the page → article step, all pages together. */
    readArticleOverReadability: sum('readArticleMs') / sum('readabilityMs'),
    medianGateMs: gate ? median(pageRows.map((r) => r.gateMs!)) : null,
    gatePassed: gate ? pageRows.filter((r) => r.gatePass).map((r) => r.id) : null,
    medianSeedAnalyseMs: median(rows.filter((r) => r.kind === 'seed').map((r) => r.analyseMs)),
  };

  let scaling: Awaited<ReturnType<typeof benchScale>> = [];
  if (scale) {
    scaling = await benchScale();
    console.log(`\nscaling (synthetic article, one run each; MAX_ELEMENTS = ${MAX_ELEMENTS}):`);
    for (const s of scaling) console.log(`  ${String(s.elements).padStart(6)} elements  readArticle ${fmt(s.ms, 0).padStart(6)} ms  ${s.result}`);
  }

  // The extractor alone: cold start in fresh processes, 10 KB → 1 MB, the worst pathological input.
  console.log('\nextractor: cold start in 3 fresh processes...');
  const cs = await coldStart(3);
  console.log(`  three-sentence report: module load ${fmt(cs.importMs, 0)} ms; first analysis ${fmt(cs.firstMs, 0)} ms, second ${fmt(cs.secondMs, 0)} ms, third ${fmt(cs.thirdMs, 1)} ms (medians)`);
  const st = extractorStress ? await stressFigures(200_000) : null;
  if (st?.coldArticle) console.log(`  10 KB article, fresh process: first analysis ${fmt(st.coldArticle.firstMs, 0)} ms, second ${fmt(st.coldArticle.secondMs, 0)} ms`);
  if (st?.scaling) console.log(`  10 KB of article text ${fmt(st.scaling.ms10k, 1)} ms, 1 MB ${fmt(st.scaling.ms1m, 0)} ms: ×${fmt(st.scaling.ratio, 1)} (goal ≤ 120)`);
  if (st?.worst) console.log(`  worst of ${st.cases.length} pathological inputs of 200,000 characters: ${st.worst.name}, ${fmt(st.worst.ms, 0)} ms (${fmt(st.worst.msPerKb, 2)} ms/KB)`);
  if (st?.problem) console.log(`  stress run: ${st.problem}`);

  // The extension in a real page (Chromium with the built extension); skipped with a reason when unavailable.
  console.log('\npage: the built extension in Chromium...');
  let page: PageFigures | { skipped: string };
  try {
    page = await pageFigures(pagesDir);
  } catch (err) {
    page = { skipped: err instanceof Error ? err.message.split('\n')[0] : String(err) };
    console.log(`  skipped: ${page.skipped}`);
  }
  // Anchoring's fuzzy step against one approx-string-match search (what Hypothesis's costs), same run.
  const anchorText = anchorPage(corpus);
  const anchor = anchorText ? anchorFigures(anchorText) : null;
  if (anchor)
    console.log(
      `\nanchor: ${anchor.quotes} quotes with 1–3 letters changed in a ${anchor.pageChars}-character page: ${anchor.right} re-anchored exactly; ` +
        `matchQuote ${fmt(anchor.matchMs, 2)} ms per quote, one approx-string-match search ${fmt(anchor.searchMs, 2)} ms: ×${fmt(anchor.ratio, 2)}`,
    );
  const coll = collection === 'yes' ? await collectionBench({ large: collectionSize }) : { skipped: '--no-collection' };
  if ('skipped' in coll) console.log(`\ncollection: skipped (${coll.skipped})`);

  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\nsummary  ${summary.pages} pages, ${summary.seeds} seeds: Readability median ${fmt(summary.medianReadabilityMs)} ms, ` +
      `readArticle ${fmt(summary.medianReadArticleMs)} ms (×${fmt(summary.readArticleOverReadability, 2)} of Readability overall), ` +
      `analyse ${fmt(summary.medianAnalyseMs, 2)} ms; analyse/Readability median ${fmt(summary.medianAnalyseOverReadability, 3)}, ` +
      `(readArticle+analyse)/Readability median ${fmt(summary.medianTotalOverReadability, 2)} (max ${fmt(summary.maxTotalOverReadability, 2)})` +
      (gate ? `; gate median ${fmt(summary.medianGateMs, 2)} ms, passed ${summary.gatePassed!.length}/${summary.pages}` : '; gate: skipped') +
      `  ·  ${seconds.toFixed(1)} s`,
  );

  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify({ corpus, generatedAt: new Date().toISOString(), node: process.version, dom: 'happy-dom', gate: gate?.from ?? null, coldStartMs: cold.ms, summary, scaling, extractor: { coldStart: cs, stress: st }, page, anchor, collection: { generatedAt: new Date().toISOString(), ...coll }, rows }, null, 2) + '\n',
  );
  console.log(`results  ${relative(process.cwd(), out) || out}`);
  return 0;
}

runMain('bench', main, { stack: true });
