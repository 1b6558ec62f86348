/**
 * Mounts the Preact panel in a shadow root hosted by <incident-lens-panel>, appended to <body>.
 * The host is ours alone: it is removed when `signal` aborts, and only then.
 */
import { render } from 'preact';
import { createIsolatedElement } from '@webext-core/isolated-element';
import { Panel, type PanelProps } from '../../components/panel/Panel';
import { PANEL_CSS } from '../../components/panel/styles';

export const PANEL_TAG = 'incident-lens-panel';

export async function mountPanel(signal: AbortSignal, props: PanelProps): Promise<void> {
  const { parentElement: host, isolatedElement } = await createIsolatedElement({
    name: PANEL_TAG,
    // Closed: page scripts cannot reach into the panel (read what the reader saved or typed, fill fields,
    // press Save). Our own code keeps the references it needs.
    mode: 'closed',
    // The page's own styles stop at the shadow boundary; `all: initial` keeps inherited ones out too.
    css: { textContent: `:host{all:initial !important;}\n${PANEL_CSS}` },
    // Keystrokes typed into the panel must not reach the page's shortcuts (j/k, s, /…).
    isolateEvents: true,
  });
  if (signal.aborted) return;
  render(<Panel {...props} />, isolatedElement);
  document.body.append(host);
  signal.addEventListener(
    'abort',
    () => {
      render(null, isolatedElement);
      host.remove();
    },
    { once: true },
  );
}
