import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLocation, withoutFragment } from '../../../lib/page/location-watch';

describe('watchLocation', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports each change of the URL once, ignoring fragment-only changes', () => {
    let url = 'https://news.example/a';
    const seen: string[] = [];
    const c = new AbortController();
    watchLocation(c.signal, (now, before) => seen.push(`${before} -> ${now}`), { read: () => url });
    vi.advanceTimersByTime(1000);
    url = 'https://news.example/a#comments';
    vi.advanceTimersByTime(1000);
    url = 'https://news.example/b';
    vi.advanceTimersByTime(3000);
    url = 'https://news.example/a';
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(['https://news.example/a -> https://news.example/b', 'https://news.example/b -> https://news.example/a']);
  });

  it('stops on abort and when orphaned', () => {
    let url = 'https://x.example/1';
    const seen: string[] = [];
    const c = new AbortController();
    watchLocation(c.signal, (now) => seen.push(now), { read: () => url });
    c.abort();
    url = 'https://x.example/2';
    vi.advanceTimersByTime(5000);
    let orphaned = false;
    watchLocation(new AbortController().signal, (now) => seen.push(now), { read: () => url, orphaned: () => orphaned });
    orphaned = true;
    url = 'https://x.example/3';
    vi.advanceTimersByTime(5000);
    expect(seen).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('drops only the fragment', () => {
    expect(withoutFragment('https://a.example/p?q=1#x')).toBe('https://a.example/p?q=1');
    expect(withoutFragment('https://a.example/p')).toBe('https://a.example/p');
  });
});
