/**
 * The two WebDriver BiDi commands the Firefox tests need and puppeteer-core has no public call for:
 * serialising a closed shadow root, and navigating a tab to a moz-extension:// page (puppeteer's goto()
 * sends the command but never sees the navigation finish once the tab moves to the extension's process).
 * Both go through the browser's own BiDi connection; the puppeteer internals they use are checked here, in
 * one place (puppeteer-core is pinned in package.json).
 */
import type { ElementHandle, JSHandle, Page } from 'puppeteer-core';

interface RemoteValue {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: RemoteValue | null; [k: string]: unknown };
}

interface BidiInternals {
  send(method: string, params: object): Promise<{ result: any }>;
  context: string;
  createHandle(value: RemoteValue): JSHandle;
}

function internals(page: Page): BidiInternals {
  const connection = (page.browser() as any).connection;
  const frame = page.mainFrame() as any;
  if (typeof connection?.send !== 'function' || typeof frame?._id !== 'string' || typeof frame?.mainRealm !== 'function') {
    throw new Error('puppeteer-core internals changed: support/bidi.ts needs BidiBrowser.connection, BidiFrame._id and mainRealm()');
  }
  return { send: (m, p) => connection.send(m, p), context: frame._id, createHandle: (v) => frame.mainRealm().createHandle(v) };
}

/** An element's shadow root, open or closed (BiDi serializationOptions.includeShadowTree 'all'). */
export async function shadowRootOf(page: Page, host: ElementHandle<Element>): Promise<ElementHandle<ShadowRoot> | null> {
  const bidi = internals(page);
  const sharedId = (host as unknown as { remoteValue(): RemoteValue }).remoteValue().sharedId;
  if (!sharedId) throw new Error('element handle without a BiDi sharedId');
  const { result } = await bidi.send('script.callFunction', {
    functionDeclaration: '(el) => el',
    arguments: [{ sharedId }],
    target: { context: bidi.context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const root = (result?.result as RemoteValue | undefined)?.value?.shadowRoot;
  return root?.sharedId ? (bidi.createHandle(root) as ElementHandle<ShadowRoot>) : null;
}

/** Navigate a tab to a URL and wait for its load event, by BiDi directly (works for moz-extension:// pages). */
export async function navigateTab(page: Page, url: string): Promise<void> {
  const bidi = internals(page);
  await bidi.send('browsingContext.navigate', { context: bidi.context, url, wait: 'complete' });
}
