// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextIndex, rangeFromOffsets, wrapRanges } from '../../../lib/anchor';

describe('wrapRanges (fallback without CSS.highlights)', () => {
  it('wraps only the covered text, across elements, and undoes it exactly', () => {
    document.body.innerHTML = '<p id="p">Two <b>rockets hit</b> the town on Tuesday.</p>';
    const before = document.body.innerHTML;
    const idx = buildTextIndex(document.body);
    const at = (s: string) => idx.text.indexOf(s);
    const r1 = rangeFromOffsets(idx, at('Two rockets'), at('Two rockets') + 'Two rockets'.length, document)!;
    const r2 = rangeFromOffsets(idx, at('Tuesday'), at('Tuesday') + 7, document)!;
    const undo = wrapRanges([{ kind: 'weapon', range: r1 }, { kind: 'date', range: r2 }], 'incident-lens-mark');
    const marks = [...document.querySelectorAll('incident-lens-mark')];
    expect(marks.map((m) => [m.getAttribute('data-kind'), m.textContent])).toEqual([
      ['weapon', 'Two '],
      ['weapon', 'rockets'],
      ['date', 'Tuesday'],
    ]);
    expect(document.getElementById('p')!.textContent).toBe('Two rockets hit the town on Tuesday.');
    undo();
    expect(document.querySelectorAll('incident-lens-mark').length).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('never turns page text into markup', () => {
    document.body.innerHTML = '<p>caption: &lt;img src=x onerror=alert(1)&gt; rockets</p>';
    const idx = buildTextIndex(document.body);
    const s = idx.text.indexOf('<img');
    wrapRanges([{ kind: 'weapon', range: rangeFromOffsets(idx, s, idx.text.indexOf('rockets') + 7, document)! }], 'incident-lens-mark');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('incident-lens-mark')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
