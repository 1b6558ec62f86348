/**
 * Drives the panel the way a reader does, although its shadow root is closed: Playwright's locators only
 * enter open roots, so the root is reached as the browser's own DevTools reach it (the DevTools protocol sees
 * closed shadow roots), and every click and keystroke is real input (page.mouse / page.keyboard), trusted by
 * the browser, as the panel requires. Reading (values, texts) goes through the protocol too.
 */
import type { CDPSession, Page } from '@playwright/test';

/** What to find inside the panel: a card (by position), then a field by its label, a button by name, or CSS. */
export interface Target {
  card?: number;
  label?: string;
  /** Matched against aria-label, else the text (a RegExp source, anchored by the caller if needed). */
  button?: string;
  css?: string;
  nth?: number;
}

// Runs in the page with `this` = the panel's shadow root (so it must not close over anything).
const FIND = `function find(root, t) {
  let scope = root;
  if (t.card != null) { scope = root.querySelectorAll('section.card')[t.card]; if (!scope) return null; }
  if (t.label != null) {
    const label = [...scope.querySelectorAll('label')].find((l) => l.textContent.trim() === t.label);
    return label ? scope.querySelector('#' + CSS.escape(label.htmlFor)) : null;
  }
  if (t.button != null) {
    const re = new RegExp(t.button);
    return [...scope.querySelectorAll('button')].filter((b) => re.test(b.getAttribute('aria-label') || b.textContent.trim()))[t.nth ?? 0] ?? null;
  }
  if (t.css != null) return scope.querySelectorAll(t.css)[t.nth ?? 0] ?? null;
  return scope;
}`;

export class PanelDriver {
  private session: CDPSession | null = null;

  constructor(private readonly page: Page) {}

  private async cdp(): Promise<CDPSession> {
    this.session ??= await this.page.context().newCDPSession(this.page);
    return this.session;
  }

  /** The panel host's shadow root as a remote object, or null when there is no panel. */
  private async root(): Promise<{ objectId: string; mode: string } | null> {
    const cdp = await this.cdp();
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'incident-lens-panel' });
    if (!nodeId) return null;
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    return object.objectId ? { objectId: object.objectId, mode: shadow.shadowRootType ?? '' } : null;
  }

  /** Call `body` (a function of (el, ...args), el being the target or null) in the page; its result by value. */
  async call<T>(target: Target, body: string, ...args: unknown[]): Promise<T | null> {
    const root = await this.root();
    if (!root) return null;
    const cdp = await this.cdp();
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: root.objectId,
      functionDeclaration: `function (t, ...args) { ${FIND}; const el = find(this, t); return (${body})(el, ...args); }`,
      arguments: [{ value: target }, ...args.map((value) => ({ value }))],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  }

  /** 'closed' or 'open', as DevTools reports it; null without a panel. */
  async mode(): Promise<string | null> {
    return (await this.root())?.mode ?? null;
  }

  async exists(target: Target = {}): Promise<boolean> {
    return !!(await this.call<boolean>(target, '(el) => !!el'));
  }

  async count(css: string, card?: number): Promise<number> {
    return (await this.call<number>({ card }, '(el, css) => (el ? el.querySelectorAll(css).length : 0)', css)) ?? 0;
  }

  /** The value of an input or select, or null when it is not there. */
  async value(target: Target): Promise<string | null> {
    return this.call<string | null>(target, '(el) => (el ? el.value : null)');
  }

  async text(target: Target = {}): Promise<string | null> {
    return this.call<string | null>(target, '(el) => (el ? el.textContent.replace(/\\s+/g, " ").trim() : null)');
  }

  /** Every card's facts as shown: label → value. */
  async facts(): Promise<Array<Record<string, string>>> {
    return (
      (await this.call<Array<Record<string, string>>>(
        {},
        `(root) => [...root.querySelectorAll('section.card')].map((card) => Object.fromEntries([...card.querySelectorAll('label')].map((l) => [l.textContent.trim(), card.querySelector('#' + CSS.escape(l.htmlFor))?.value ?? ''])))`,
      )) ?? []
    );
  }

  /** Is the target rendered with a size (not display:none, not collapsed away)? */
  async visible(target: Target): Promise<boolean> {
    return !!(await this.call<boolean>(target, '(el) => { if (!el) return false; const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; }'));
  }

  async box(target: Target): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.call(target, '(el) => { if (!el) return null; el.scrollIntoView({ block: "nearest" }); const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }');
  }

  /** A real click in the middle of the target. */
  async click(target: Target): Promise<void> {
    const b = await this.box(target);
    if (!b || !b.width) throw new Error(`panel: nothing to click for ${JSON.stringify(target)}`);
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }

  /** Real keystrokes: click into the field, select what is there, type over it. */
  async fill(target: Target, text: string): Promise<void> {
    await this.click(target);
    await this.page.keyboard.press('ControlOrMeta+A');
    if (text) await this.page.keyboard.type(text);
    else await this.page.keyboard.press('Backspace');
  }
}
