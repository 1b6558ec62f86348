/**
 * `npm start`: build the extension, serve the bundled demo article (test/fixtures/e2e/rocket-attack.html,
 * an invented rocket-attack report) on localhost, and open it in Debian's Chromium with the extension.
 *
 * With a display ($DISPLAY set) the browser window stays open until Ctrl-C. Without one it runs headless,
 * waits for the highlights and the panel, writes demo-screenshot.png and prints what was found.
 *
 * Options: --port N (default 8787, 0 = any free port), --headless (even with a display),
 *          --screenshot PATH, --page /other-fixture.html, --no-build.
 */
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchWithExtension } from '../test/e2e/support/browser';
import { startFixtureServer } from '../test/e2e/support/server';
import { PanelDriver } from '../test/e2e/support/panel-driver';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : (process.argv[i + 1] ?? '');
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const headless = flag('headless') || !process.env.DISPLAY;
const screenshot = resolve(arg('screenshot') ?? 'demo-screenshot.png');
const pagePath = arg('page') ?? '/rocket-attack.html';

async function main() {
  execSync('bash scripts/ensure-chromium.sh', { stdio: 'inherit' });
  if (!flag('no-build')) {
    console.log('Building the extension (wxt build)…');
    execSync('npx wxt build', { stdio: 'inherit' });
  }

  let server;
  try {
    server = await startFixtureServer(Number(arg('port') ?? 8787));
  } catch {
    server = await startFixtureServer(0); // 8787 taken: any free port
  }
  const url = server.url(pagePath);
  console.log(`Serving the demo article at ${url}`);

  const browser = await launchWithExtension({ headless });
  const shutdown = async () => {
    await browser.close();
    await server.close();
  };
  process.on('SIGINT', () => void shutdown().then(() => process.exit(0)));

  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const panel = new PanelDriver(page);
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(url);
  console.log(`Extension ${browser.extensionId} loaded; popup: chrome-extension://${browser.extensionId}/popup.html`);

  if (!headless) {
    console.log('Browser is open. Press Ctrl-C to stop.');
    return; // the server and the browser keep the process alive
  }

  try {
    await page.waitForFunction(() => performance.getEntriesByName('incident-lens:highlight').length > 0, null, { timeout: 20_000 });
    const t0 = Date.now();
    while (!(await panel.visible({ button: '^Save incident$' }))) {
      if (Date.now() - t0 > 10_000) throw new Error('no panel');
      await page.waitForTimeout(200);
    }
  } catch {
    const timings = await page.evaluate(() => performance.getEntriesByType('measure').map((e) => `${e.name} ${e.duration.toFixed(1)} ms`));
    await page.screenshot({ path: screenshot });
    console.error(`No highlights/panel appeared. Stages that ran: ${timings.join(', ') || 'none'}. Screenshot: ${screenshot}`);
    await shutdown();
    process.exit(1);
  }
  await page.waitForTimeout(300); // let the panel finish painting
  await page.screenshot({ path: screenshot });

  const summary = await page.evaluate(() => {
    const highlights: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('incident-lens-')) highlights[name.replace('incident-lens-', '')] = [...(h as unknown as Iterable<Range>)].map((r) => r.toString());
    });
    const timings = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('incident-lens:')).map((e) => [e.name.slice(14), e.duration]);
    return { highlights, timings };
  });
  // The panel's shadow root is closed to the page: read through the DevTools protocol, as DevTools does.
  const incidents = await panel.facts();

  console.log(`\nIncident Lens found ${incidents.length} incident(s) on ${url}`);
  incidents.forEach((facts, i) => {
    console.log(`\n  Incident ${i + 1}`);
    for (const [k, v] of Object.entries(facts)) console.log(`    ${k.padEnd(20)} ${v || '—'}`);
  });
  console.log('\n  Highlights in the page:');
  for (const [kind, texts] of Object.entries(summary.highlights)) console.log(`    ${kind.padEnd(12)} ${texts.map((t) => `“${t}”`).join(', ')}`);
  console.log(`\n  Stage timings: ${summary.timings.map(([n, d]) => `${n} ${(d as number).toFixed(1)} ms`).join(', ')}`);
  console.log(`\nScreenshot: ${screenshot}`);
  await shutdown();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
