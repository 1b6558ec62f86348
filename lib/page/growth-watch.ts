/**
 * Notices text added to a page after it was analysed (live blogs, "updated" stories) without ever doing
 * work in proportion to the page: the observer's callback only adds up the length of what was added (each
 * added node's text read once, capped), and `onGrowth` runs debounced, at most once per `minIntervalMs`.
 * DOM only, no extension API.
 */
export interface GrowthWatchOptions {
  /** Added text below this (in characters) is not worth a new analysis (a timestamp, a counter). */
  minChars?: number;
  /** Wait for this long without additions before calling onGrowth… */
  quietMs?: number;
  /** …but never longer than this after the first addition. */
  maxWaitMs?: number;
  /** And never twice within this span. */
  minIntervalMs?: number;
  /** Subtrees whose changes do not count (our own panel). */
  ignore?: (node: Node) => boolean;
}

/** Added nodes looked at per observer callback; a page adding more at once is growing anyway. */
const MAX_NODES_PER_BATCH = 500;
/** Characters read from one added node: enough to know it is a paragraph. */
const MAX_CHARS_PER_NODE = 2_000;

/** Length of a node's text, read only until `cap` (textContent would build the whole string first). */
export function cappedTextLength(node: Node, cap: number): number {
  if (node.nodeType === 3) return Math.min((node as Text).data.length, cap);
  const doc = node.ownerDocument;
  if (!doc) return 0;
  const walker = doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let t = walker.nextNode(); t && total < cap; t = walker.nextNode()) total += (t as Text).data.length;
  return Math.min(total, cap);
}

export function watchGrowth(root: Node, signal: AbortSignal, onGrowth: () => void, opts: GrowthWatchOptions = {}): void {
  const minChars = opts.minChars ?? 80;
  const quietMs = opts.quietMs ?? 1_500;
  const maxWaitMs = opts.maxWaitMs ?? 5_000;
  const minIntervalMs = opts.minIntervalMs ?? 5_000;
  let added = 0;
  let firstAt = 0;
  let lastRun = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const fire = () => {
    timer = undefined;
    if (signal.aborted) return;
    const wait = lastRun + minIntervalMs - Date.now();
    if (wait > 0) {
      timer = setTimeout(fire, wait);
      return;
    }
    added = 0;
    firstAt = 0;
    lastRun = Date.now();
    onGrowth();
  };

  const observer = new MutationObserver((records) => {
    let seen = 0;
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (++seen > MAX_NODES_PER_BATCH) break;
        if (opts.ignore?.(node)) continue;
        if (node.nodeType !== 1 && node.nodeType !== 3) continue;
        added += cappedTextLength(node, MAX_CHARS_PER_NODE);
      }
      if (seen > MAX_NODES_PER_BATCH) break;
    }
    if (added < minChars) return;
    const now = Date.now();
    if (!firstAt) firstAt = now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(quietMs, firstAt + maxWaitMs - now)));
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
