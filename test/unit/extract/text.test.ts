import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/extract/text';

describe('splitSentences', () => {
  it('keeps offsets exact', () => {
    const text = 'First one. Second one!  Third?';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => s.text)).toEqual(['First one.', 'Second one!', 'Third?']);
  });
  it('does not split after abbreviations and initials', () => {
    expect(splitSentences('The U.S. Embassy said Gen. Smith was safe. Then it closed.').map((s) => s.text)).toEqual([
      'The U.S. Embassy said Gen. Smith was safe.',
      'Then it closed.',
    ]);
  });
  it('joins hard-wrapped lines and treats a standalone line as a heading', () => {
    const text = 'Blast hits market\n\nA car bomb exploded in the\nmarket on Sunday. Police said so.';
    const s = splitSentences(text);
    expect(s[0]).toMatchObject({ text: 'Blast hits market', isHeading: true });
    expect(s[1].text).toBe('A car bomb exploded in the\nmarket on Sunday.');
    expect(s[1].paragraph).toBe(s[2].paragraph);
  });
});
