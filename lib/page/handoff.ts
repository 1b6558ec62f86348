/**
 * How the small gate script (on every page) hands a page that passed the gate to the analyser script (injected
 * by the background only then). Both run in the extension's isolated world of the same frame, so they share
 * its `window` object, which the page cannot see; a registry symbol is the meeting point.
 */
export const ANALYSER_KEY = Symbol.for('incident-lens.analyser');

/** What the analyser script registers on the isolated world's window. */
export interface AnalyserApi {
  /**
   * Read, analyse, highlight and show the panel for the page as it is now. Everything it leaves in the page
   * (highlights, panel, observers) is removed when `signal` aborts. `dismiss` is called when the reader
   * closes the panel. `force`: the reader asked ("Analyse this page"), so a page the gate or the detector
   * would pass over still gets the panel, with whatever was found and a note when nothing was.
   */
  analyse(signal: AbortSignal, dismiss: () => void, options?: { force?: boolean; selection?: boolean }): Promise<void>;
  /** Is a panel up in this frame (so a captured selection can join it)? */
  hasPanel(): boolean;
  /** "New incident from selection" into the panel that is up. */
  captureIntoPanel(): Promise<void>;
}

export function registeredAnalyser(): AnalyserApi | undefined {
  return (window as unknown as Record<symbol, AnalyserApi | undefined>)[ANALYSER_KEY];
}

export function registerAnalyser(api: AnalyserApi): void {
  (window as unknown as Record<symbol, AnalyserApi | undefined>)[ANALYSER_KEY] ??= api;
}

/** Background → gate script: the reader asked to analyse this page (toolbar popup or keyboard shortcut). */
export const ANALYSE_NOW = 'incident-lens:analyse-now';
/** Background → analyser: the keyboard shortcut asks the panel to take focus. */
export const FOCUS_PANEL = 'incident-lens:focus-panel';
/** Background → gate script: make a card from the reader's selection (context menu, shortcut). */
export const CAPTURE_SELECTION = 'incident-lens:capture-selection';
