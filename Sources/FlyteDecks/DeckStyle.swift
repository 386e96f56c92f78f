/// The inline stylesheet and script every deck carries (our own, written for this project).
/// Neither contains `<` or `&`, so the documents also parse as XML.
enum DeckStyle {
  static let css = """
    :root { --ink: #1d2330; --muted: #5f6b7a; --line: #d9dee5; --accent: #6b2bd9;
      --ok: #1a7f37; --bad: #c62828; --panel: #ffffff; --bg: #f5f6f8; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
      color: var(--ink); background: var(--bg); }
    header.top { padding: 16px 24px 8px; background: var(--panel);
      border-bottom: 1px solid var(--line); }
    header.top h1 { font-size: 18px; margin: 0 0 6px; word-break: break-all; }
    dl.facts { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 0; }
    dl.facts div { display: flex; gap: 6px; }
    dl.facts dt { color: var(--muted); }
    dl.facts dd { margin: 0; font-family: ui-monospace, Menlo, Consolas, monospace;
      word-break: break-all; }
    .badge { display: inline-block; padding: 0 8px; border-radius: 9px; color: #fff;
      font-weight: 600; font-size: 12px; }
    .badge.ok { background: var(--ok); }
    .badge.bad { background: var(--bad); }
    .error { margin: 8px 0 4px; padding: 8px 12px; border-left: 4px solid var(--bad);
      background: #fdecea; white-space: pre-wrap; word-break: break-word; }
    main { padding: 0 24px 24px; }
    .tabs > input { position: absolute; opacity: 0; pointer-events: none; }
    .tabs > nav { display: flex; flex-wrap: wrap; gap: 2px; border-bottom: 1px solid var(--line);
      margin: 12px 0 0; }
    .tabs > nav label { padding: 8px 16px; cursor: pointer; color: var(--muted);
      border-bottom: 3px solid transparent; user-select: none; }
    .tabs > nav label:hover { color: var(--ink); }
    .panel { display: none; background: var(--panel); border: 1px solid var(--line);
      border-top: 0; padding: 16px; overflow-x: auto; }
    #tab-timeline:checked ~ nav label[for=tab-timeline],
    #tab-source:checked ~ nav label[for=tab-source],
    #tab-dependencies:checked ~ nav label[for=tab-dependencies],
    #tab-input:checked ~ nav label[for=tab-input],
    #tab-output:checked ~ nav label[for=tab-output] { color: var(--ink);
      border-bottom-color: var(--accent); font-weight: 600; }
    #tab-timeline:checked ~ .panels #panel-timeline,
    #tab-source:checked ~ .panels #panel-source,
    #tab-dependencies:checked ~ .panels #panel-dependencies,
    #tab-input:checked ~ .panels #panel-input,
    #tab-output:checked ~ .panels #panel-output { display: block; }
    #tab-timeline:focus-visible ~ nav label[for=tab-timeline],
    #tab-source:focus-visible ~ nav label[for=tab-source],
    #tab-dependencies:focus-visible ~ nav label[for=tab-dependencies],
    #tab-input:focus-visible ~ nav label[for=tab-input],
    #tab-output:focus-visible ~ nav label[for=tab-output] { outline: 2px solid var(--accent);
      outline-offset: -2px; }
    table.grid { border-collapse: collapse; width: 100%; margin: 0 0 12px; }
    table.grid th, table.grid td { border: 1px solid var(--line); padding: 5px 8px;
      text-align: left; vertical-align: top; }
    table.grid th { background: #eef0f4; font-weight: 600; }
    table.grid td.num { text-align: right; font-family: ui-monospace, Menlo, Consolas, monospace; }
    table.grid td.mono, table.grid td code { font-family: ui-monospace, Menlo, Consolas, monospace;
      white-space: pre-wrap; word-break: break-word; }
    table.grid tbody tr:nth-child(even) { background: #fafbfc; }
    dl.meta { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; }
    dl.meta dt { color: var(--muted); font-family: ui-monospace, Menlo, Consolas, monospace; }
    dl.meta dd { margin: 0; font-family: ui-monospace, Menlo, Consolas, monospace;
      word-break: break-word; }
    .muted { color: var(--muted); }
    h2 { font-size: 15px; margin: 4px 0 10px; }
    .gantt { max-height: 70vh; overflow: auto; border: 1px solid var(--line); background: #fff;
      margin: 0 0 6px; }
    .gantt svg { display: block; font: 11px system-ui, sans-serif; }
    .gantt .tick { stroke: #e6e9ee; stroke-width: 1; }
    .gantt .axis { fill: var(--muted); text-anchor: middle; }
    .gantt .label { fill: var(--ink); text-anchor: end; }
    .gantt .stripe { fill: #f7f8fa; }
    .gantt .bar rect:not(.stripe) { fill: #7d8ba1; }
    .gantt .workflow rect:not(.stripe) { fill: #3d4b63; }
    .gantt .node rect:not(.stripe) { fill: #5b6b86; }
    .gantt .attempt rect:not(.stripe) { fill: #6b2bd9; }
    .gantt .setup rect:not(.stripe), .gantt .teardown rect:not(.stripe) { fill: #e0a526; }
    .gantt .runtime rect:not(.stripe) { fill: #2f80ed; }
    .gantt .timeit rect:not(.stripe) { fill: #27a376; }
    .gantt .failed rect:not(.stripe) { fill: var(--bad); }
    .gantt .cached rect:not(.stripe) { fill: #8fbc3b; }
    .gantt .skipped rect:not(.stripe) { fill: #c3c9d2; }
    .gantt a:hover .label { text-decoration: underline; fill: var(--accent); }
    pre.source { margin: 0; padding: 10px 0; background: #fbfbfd; border: 1px solid var(--line);
      font: 13px/1.5 ui-monospace, Menlo, Consolas, monospace; counter-reset: line;
      overflow-x: auto; }
    pre.source .ln { display: block; padding: 0 12px 0 0; white-space: pre; }
    pre.source .ln::before { counter-increment: line; content: counter(line);
      display: inline-block; width: 3.5em; padding-right: 1em; margin-right: 0.8em;
      text-align: right; color: #a0a8b4; border-right: 1px solid var(--line); }
    pre.source .k { color: #8d1fbf; font-weight: 600; }
    pre.source .s { color: #b3261e; }
    pre.source .c { color: #6a7a8c; font-style: italic; }
    pre.source .n { color: #0b6bcb; }
    pre.source .d { color: #a3570b; }
    pre.source .b { color: #1a7f73; }
    pre.source .f { color: #1f4fd1; font-weight: 600; }
    .toolbar { display: flex; align-items: center; gap: 12px; margin: 0 0 10px; }
    button { font: inherit; padding: 5px 12px; border: 1px solid var(--accent); color: #fff;
      background: var(--accent); border-radius: 4px; cursor: pointer; }
    textarea.req { width: 100%; min-height: 6em; font: 12px ui-monospace, Menlo, Consolas, monospace; }
    footer { padding: 0 24px 24px; color: var(--muted); font-size: 12px; }
    a { color: var(--accent); }
    """

  /// Copy button: the clipboard API where the page is a secure context, else select the
  /// textarea (opening its details) and try the legacy copy command; the text is always there.
  static let script = """
    //<![CDATA[
    function flyteCopyRequirements(button) {
      var area = document.getElementById("requirements-text");
      var status = document.getElementById("copy-status");
      if (!area) { return; }
      function said(text) { if (status) { status.textContent = text; } }
      function fallback() {
        var box = document.getElementById("requirements-box");
        if (box) { box.open = true; }
        area.focus();
        area.select();
        var copied = false;
        try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
        said(copied ? "Copied." : "Selected: press Ctrl+C (or Cmd+C) to copy.");
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(area.value).then(function () { said("Copied."); }, fallback);
      } else {
        fallback();
      }
    }
    //]]>
    """
}
