/**
 * Batch use: `npm run -s extract -- --manifest FILE.jsonl` runs every article in one process, one JSON
 * line per file (errors per file or per manifest line), and the throughput on stderr.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../lib/cli/manifest';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../../..');

describe('parseManifest', () => {
  it('reads jobs relative to the manifest, skips blanks and comments, and reports bad lines by number', () => {
    const text = ['{"file":"a.txt","published":"2024-06-05","url":"https://example.org/a"}', '', '# a comment', 'not json', '{"published":"2024-06-05"}', '{"file":"/abs/b.html","published":"2024-02-31"}', '{"file":"c.txt"}'].join('\n');
    expect(parseManifest(text, '/data')).toEqual([
      { line: 1, file: '/data/a.txt', published: '2024-06-05', url: 'https://example.org/a' },
      { line: 4, error: 'not a JSON object' },
      { line: 5, error: '"file" is missing' },
      { line: 6, error: '"published" wants YYYY-MM-DD or null, got "2024-02-31"' },
      { line: 7, file: '/data/c.txt', published: null },
    ]);
  });
});

describe('extract --manifest', () => {
  it('runs every article with its own date in one process and keeps errors per file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'incident-lens-manifest-'));
    writeFileSync(join(dir, 'attack.txt'), 'Gunmen killed four farmers in Kebbi State, Nigeria, on Tuesday, police said.\n');
    writeFileSync(join(dir, 'recipe.txt'), 'Whisk two eggs with sugar and fold in the flour before baking for forty minutes.\n');
    writeFileSync(
      join(dir, 'batch.jsonl'),
      ['{"file":"attack.txt","published":"2024-06-05","url":"https://example.org/kebbi"}', '{"file":"recipe.txt","published":"2024-06-05"}', '{"file":"missing.txt","published":"2024-06-05"}', '{oops'].join('\n'),
    );
    const result = await run('npx', ['tsx', 'lib/cli/extract-cli.ts', '--manifest', join(dir, 'batch.jsonl')], { cwd: ROOT }).catch((e) => e);
    expect(result.code).toBe(1); // some lines failed
    const lines = String(result.stdout).trim().split('\n').map((l: string) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ isAttackReport: true, published: '2024-06-05', manifestLine: 1 });
    expect(lines[0].incidents[0]).toMatchObject({ date: { value: '2024-06-04' }, killed: { best: 4 } });
    expect(lines[0].incidents[0].source.url).toBe('https://example.org/kebbi');
    expect(lines[1]).toMatchObject({ isAttackReport: false, incidents: [] });
    expect(lines[2]).toMatchObject({ manifestLine: 3 });
    expect(lines[2].error).toBeTruthy();
    expect(lines[3]).toMatchObject({ manifestLine: 4, error: 'not a JSON object' });
    expect(String(result.stderr)).toMatch(/2 of 4 articles in [\d.]+ s, [\d.]+ articles\/s, 2 failed/);
  }, 60_000);
});
