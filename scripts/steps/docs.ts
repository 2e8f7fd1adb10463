import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { apis, type ApiEntry } from "../apis.js";
import { bundledSpec, generatedPath, type BuildContext } from "../context.js";
import { listOperations } from "../operations.js";
import { decorate } from "../docs-extras.js";

/**
 * Builds the offline Redoc pages: `generated/docs/<api>.html` per API and `generated/docs/index.html`.
 *
 * Each page is self-contained: Redoc's standalone bundle (from the pinned `redoc` package) and the bundled spec are
 * inlined, fonts are the system's, so the page loads nothing from the network. Output depends only on the bundles
 * and the redoc version (no timestamps), so the drift check can compare it.
 */
export async function docs(context: BuildContext): Promise<void> {
  const redoc = inlineScript(await readFile(redocBundlePath(), "utf8"));
  const documents = new Map<ApiEntry, Record<string, any>>();
  for (const api of apis) {
    // The index lists every API; one built on its own (--api) is read from the committed bundle.
    const document = context.apis.includes(api) ? bundledSpec(context, api) : await readCommitted(api);
    if (document !== undefined) documents.set(api, document);
  }
  for (const api of context.apis) {
    context.files.set(`generated/docs/${api.name}.html`, renderApiPage(api, documents.get(api)!, redoc, [...documents.keys()]));
  }
  context.files.set("generated/docs/index.html", renderIndex(documents));
}

export function redocBundlePath(): string {
  return createRequire(import.meta.url).resolve("redoc/bundles/redoc.standalone.js");
}

async function readCommitted(api: ApiEntry): Promise<Record<string, any> | undefined> {
  const text = await readFile(generatedPath(api, "openapi.json"), "utf8").catch(() => undefined);
  return text === undefined ? undefined : JSON.parse(text);
}

const systemFonts = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';
const monoFonts = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace';
const barHeight = 36;

/** Redoc options: system fonts only (Redoc itself loads no fonts; its usual HTML template adds Google Fonts, this one does not). */
const redocOptions = {
  scrollYOffset: barHeight,
  expandResponses: "200,204",
  requiredPropsFirst: true,
  pathInMiddlePanel: true,
  nativeScrollbars: true,
  theme: {
    typography: {
      fontFamily: systemFonts,
      headings: { fontFamily: systemFonts },
      code: { fontFamily: monoFonts },
    },
  },
};

/**
 * The side menu's "API docs by Redocly" footer shows a logo from Redocly's CDN (no option turns it off); the page uses a
 * blank inline image instead so it makes no request. The footer text and link stay.
 */
const redoclyLogoUrl = "https://cdn.redoc.ly/redoc/logo-mini.svg";
const blankImage = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";

/**
 * The pages may not load anything: inline scripts and styles, data:/blob: images and Redoc's blob: search worker.
 * A safety net (and a statement of intent): if a later Redoc fetched something, the browser test would see the
 * CSP violation as a console error.
 */
const contentSecurityPolicy =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; worker-src blob:; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * Makes a script safe to inline in `<script>`: no `</script` (would end the element), no `<!--` or `<script`
 * (would switch the HTML parser into the "escaped" script states, where `</script>` may no longer close it).
 * They only occur in string and regex literals, where `\x3C` means the same `<`. The source-map comment is dropped.
 */
function inlineScript(source: string): string {
  return source
    .replaceAll(`"${redoclyLogoUrl}"`, JSON.stringify(blankImage))
    .replace(/<\/(script)/gi, "<\\/$1")
    .replace(/<(!--|script)/gi, "\\x3C$1")
    .replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n");
}

