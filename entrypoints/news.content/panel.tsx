/** Mounts the Preact panel in an open shadow root hosted by <incident-lens-panel> (WXT createShadowRootUi). */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel, type PanelProps } from '../../components/panel/Panel';
import { PANEL_CSS } from '../../components/panel/styles';

export const PANEL_TAG = 'incident-lens-panel';

export async function mountPanel(ctx: ContentScriptContext, signal: AbortSignal, props: PanelProps): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: PANEL_TAG,
    mode: 'open',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: PANEL_CSS,
    // Keystrokes typed into the panel must not reach the page's shortcuts (j/k, s, /…).
    isolateEvents: true,
    onMount: (container) => {
      render(<Panel {...props} />, container);
      return container;
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  if (signal.aborted) return;
  ui.mount();
  signal.addEventListener('abort', () => ui.remove(), { once: true });
}
