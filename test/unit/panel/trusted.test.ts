// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { onlyTrusted } from '../../../components/panel/PanelIncidentCard';

describe('onlyTrusted', () => {
  it('ignores events a script made and passes the reader’s own', () => {
    const seen: string[] = [];
    const handler = onlyTrusted((e: Event) => seen.push(e.type));
    const button = document.createElement('button');
    button.addEventListener('click', handler);
    button.click(); // script-made: isTrusted is false
    button.dispatchEvent(new MouseEvent('click'));
    expect(seen).toEqual([]);
    handler({ type: 'click', isTrusted: true } as Event);
    expect(seen).toEqual(['click']);
  });
});
