import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

/** A happy-dom document (scripts off), as the CLI builds it. */
export function html(markup: string, url = 'about:blank'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  return new window.DOMParser().parseFromString(markup, 'text/html') as unknown as Document;
}

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/pages/${name}`, import.meta.url)), 'utf8');
}
