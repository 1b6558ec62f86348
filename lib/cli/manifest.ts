/**
 * A batch manifest for `npm run -s extract -- --manifest FILE.jsonl`: one JSON object per line,
 * { "file": "...", "published": "YYYY-MM-DD" | null, "url": "..." }. A file path is relative to the
 * manifest's folder unless absolute. Blank lines and lines starting with # are skipped; a line that is
 * not such an object becomes an error entry for that line, and the others still run.
 */
import { isAbsolute, join } from 'node:path';

export interface ManifestJob {
  line: number;
  file: string;
  published: string | null;
  url?: string;
}
export interface ManifestError {
  line: number;
  error: string;
}

export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function parseManifest(text: string, dir: string): (ManifestJob | ManifestError)[] {
  const out: (ManifestJob | ManifestError)[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const t = raw.trim();
    if (!t || t.startsWith('#')) return;
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch {
      out.push({ line, error: 'not a JSON object' });
      return;
    }
    if (!v || typeof v !== 'object' || Array.isArray(v)) return void out.push({ line, error: 'not a JSON object' });
    const o = v as Record<string, unknown>;
    if (typeof o.file !== 'string' || !o.file.trim()) return void out.push({ line, error: '"file" is missing' });
    if (o.published !== undefined && o.published !== null && (typeof o.published !== 'string' || !isIsoDay(o.published))) {
      return void out.push({ line, error: `"published" wants YYYY-MM-DD or null, got ${JSON.stringify(o.published)}` });
    }
    if (o.url !== undefined && typeof o.url !== 'string') return void out.push({ line, error: '"url" must be a string' });
    out.push({
      line,
      file: isAbsolute(o.file) ? o.file : join(dir, o.file),
      published: (o.published as string | null | undefined) ?? null,
      ...(typeof o.url === 'string' && o.url ? { url: o.url } : {}),
    });
  });
  return out;
}
