/**
 * User Timing entries for the content script's stages: `incident-lens:gate`, `…:readability`,
 * `…:extract`, `…:highlight`. Each is one performance.measure with explicit start/end (no marks left
 * behind). The performance timeline belongs to the document, so entries made from the content script's
 * isolated world are also listed by the page's own performance.getEntriesByName (checked in test/e2e).
 */
/** `done`: the analyser finished with the page (panel shown, or nothing to show); its detail says which. */
export type Stage = 'gate' | 'readability' | 'lead' | 'extract' | 'highlight' | 'done';

export function measure(stage: Stage, start: number, detail?: Record<string, unknown>): void {
  try {
    performance.measure(`incident-lens:${stage}`, { start, end: performance.now(), detail });
  } catch {
    // Pages can replace or freeze `performance`; timing is never worth breaking the pipeline for.
  }
}