/** JSON inside `<script type="application/json">`: `<` escaped so no tag can appear. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

function renderApiPage(api: ApiEntry, bundle: Record<string, any>, redoc: string, all: ApiEntry[]): string {
  const { document, search } = decorate(api, bundle);
  const title = `${document.info?.title ?? api.name} ${document.info?.version ?? ""}`.trim();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<link rel="icon" href="data:,">
<meta name="generator" content="botspec scripts/build.ts (docs step), Redoc ${redocVersion()}">
<title>${escapeHtml(title)} · botspec</title>
<style>
  body { margin: 0; padding: 0; font-family: ${systemFonts}; }
  #botspec-bar { position: fixed; top: 0; left: 0; right: 0; height: ${barHeight}px; z-index: 100; display: flex; gap: 16px;
    align-items: center; padding: 0 16px; background: #263238; color: #eceff1; font-size: 14px; box-sizing: border-box; }
  #botspec-bar a { color: #eceff1; text-decoration: none; }
  #botspec-bar a:hover, #botspec-bar a[aria-current] { text-decoration: underline; }
  #botspec-bar strong { margin-right: 8px; }
  #redoc { padding-top: ${barHeight}px; }
  #botspec-search { margin-left: auto; position: relative; }
  #botspec-search input { width: 22rem; max-width: 40vw; padding: 4px 8px; border: 0; border-radius: 3px; font: inherit; }
  #botspec-results { position: absolute; right: 0; top: 30px; width: 32rem; max-width: 90vw; max-height: 70vh; overflow: auto;
    margin: 0; padding: 0; list-style: none; background: #fff; color: #263238; box-shadow: 0 4px 16px rgba(0,0,0,.25); border-radius: 3px; }
  #botspec-results:empty { display: none; }
  #botspec-results a { display: block; padding: 6px 10px; color: #263238; text-decoration: none; }
  #botspec-results a:hover, #botspec-results a:focus { background: #eceff1; }
  #botspec-results small { display: block; color: #546e7a; }
  noscript { display: block; padding: 48px 16px; }
</style>
</head>
<body>
<nav id="botspec-bar" aria-label="botspec APIs"><strong><a href="index.html">botspec</a></strong>${all
    .map((other) => `<a href="${other.name}.html"${other === api ? ' aria-current="page"' : ""}>${escapeHtml(other.prefix)}</a>`)
    .join("")}<div id="botspec-search" role="search"><input type="search" placeholder="Search operations and fields (中文, English)" aria-label="Search operations, their upstream Chinese titles and field descriptions"><ul id="botspec-results"></ul></div></nav>
<noscript>This page needs JavaScript to render the API reference. The description itself is in generated/${api.name}/openapi.json.</noscript>
<div id="redoc"></div>
<script type="application/json" id="botspec-spec">${inlineJson(document)}</script>
<script type="application/json" id="botspec-options">${inlineJson(redocOptions)}</script>
<script type="application/json" id="botspec-search-index">${inlineJson(search)}</script>
<script>
${redoc}
</script>
<script>
(function () {
  var read = function (id) { return JSON.parse(document.getElementById(id).textContent); };
  Redoc.init(read("botspec-spec"), read("botspec-options"), document.getElementById("redoc"));
${searchScript}
})();
</script>
</body>
</html>
`;
}

/**
 * The page's own search (Redoc's splits words at spaces and trims non-Latin letters, so it finds no Chinese): every
 * term of the query must occur in an operation's text (summary, description with the upstream Chinese title, and the
 * descriptions of its parameters and fields); summary matches come first. A result links to Redoc's anchor.
 */
const searchScript = `  var index = read("botspec-search-index");
  var input = document.querySelector("#botspec-search input");
  var list = document.getElementById("botspec-results");
  input.addEventListener("input", function () {
    var terms = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var found = terms.length === 0 ? [] : index.filter(function (entry) {
      return terms.every(function (term) { return entry.text.indexOf(term) >= 0; });
    });
    found.sort(function (a, b) {
      var inA = terms.every(function (t) { return a.summary.toLowerCase().indexOf(t) >= 0; });
      var inB = terms.every(function (t) { return b.summary.toLowerCase().indexOf(t) >= 0; });
      return Number(inB) - Number(inA);
    });
    list.replaceChildren.apply(list, found.slice(0, 30).map(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "#" + entry.anchor;
      link.textContent = entry.summary;
      var where = document.createElement("small");
      where.textContent = entry.method + " " + entry.path;
      link.appendChild(where);
      link.addEventListener("click", function () { list.replaceChildren(); });
      item.appendChild(link);
      return item;
    }));
  });`;

