/** Page → article input for the extractor. DOM in, no extension API (see read.ts). */
export { readArticle, readArticleResult, readLeadResult, isProbablyArticle, pageUrl, MAX_ELEMENTS, MAX_TEXT_CHARS, MIN_TEXT_CHARS, MAX_READABLE_CHARS, LEAD_CHARS } from './read';
export type { ArticleData, ReadFailure, ReadResult } from './read';
export { readPublicationDate, parseDateValue } from './date';
export { blockText } from './text';
export type { BlockText, BlockTextOptions } from './text';
