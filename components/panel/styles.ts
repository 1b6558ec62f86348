/**
 * The panel's CSS, applied inside its shadow root (WXT resets inherited styles with `all: initial` on the
 * host first). Self-contained colours with a dark variant, system fonts, px units (the page's rem can be
 * anything).
 */
export const PANEL_CSS = `
.dock { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
.panel { width: 320px; max-width: calc(100vw - 32px); max-height: min(70vh, 640px); display: flex; flex-direction: column; background: #fff; border: 1px solid #d0d7de; border-radius: 10px; box-shadow: 0 8px 24px rgba(0,0,0,.18); overflow: hidden; }
.bar { display: flex; align-items: center; gap: 6px; padding: 8px 10px; background: #f6f8fa; border-bottom: 1px solid #d0d7de; }
.bar .name { font-size: 13px; }
.bar .count { color: #57606a; flex: 1; font-size: 12px; }
.logo { color: #cf222e; font-size: 14px; }
button { font: inherit; cursor: pointer; }
.icon { border: 0; background: transparent; width: 26px; height: 26px; border-radius: 6px; color: #57606a; }
.icon:hover, .icon:focus-visible { background: #eaeef2; }
.body { overflow: auto; padding: 8px 10px 10px; }
.card { border: 1px solid #d0d7de; border-radius: 8px; padding: 8px; margin: 0 0 8px; }
.card-title { margin: 0 0 6px; font-size: 13px; display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
.summary { color: #57606a; font-weight: normal; font-size: 12px; }
.badge { margin-left: auto; background: #dafbe1; color: #116329; border-radius: 10px; padding: 0 8px; font-size: 11px; font-weight: 600; }
.facts { display: grid; grid-template-columns: 1fr; gap: 4px; }
.fact { display: grid; grid-template-columns: 92px 1fr 24px; align-items: center; gap: 6px; }
.fact label { color: #57606a; font-size: 12px; }
.fact input, .fact select { width: 100%; box-sizing: border-box; font: inherit; padding: 3px 6px; border: 1px solid #8c959f; border-radius: 6px; background: #fff; color: inherit; min-width: 0; }
.fact input:focus, .fact select:focus { outline: 2px solid #0969da; outline-offset: -1px; }
.fact.invalid input { border-color: #cf222e; }
.error-text { grid-column: 2 / 4; color: #cf222e; font-size: 11px; }
.show { width: 24px; height: 24px; border-radius: 6px; border: 1px solid transparent; background: transparent; font-size: 12px; padding: 0; }
.show:hover, .show:focus-visible { border-color: #d0d7de; background: #f6f8fa; }
.k-date { color: rgb(59,130,246); } .k-weapon { color: rgb(239,68,68); } .k-count { color: rgb(217,119,6); }
.k-place { color: rgb(16,185,129); } .k-casualties { color: rgb(168,85,247); } .k-actor { color: rgb(236,72,153); }
.actions { display: flex; align-items: center; gap: 8px; margin-top: 8px; flex-wrap: wrap; }
.save { background: #1f883d; color: #fff; border: 1px solid rgba(31,35,40,.15); border-radius: 6px; padding: 4px 12px; font-weight: 600; }
.save:disabled { opacity: .6; cursor: default; }
.status { color: #116329; font-size: 12px; }
.reject { background: transparent; color: #57606a; border: 1px solid #8c959f; border-radius: 6px; padding: 4px 10px; }
.reject:hover, .reject:focus-visible { color: #cf222e; border-color: #cf222e; }
.rejected { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; color: #57606a; font-size: 12px; }
.link { background: none; border: 0; padding: 0; color: #0969da; text-decoration: underline; }
.error { color: #cf222e; font-size: 12px; flex-basis: 100%; }
.conflict { flex-basis: 100%; border: 1px solid #bf8700; border-radius: 6px; padding: 6px 8px; display: flex; flex-wrap: wrap; gap: 6px; }
.conflict p { margin: 0; flex-basis: 100%; font-size: 12px; }
.conflict .theirs { color: #57606a; }
.fact { position: relative; }
.options { position: absolute; z-index: 2; top: 100%; left: 98px; right: 30px; margin: 2px 0 0; padding: 2px 0; list-style: none; background: #fff; border: 1px solid #8c959f; border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.15); max-height: 200px; overflow: auto; }
.options li { padding: 4px 8px; cursor: pointer; font-size: 12px; }
.options li.active, .options li:hover { background: #ddf4ff; }
.notice { grid-column: 2 / 4; color: #9a6700; font-size: 11px; }
.quote { margin: 6px 0 0; color: #57606a; font-size: 11px; font-style: italic; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.confidence { margin: -2px 0 6px; color: #57606a; font-size: 11px; }
.legend { margin-top: 8px; font-size: 11px; color: #57606a; }
.legend summary { cursor: pointer; }
.legend ul { list-style: none; margin: 4px 0 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 2px 8px; }
.swatch { text-underline-offset: 3px; padding: 0 2px; color: #1f2328; }
.note { color: #57606a; font-size: 11px; margin: 4px 0 0; }
.pill { display: flex; align-items: center; gap: 6px; border: 1px solid #d0d7de; background: #fff; color: #1f2328; border-radius: 999px; padding: 6px 12px; box-shadow: 0 4px 12px rgba(0,0,0,.15); }
@media (prefers-color-scheme: dark) {
  .dock { color: #e6edf3; }
  .panel, .pill { background: #161b22; border-color: #30363d; color: #e6edf3; }
  .bar { background: #0d1117; border-color: #30363d; }
  .card { border-color: #30363d; }
  /* Contrast: text ≥ 4.5:1, input borders ≥ 3:1 against the panel (#161b22) and the field (#0d1117). */
  .fact input, .fact select, .reject { background: #0d1117; border-color: #6e7681; }
  .status { color: #3fb950; }
  .error, .error-text { color: #f85149; }
  .fact.invalid input { border-color: #f85149; }
  .badge { background: #033a16; color: #3fb950; }
  .link { color: #4493f8; }
  .reject, .rejected { color: #8d96a0; }
  .bar .count, .summary, .fact label, .note, .quote, .confidence, .legend, .conflict .theirs { color: #8d96a0; }
  .swatch { color: #e6edf3; }
  .options { background: #161b22; border-color: #6e7681; }
  .options li.active, .options li:hover { background: #1f3a5f; }
  .notice { color: #d29922; }
  .icon { color: #8d96a0; } .icon:hover, .icon:focus-visible { background: #30363d; }
  .show:hover, .show:focus-visible { border-color: #30363d; background: #21262d; }
}
`;
