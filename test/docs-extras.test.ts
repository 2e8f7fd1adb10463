// What the docs step adds to the Redoc pages (scripts/docs-extras.ts), read from the built pages: a curl and a botspec
// sample per operation, whose TypeScript compiles against the package; the mock's `Prefer` name on each response
// example; and a title on every union variant (but `null`), distinct within its union.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apis } from "../scripts/apis.js";
import { decorate } from "../scripts/docs-extras.js";
import { listOperations, resolve } from "../scripts/operations.js";
import { typeCheck } from "./support/typescript.js";

const pages = Object.fromEntries(
  apis.map((api) => {
    const html = readFileSync(`generated/docs/${api.name}.html`, "utf8");
    const json = /<script type="application\/json" id="botspec-spec">(.*?)<\/script>/s.exec(html)![1]!;
    return [api.name, JSON.parse(json) as Record<string, any>];
  }),
);
const operations = apis.flatMap((api) => listOperations(pages[api.name]!).map((info) => ({ api: api.name, info, operation: pages[api.name]!.paths[info.path][info.method] })));
const dir = join(process.cwd(), "test-output", "code-samples");

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("Redoc pages", () => {
  it("have a curl and a botspec sample for every operation", () => {
    for (const { api, info, operation } of operations) {
      const samples = operation["x-codeSamples"] as { label: string; source: string }[];
      expect(samples.map((sample) => sample.label), info.operationId).toEqual(["curl", "botspec"]);
      expect(samples[0]!.source).toMatch(new RegExp(`^curl (-X ${info.method.toUpperCase()} )?'[^']*${info.path.replace(/\{\w+\}/g, "[^/']+").replace(/[?]/g, "\\?")}`));
      expect(samples[1]!.source).toContain(`.${info.operationId}(`);
      expect(samples[1]!.source).toContain(`from "botspec/${api}"`);
    }
    expect(operations.length).toBeGreaterThan(30);
  });

  it("have botspec samples that compile against the package", () => {
    const files = operations.map(({ api, info, operation }) => {
      const file = join(dir, `${api}-${info.operationId}.ts`);
      writeFileSync(file, `${operation["x-codeSamples"][1].source}\nexport {};\n`);
      return file;
    });
    expect(typeCheck(files).diagnostics).toEqual([]);
  }, 60_000);

  it("name the mock's Prefer header on every response example", () => {
    let count = 0;
    for (const { info, operation } of operations) {
      for (const [status, response] of Object.entries<any>(operation.responses)) {
        for (const media of Object.values<any>(response.content ?? {})) {
          for (const [name, example] of Object.entries<any>(media.examples ?? {})) {
            const code = /^2/.test(status) && status === Object.keys(operation.responses).find((s) => /^2/.test(s)) || status === "default" ? "" : `code=${status}, `;
            expect(example.summary, `${info.operationId} ${status} ${name}`).toContain(`Prefer: ${code}example=${name}`);
            expect(example.description).toContain(`\`Prefer: ${code}example=${name}\``);
            count++;
          }
        }
      }
    }
    expect(count).toBeGreaterThan(operations.length);
  });
});

describe.each(apis.map((api) => api.name))("%s page", (name) => {
  it("titles every oneOf and anyOf variant, distinctly within its union", () => {
    const document = pages[name]!;
    const untitled: string[] = [];
    const walk = (node: any, path: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${path}/${i}`));
      if (!node || typeof node !== "object") return;
      for (const key of ["oneOf", "anyOf"]) {
        if (!node[key]) continue;
        // A `type: "null"` variant (a nullable reference) is named `null` by Redoc, which needs no title.
        const titles = node[key].filter((variant: any) => variant.type !== "null").map((variant: any) => resolve(document, variant).title);
        titles.forEach((title: unknown, i: number) => title === undefined && untitled.push(`${path}/${key}/${i}`));
        expect(new Set(titles).size, `${path}/${key}`).toBe(titles.length);
      }
      for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`);
    };
    walk(document, "#");
    expect(untitled).toEqual([]);
  });
});

describe("code samples of a string that holds JSON", () => {
  it("pass the string, as only other media types are files", () => {
    const content = { type: "string", contentMediaType: "application/json", contentSchema: { type: "array" } };
    const bundle = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      servers: [{ url: "https://example.test" }],
      paths: {
        "/message/create": {
          post: {
            operationId: "createMessage",
            requestBody: {
              content: {
                "application/json": {
                  schema: { type: "object", properties: { content, file: { type: "string", contentMediaType: "image/png" } } },
                  example: { content: "[]", file: "x" },
                },
              },
            },
            responses: { "200": { description: "ok" } },
          },
        },
      },
    };
    const { document } = decorate(apis.find((api) => api.name === "kook")!, bundle);
    const botspec = document.paths["/message/create"].post["x-codeSamples"][1].source as string;
    expect(botspec).toContain('content: "[]"');
    expect(botspec).toContain('file: new Blob([await readFile("image.png")])');
  });
});
