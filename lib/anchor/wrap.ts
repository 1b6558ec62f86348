/**
 * Fallback highlighting for browsers without the CSS Custom Highlight API (Firefox < 140): wrap the text
 * covered by each Range in an element with our own tag name, and undo it exactly on teardown.
 * Hypothesis does the same with <hypothesis-highlight>. Only text nodes are split and wrapped; the page's
 * elements are never moved, and wrapper content is the page's own text nodes (nothing is parsed as HTML).
 */

export interface KindRange {
  kind: string;
  range: Range;
}

interface Segment {
  node: Text;
  start: number;
  end: number;
  kind: string;
}

/** The text-node pieces a Range covers, computed before any DOM change (later splits would move them). */
function segmentsOf(range: Range, kind: string): Segment[] {
  const out: Segment[] = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === 3) {
    const t = root as Text;
    if (range.endOffset > range.startOffset) out.push({ node: t, start: range.startOffset, end: range.endOffset, kind });
    return out;
  }
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let n = walker.nextNode() as Text | null;
  while (n) {
    if (range.intersectsNode(n)) {
      const start = n === range.startContainer ? range.startOffset : 0;
      const end = n === range.endContainer ? range.endOffset : n.data.length;
      const parent = n.parentElement?.localName;
      if (end > start && parent !== 'script' && parent !== 'style' && n.data.slice(start, end).trim()) {
        out.push({ node: n, start, end, kind });
      }
    }
    n = walker.nextNode() as Text | null;
  }
  return out;
}

/**
 * Wrap every range's text in `<tagName data-kind="…">`. Returns a function that removes the wrappers and
 * restores the original text nodes' content.
 */
export function wrapRanges(items: KindRange[], tagName: string): () => void {
  const byNode = new Map<Text, Segment[]>();
  for (const { kind, range } of items) {
    for (const seg of segmentsOf(range, kind)) {
      const list = byNode.get(seg.node) ?? [];
      list.push(seg);
      byNode.set(seg.node, list);
    }
  }
  const wrappers: Element[] = [];
  for (const [node, segs] of byNode) {
    const parent = node.parentNode;
    if (!parent) continue;
    const doc = node.ownerDocument;
    // Cut the node at every segment boundary; each piece gets the kind of the first segment covering it.
    const cuts = new Set<number>([0, node.data.length]);
    for (const s of segs) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const text = node.data;
    const frag = doc.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      if (a === b) continue;
      const piece = doc.createTextNode(text.slice(a, b));
      const cover = segs.find((s) => s.start <= a && s.end >= b);
      if (cover) {
        const w = doc.createElement(tagName);
        w.setAttribute('data-kind', cover.kind);
        w.appendChild(piece);
        wrappers.push(w);
        frag.appendChild(w);
      } else frag.appendChild(piece);
    }
    // Keep the original node in the tree (page scripts may hold it) as the first piece's text.
    const first = frag.firstChild!;
    if (first.nodeType === 3) {
      node.data = (first as Text).data;
      frag.removeChild(first);
      parent.insertBefore(frag, node.nextSibling);
    } else {
      node.data = '';
      parent.insertBefore(frag, node.nextSibling);
    }
  }
  return () => {
    for (const w of wrappers) {
      const parent = w.parentNode;
      if (!parent) continue;
      while (w.firstChild) parent.insertBefore(w.firstChild, w);
      parent.removeChild(w);
      // Merge the split pieces back into one text node.
      (parent as Element).normalize?.();
    }
  };
}
