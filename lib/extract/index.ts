/**
 * The extractor: article text + publication date in, an Analysis out.
 * Pure: no DOM, no extension API. The content script (via the background), the CLI and the
 * evaluation all call `analyseArticle`.
 */
import type { Analysis } from '../schema';

export interface ArticleInput {
  /** Plain article text (Readability's textContent, or a .txt file). Evidence offsets index into it. */
  text: string;
  /** Publication date, YYYY-MM-DD, or null when unknown. Relative dates resolve against it. */
  published: string | null;
  title?: string;
  url?: string;
  outlet?: string;
}

export function analyseArticle(input: ArticleInput): Analysis {
  // Placeholder until the extractor lands (issue 3).
  void input;
  return { isAttackReport: false, confidence: 0, incidents: [] };
}
