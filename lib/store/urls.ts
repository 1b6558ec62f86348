/**
 * The URL key the store matches pages by: the URL with its fragment dropped ("#comments" is the same
 * article). Deliberately string-level and conservative: query strings can select a different
 * article on some sites, so they stay.
 */
export function normaliseUrl(url: string): string {
  const trimmed = url.trim();
  const hash = trimmed.indexOf('#');
  return hash === -1 ? trimmed : trimmed.slice(0, hash);
}