function renderIndex(documents: Map<ApiEntry, Record<string, any>>): string {
  const sections = [...documents].map(([api, document]) => renderIndexEntry(api, document)).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<link rel="icon" href="data:,">
<meta name="generator" content="botspec scripts/build.ts (docs step)">
<title>botspec · API reference</title>
<style>
  body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.25rem 4rem; font-family: ${systemFonts}; line-height: 1.5; color: #1f2933; }
  h1 { margin-bottom: 0.25rem; }
  h2 { margin: 2.5rem 0 0.25rem; }
  h2 a { color: inherit; }
  code { font-family: ${monoFonts}; font-size: 0.9em; background: #f0f3f5; padding: 0.05em 0.3em; border-radius: 3px; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1rem; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  ul { margin: 0; padding-left: 1.2rem; }
  .open { display: inline-block; margin-top: 0.5rem; padding: 0.35rem 0.8rem; border-radius: 4px; background: #263238; color: #fff; text-decoration: none; }
</style>
</head>
<body>
<h1>botspec API reference</h1>
<p>Hand-written OpenAPI 3.1 descriptions of three chat-bot HTTP APIs, rendered with Redoc. Every page works offline:
the reference renderer and the description are inside the page, nothing is loaded from the network.
The sources are the split YAML files under <code>spec/&lt;api&gt;/</code>; the build bundles them into
<code>generated/&lt;api&gt;/openapi.json</code> (also <code>openapi.yaml</code>, and <code>openapi.3.0.json</code>
down-converted to OpenAPI 3.0 for generators without 3.1 support).</p>
${sections}
</body>
</html>
`;
}

function renderIndexEntry(api: ApiEntry, document: Record<string, any>): string {
  const info = document.info ?? {};
  const operations = listOperations(document);
  const servers = (document.servers ?? []).map((server: any) => {
    const variables = Object.entries<any>(server.variables ?? {}).map(([name, variable]) => `<code>${escapeHtml(name)}</code> = <code>${escapeHtml(String(variable.default))}</code>`);
    return `<li><code>${escapeHtml(server.url)}</code>${server.description ? ` — ${inlineMarkdown(server.description)}` : ""}${variables.length > 0 ? ` (defaults: ${variables.join(", ")})` : ""}</li>`;
  });
  return `<section id="${api.name}">
<h2><a href="${api.name}.html">${escapeHtml(info.title ?? api.name)}</a> <small>version ${escapeHtml(String(info.version ?? ""))}</small></h2>
<p>${inlineMarkdown(firstParagraph(info.description ?? ""))}</p>
<dl>
<dt>Operations</dt><dd>${operations.length}, tagged ${(document.tags ?? []).map((tag: any) => `<code>${escapeHtml(tag.name)}</code>`).join(", ")}</dd>
<dt>Server</dt><dd><ul>${servers.join("") || "<li>none declared</li>"}</ul></dd>
<dt>Auth</dt><dd>${renderAuth(document)}</dd>
<dt>Spec files</dt><dd><ul>
<li><code>spec/${api.name}/openapi.yaml</code> and the files it references (the source)</li>
<li><code>generated/${api.name}/openapi.json</code>, <code>openapi.yaml</code> (bundled, OpenAPI 3.1)</li>
<li><code>generated/${api.name}/openapi.3.0.json</code> (bundled, OpenAPI 3.0)</li>
<li><code>generated/${api.name}/schema.d.ts</code>, <code>client.ts</code> (TypeScript types and client, <code>botspec/${api.name}</code>)</li>
</ul></dd>
${document.externalDocs?.url ? `<dt>Upstream</dt><dd>${document.externalDocs.description ? `${inlineMarkdown(document.externalDocs.description)}: ` : ""}<code>${escapeHtml(document.externalDocs.url)}</code></dd>\n` : ""}</dl>
<a class="open" href="${api.name}.html">Open the ${escapeHtml(api.prefix)} reference</a>
</section>`;
}

function renderAuth(document: Record<string, any>): string {
  const schemes: Record<string, any> = document.components?.securitySchemes ?? {};
  const required = new Set<string>((document.security ?? []).flatMap((requirement: Record<string, unknown>) => Object.keys(requirement)));
  const entries = Object.entries(schemes).map(([name, scheme]) => {
    const kind =
      scheme.type === "http"
        ? `HTTP <code>${escapeHtml(scheme.scheme)}</code>`
        : scheme.type === "apiKey"
          ? `API key in the <code>${escapeHtml(scheme.name)}</code> ${escapeHtml(scheme.in)}`
          : escapeHtml(scheme.type);
    const use = required.has(name) ? "required on every operation" : "used where an operation asks for it";
    return `<li><code>${escapeHtml(name)}</code>: ${kind}, ${use}.${scheme.description ? ` ${inlineMarkdown(firstParagraph(scheme.description))}` : ""}</li>`;
  });
  if (entries.length === 0) {
    return "No HTTP authentication scheme; the API's own introduction (on its page) explains how clients authenticate.";
  }
  return `<ul>${entries.join("")}</ul>`;
}

function firstParagraph(markdown: string): string {
  return (markdown.trim().split(/\n\s*\n/)[0] ?? "").replace(/\s*\n\s*/g, " ");
}

/** Escapes HTML, then renders the inline Markdown the descriptions use: `code`, **bold**. */
function inlineMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function redocVersion(): string {
  return createRequire(import.meta.url)("redoc/package.json").version;
}
