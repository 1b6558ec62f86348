/**
 * Plain-text report of an evaluation: what the extractor engineer reads after every change, so each
 * article gets one line saying which fields are wrong, with the expected and the extracted value.
 */
import { headlineFigures } from './score';
import { FIELDS, type ArticleScore, type FieldName, type Ratio, type SetScore } from './score';

const SHORT: Record<FieldName, string> = {
  date: 'date',
  weapon: 'weapon',
  weapon_family: 'family',
  projectiles: 'proj',
  location: 'place',
  country: 'country',
  killed: 'killed',
  injured: 'injured',
};

export function pct(r: number | null): string {
  return r === null ? '  –' : `${Math.round(r * 100)}%`.padStart(4);
}

function num(r: number | null): string {
  return r === null ? '–' : r.toFixed(2);
}

function frac(r: Ratio): string {
  return `${r.right}/${r.total}${r.rate === null ? '' : ` (${pct(r.rate).trim()})`}`;
}

function clip(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function formatArticle(a: ArticleScore): string[] {
  const det = `${a.gold ? 'attack' : 'other '}→${a.predicted ? 'attack' : 'other '}`;
  const conf = a.confidence === null ? '  – ' : a.confidence.toFixed(2);
  const mainOk = !a.main || a.main.headline;
  const othersOk = a.others.every((o) => o.found);
  const clean = (a.outcome === 'TP' || a.outcome === 'TN') && mainOk && othersOk && !a.error && !a.schemaErrors.length && !a.evidenceMismatches;
  const head = `  ${clean ? '✓' : '✗'} ${a.id.padEnd(24)} ${a.outcome} ${det} ${conf}  n=${a.predictedIncidents}`;
  const parts: string[] = [];
  if (a.error) parts.push(`ERROR ${a.error}`);
  if (a.main) {
    const wrong = a.main.fields.filter((f) => !f.ok && f.field !== 'weapon_family');
    const via = a.main.matchedBy === 'place' ? '' : a.main.matchedBy === 'first' ? ' (no incident at the gold place; compared #0)' : '';
    if (a.main.matchedBy === 'none') parts.push('main: no incident extracted');
    else if (wrong.length === 0) parts.push(`main ✓${via}`);
    else {
      const family = a.main.fields.find((f) => f.field === 'weapon_family');
      parts.push(
        `main${via}: ` +
          wrong
            .map((f) => {
              const fam = f.field === 'weapon' && family?.ok ? ' [family ok]' : '';
              return `${SHORT[f.field]} ${clip(f.expected, 40)} ≠ ${clip(f.got, 40)}${fam}`;
            })
            .join('; '),
      );
    }
  }
  if (a.others.length) {
    const found = a.others.filter((o) => o.found).length;
    parts.push(`others ${found}/${a.others.length}`);
  }
  if (a.schemaErrors.length) parts.push(`schema: ${a.schemaErrors.join('; ')}`);
  if (a.evidenceMismatches) parts.push(`evidence: ${a.evidenceMismatches} span(s) do not match the text`);
  const lines = [parts.length ? `${head}  ${parts.join('  |  ')}` : head];
  const missed = a.others.filter((o) => !o.found);
  if (missed.length) lines.push(`      missed others: ${missed.map((o) => `#${o.goldIndex} ${o.expected}`).join('; ')}`);
  return lines;
}

export function formatSet(s: SetScore, options: { onlyWrong?: boolean } = {}): string {
  const d = s.detection;
  const out: string[] = [];
  out.push(`== ${s.name} (${s.articles.length} articles)`);
  out.push(
    `detection   P ${num(d.precision)}  R ${num(d.recall)}  F1 ${num(d.f1)}    TP ${d.tp}  FP ${d.fp}  FN ${d.fn}  TN ${d.tn}`,
  );
  const mains = s.headline.total;
  if (mains) {
    out.push(`main incident, per field (${mains}):`);
    out.push('  ' + FIELDS.map((f) => `${SHORT[f]} ${s.fields[f].right}/${s.fields[f].total}`).join('   '));
    out.push(`headline    ${frac(s.headline)}    other incidents recall ${frac(s.others)}`);
  }
  const notes: string[] = [];
  if (s.errors) notes.push(`${s.errors} article(s) failed to load or threw`);
  if (s.schemaInvalid) notes.push(`${s.schemaInvalid} analysis(es) fail the schema`);
  if (s.evidenceMismatches) notes.push(`${s.evidenceMismatches} evidence span(s) off`);
  if (notes.length) out.push(`problems    ${notes.join('; ')}`);
  out.push('articles:   (outcome gold→predicted confidence, n = incidents extracted)');
  for (const a of s.articles) {
    const lines = formatArticle(a);
    if (options.onlyWrong && lines[0].startsWith('  ✓')) continue;
    out.push(...lines);
  }
  return out.join('\n');
}

export function formatSummary(sets: SetScore[]): string {
  return sets
    .map((s) => {
      const d = s.detection;
      const head = s.headline.total ? ` headline ${frac(s.headline)} others ${frac(s.others)}` : '';
      return `${s.name}: detection F1 ${num(d.f1)} (FP ${d.fp}, FN ${d.fn})${head}`;
    })
    .join('  ·  ');
}

/** The eval table: one row per set, the figures the gate reads (Markdown, so it can go into notes as it is). */
export function formatTable(sets: SetScore[]): string {
  const rows = sets.map((s) => {
    const f = headlineFigures(s);
    const d = s.detection;
    return `| ${s.name} | ${num(f.detectionF1)} (P ${num(d.precision)} R ${num(d.recall)}) | ${num(f.headline)} (${s.headline.right}/${s.headline.total}) | ${num(f.place)} | ${num(f.killed)} | ${num(f.injured)} | ${num(f.others)} (${s.others.right}/${s.others.total}) |`;
  });
  return ['| set | detection F1 | main incident fully right | place | killed | injured | other incidents found |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}
