/**
 * The analyser: injected by the background (scripting.executeScript) only into frames whose gate passed, so
 * Readability, anchoring, Preact and the panel never load on other pages. It only registers itself; the gate
 * script calls it, now and after each soft navigation. See lib/page/handoff.ts.
 */
import { registerAnalyser } from '../../lib/page/handoff';
import { analysePage, captureIntoLiveView, hasLiveView } from './pipeline';

export default defineUnlistedScript(() => {
  registerAnalyser({ analyse: analysePage, hasPanel: hasLiveView, captureIntoPanel: captureIntoLiveView });
});
