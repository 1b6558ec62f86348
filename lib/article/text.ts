/**
 * Plain text of an article's content element, with paragraph breaks kept.
 *
 * Readability's textContent glues adjacent paragraphs ("...no casualties.The ministry said"), which
 * breaks sentence splitting in the extractor and makes quotes that straddle a paragraph unfindable in
 * the live page. So the text is rebuilt here the way a reader sees it: whitespace collapsed inside a
 * block (as CSS `white-space: normal` renders it), "\n\n" between blocks, "\n" for <br>, <pre> verbatim.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements that start a new paragraph in the text (block-level in the default UA stylesheet). */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD',
  'TFOOT', 'TR', 'UL', 'BODY', 'HTML',
]);
/** Never visible as text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'svg', 'CANVAS', 'HEAD']);
/** Table cells are laid out side by side: a space between them, not a paragraph. */
const CELLS = new Set(['TD', 'TH']);

export interface BlockTextOptions {
  /** Stop collecting after this many characters (the text is cut at a paragraph boundary). */
  maxChars?: number;
}

export interface BlockText {
  text: string;
  /** True when maxChars cut the text short. */
  truncated: boolean;
}

function normaliseBlock(s: string): string {
  return s
    .replace(/[ \t\r\f\v\u00a0]*\n[ \t\r\f\v\u00a0]*/g, '\n') // spaces around <br> breaks
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text of `root` with "\n\n" between block elements. Iterative, so deep nesting cannot overflow. */
export function blockText(root: Node, options: BlockTextOptions = {}): BlockText {
  const maxChars = options.maxChars ?? Infinity;
  const blocks: string[] = [];
  let total = 0;
  let current = '';
  let preDepth = 0;
  let truncated = false;

  const flush = () => {
    const block = preDepth > 0 ? current.replace(/^\n+|\s+$/g, '') : normaliseBlock(current);
    current = '';
    if (!block) return;
    blocks.push(block);
    total += block.length + 2;
    if (total > maxChars) truncated = true;
  };

  // Stack entries: a node to enter, or a marker to leave a block element.
  type Entry = { node: Node; leave: false } | { node: Element; leave: true };
  const stack: Entry[] = [{ node: root, leave: false }];
  while (stack.length && !truncated) {
    const entry = stack.pop()!;
    if (entry.leave) {
      const tag = entry.node.tagName.toUpperCase();
      if (tag === 'PRE') {
        flush();
        preDepth--;
      } else if (BLOCKS.has(tag)) flush();
      else if (CELLS.has(tag)) current += ' ';
      continue;
    }
    const node = entry.node;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const value = node.nodeValue ?? '';
      // Outside <pre>, newlines in the source are just spaces to the reader.
      current += preDepth > 0 ? value : value.replace(/[\n\r\t\f]+/g, ' ');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || el.hasAttribute('hidden')) continue;
      if (tag === 'BR') {
        current += '\n';
        continue;
      }
      if (tag === 'IMG' || tag === 'HR') {
        // An image or rule separates the text around it, like a block.
        if (tag === 'HR') flush();
        continue;
      }
      if (tag === 'PRE') {
        flush();
        preDepth++;
      } else if (BLOCKS.has(tag)) flush();
      stack.push({ node: el, leave: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leave: false });
  }
  if (!truncated) flush();

  let text = blocks.join('\n\n');
  if (truncated) {
    // Keep whole paragraphs: drop the one that crossed the limit (unless it is the only one).
    while (blocks.length > 1 && text.length > maxChars) {
      blocks.pop();
      text = blocks.join('\n\n');
    }
    if (text.length > maxChars) text = text.slice(0, maxChars);
  }
  return { text, truncated };
}
