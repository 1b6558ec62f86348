/**
 * The live page's text, built from its text nodes, with a map back to the nodes so that a match in the text
 * becomes a DOM Range. DOM only, no extension API; runs under happy-dom in the unit tests.
 */

/** Subtrees whose text is not page text the reader sees (or is ours). */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'IFRAME', 'OBJECT', 'SELECT', 'HEAD', 'TITLE']);

/**
 * Elements after which a reader sees a break. A separator is added to the text there (not mapped to any
 * node) so that "…end of one paragraph" and "Next paragraph…" do not run together; Readability's text has
 * "\n\n" at the same places, and the normalised match treats both as one space.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

export interface TextChunk {
  node: Text;
  /** Offset of the node's first character in the index text. */
  start: number;
}

export interface TextIndex {
  text: string;
  chunks: TextChunk[];
  /** True when a cap stopped the walk early (the text is a prefix of the page's). */
  truncated: boolean;
}

export interface TextIndexOptions {
  /** Elements to leave out with their subtree (our own UI), besides SKIP_TAGS. */
  skip?: (el: Element) => boolean;
  /** Stop after this many characters (hostile pages). */
  maxChars?: number;
  /** Stop after visiting this many nodes (hostile pages). */
  maxNodes?: number;
}

export function buildTextIndex(root: Node, opts: TextIndexOptions = {}): TextIndex {
  const maxChars = opts.maxChars ?? 3_000_000;
  const maxNodes = opts.maxNodes ?? 300_000;
  const parts: string[] = [];
  const chunks: TextChunk[] = [];
  let length = 0;
  let lastChar = '\n';
  let visited = 0;
  let truncated = false;

  const separate = () => {
    if (lastChar !== '\n' && lastChar !== ' ') {
      parts.push('\n');
      length += 1;
      lastChar = '\n';
    }
  };

  // An explicit stack rather than recursion: deeply nested hostile markup must not overflow the call stack.
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      separate();
      continue;
    }
    if (++visited > maxNodes || length > maxChars) {
      truncated = true;
      break;
    }
    if (node.nodeType === 3 /* TEXT_NODE */) {
      const data = (node as Text).data;
      if (data.length) {
        chunks.push({ node: node as Text, start: length });
        parts.push(data);
        length += data.length;
        lastChar = data[data.length - 1];
      }
      continue;
    }
    if (node.nodeType === 1 /* ELEMENT_NODE */) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || el.hasAttribute('hidden') || (opts.skip && opts.skip(el))) continue;
      const block = BLOCK_TAGS.has(tag);
      if (block) {
        separate();
        stack.push({ node: el, exit: true });
      }
    } else if (node.nodeType !== 9 /* DOCUMENT */ && node.nodeType !== 11 /* FRAGMENT */) {
      continue; // comments, processing instructions
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
  }
  return { text: parts.join(''), chunks, truncated };
}

/** Index of the chunk containing text offset `offset` (or the first chunk after it, for separators). */
function chunkAt(index: TextIndex, offset: number, preferEnd: boolean): number {
  const { chunks } = index;
  let lo = 0;
  let hi = chunks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (chunks[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found === -1) return 0;
  const c = chunks[found];
  const inside = offset < c.start + c.node.data.length || (preferEnd && offset === c.start + c.node.data.length);
  if (inside) return found;
  // In a separator between chunks: a start snaps forward, an end snaps back.
  return preferEnd ? found : Math.min(found + 1, chunks.length - 1);
}

/** Text offsets [start, end) in the index → a DOM Range over the live nodes, or null if out of range. */
export function rangeFromOffsets(index: TextIndex, start: number, end: number, doc: Document): Range | null {
  if (!index.chunks.length || end <= start || start < 0 || end > index.text.length) return null;
  const a = index.chunks[chunkAt(index, start, false)];
  const b = index.chunks[chunkAt(index, end, true)];
  const startOffset = Math.min(Math.max(0, start - a.start), a.node.data.length);
  const endOffset = Math.min(Math.max(0, end - b.start), b.node.data.length);
  if (a.start + startOffset >= b.start + endOffset) return null;
  const range = doc.createRange();
  range.setStart(a.node, startOffset);
  range.setEnd(b.node, endOffset);
  return range;
}
