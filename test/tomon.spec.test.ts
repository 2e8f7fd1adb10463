// Checks the bundled Tomon v1 description (generated/tomon/openapi.json) against hand-written
// expectations from the seed document (test/data/tomon-operations.ts).
// Regenerate the bundle with: npx redocly bundle tomon@v1 -o generated/tomon/openapi.json --ext json
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ERROR_COMPONENTS,
  SECURITY_SCHEME,
  SERVER_URL,
  operations,
  type FieldSpec,
} from './data/tomon-operations.js';

type Schema = Record<string, any>;

const spec: Schema = JSON.parse(
  readFileSync(new URL('../generated/tomon/openapi.json', import.meta.url), 'utf8'),
);

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function lookup(ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`non-local $ref in bundle: ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node: any, key) => {
      if (node == null || !(key in node)) throw new Error(`unresolvable $ref ${ref}`);
      return node[key];
    }, spec);
}

/** Follows `$ref` (sibling keywords override the target, as in 3.1) and merges `allOf`. */
function deref(node: Schema | undefined): Schema {
  if (node == null) throw new Error('missing schema');
  let n: Schema = node;
  for (let depth = 0; n.$ref; depth++) {
    if (depth > 32) throw new Error('$ref loop');
    const { $ref, ...rest } = n;
    n = { ...lookup($ref), ...rest };
  }
  if (Array.isArray(n.allOf)) {
    const { allOf, ...base } = n;
    const merged: Schema = { ...base, properties: { ...(base.properties ?? {}) }, required: [...(base.required ?? [])] };
    for (const part of allOf.map(deref)) {
      Object.assign(merged.properties, part.properties ?? {});
      merged.required.push(...(part.required ?? []));
      for (const [k, v] of Object.entries(part)) {
        if (!['properties', 'required', 'description'].includes(k) && !(k in merged)) merged[k] = v;
      }
    }
    n = merged;
  }
  return n;
}

function variants(s: Schema): Schema[] {
  return [...(s.oneOf ?? []), ...(s.anyOf ?? [])];
}

/** All JSON types a schema accepts (including through oneOf/anyOf). */
function typesOf(node: Schema): Set<string> {
  const s = deref(node);
  const out = new Set<string>();
  if (typeof s.type === 'string') out.add(s.type);
  if (Array.isArray(s.type)) s.type.forEach((t: string) => out.add(t));
  if ('const' in s) out.add(s.const === null ? 'null' : Number.isInteger(s.const) ? 'integer' : typeof s.const);
  for (const v of variants(s)) typesOf(v).forEach((t) => out.add(t));
  return out;
}

/** A keyword (format, enum, pattern, minimum...) from the schema or, failing that, from its non-null variants. */
function facet(node: Schema, key: string): any {
  const s = deref(node);
  if (key in s) return s[key];
  for (const v of variants(s)) {
    const r = facet(v, key);
    if (r !== undefined) return r;
  }
  return undefined;
}

/** The object-typed form of a (possibly nullable / union) schema. */
function objectForm(node: Schema): Schema {
  const s = deref(node);
  if (s.properties) return s;
  for (const v of variants(s)) {
    const o = deref(v);
    if (o.properties) return o;
  }
  throw new Error('schema has no object form');
}

function field(root: Schema, dotted: string): { schema: Schema; required: boolean } {
  const parts = dotted.split('.');
  let parent = objectForm(root);
  for (const part of parts.slice(0, -1)) {
    const next = parent.properties?.[part];
    if (!next) throw new Error(`no property ${part} on the way to ${dotted}`);
    parent = objectForm(next);
  }
  const last = parts[parts.length - 1]!;
  const schema = parent.properties?.[last];
  if (!schema) throw new Error(`property ${dotted} is not declared`);
  return { schema, required: (parent.required ?? []).includes(last) };
}

function valueAt(value: any, dotted: string): any {
  return dotted.split('.').reduce((v, k) => (v == null ? undefined : v[k]), value);
}

function expectField(root: Schema, f: FieldSpec) {
  const { schema, required } = field(root, f.name);
  const types = typesOf(schema);
  expect(types.has(f.type), `${f.name}: type ${f.type} in ${[...types]}`).toBe(true);
  // number-typed fields of the doc that are counts must not be loosened to `number`
  if (f.type === 'integer') expect(types.has('number'), `${f.name} must be integer, not number`).toBe(false);
  expect(required, `${f.name}: required`).toBe(f.required);
  if (f.nullable !== undefined) expect(types.has('null'), `${f.name}: nullable`).toBe(f.nullable);
  if (f.format !== undefined) expect(facet(schema, 'format'), `${f.name}: format`).toBe(f.format);
  if (f.enum !== undefined) expect([...(facet(schema, 'enum') ?? [])].sort(), `${f.name}: enum`).toEqual([...f.enum].sort());
  if (f.pattern !== undefined) expect(facet(schema, 'pattern'), `${f.name}: pattern`).toBe(f.pattern);
  if (f.minimum !== undefined) expect(facet(schema, 'minimum'), `${f.name}: minimum`).toBe(f.minimum);
  if (f.type === 'object') expect(deref(objectForm(schema)).additionalProperties, `${f.name}: open object`).not.toBe(false);
}

function getOperation(method: string, path: string): Schema {
  const item = spec.paths?.[path];
  expect(item, `path ${path}`).toBeDefined();
  const op = item[method];
  expect(op, `${method.toUpperCase()} ${path}`).toBeDefined();
  return op;
}

function parametersOf(path: string, op: Schema): Schema[] {
  return [...(spec.paths[path].parameters ?? []), ...(op.parameters ?? [])].map(deref);
}

describe('Tomon v1 bundle: document level', () => {
  it('is OpenAPI 3.1 with the Tomon server', () => {
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.servers.map((s: Schema) => s.url)).toEqual([SERVER_URL]);
  });

  it('defines the bearer security scheme', () => {
    const scheme = spec.components.securitySchemes[SECURITY_SCHEME.name];
    expect(scheme.type).toBe(SECURITY_SCHEME.type);
    expect(scheme.scheme).toBe(SECURITY_SCHEME.scheme);
    expect(scheme.description).toMatch(/Bearer/);
  });

  it('has exactly the operations of the seed', () => {
    const inBundle = Object.entries(spec.paths as Record<string, Schema>).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((k) => HTTP_METHODS.includes(k))
        .map((m) => `${m.toUpperCase()} ${path} ${item[m].operationId}`),
    );
    const expected = operations.map((o) => `${o.method.toUpperCase()} ${o.path} ${o.operationId}`);
    expect(inBundle.sort()).toEqual(expected.sort());
  });

  it('has one described tag per resource', () => {
    const tags = new Set(operations.map((o) => o.tag));
    for (const t of tags) {
      const tag = spec.tags.find((x: Schema) => x.name === t);
      expect(tag, `tag ${t}`).toBeDefined();
      expect(tag.description?.length).toBeGreaterThan(0);
    }
  });

  describe('shared error responses', () => {
    for (const [name, status] of Object.entries(ERROR_COMPONENTS)) {
      it(`${name} (${status}) is a loosely typed JSON error with an example`, () => {
        const resp = spec.components.responses[name];
        expect(resp, name).toBeDefined();
        expect(resp.description).toMatch(/not documented upstream/i);
        const media = resp.content['application/json'];
        const schema = deref(media.schema);
        expect(typesOf(schema).has('object')).toBe(true);
        expect(schema.additionalProperties).not.toBe(false);
        expect(typesOf(schema.properties.message)).toEqual(new Set(['string']));
        expect(schema.required ?? []).not.toContain('message');
        const examples = Object.values(media.examples ?? {}) as Schema[];
        expect(examples.length).toBeGreaterThan(0);
        for (const ex of examples) expect(typeof ex.value.message).toBe('string');
      });
    }
  });
});

for (const o of operations) {
  describe(`${o.operationId}: ${o.method.toUpperCase()} ${o.path}`, () => {
    const op = () => getOperation(o.method, o.path);

    it('has the operationId, one tag, summary and description', () => {
      expect(op().operationId).toBe(o.operationId);
      expect(op().tags).toEqual([o.tag]);
      expect(op().summary?.length).toBeGreaterThan(0);
      expect(op().description?.length).toBeGreaterThan(0);
    });

    it('requires bearer authentication', () => {
      const security = op().security ?? spec.security;
      expect(security).toContainEqual({ [SECURITY_SCHEME.name]: [] });
    });

    it('declares the documented parameters', () => {
      const params = parametersOf(o.path, op());
      expect(params.map((p) => `${p.in}:${p.name}`).sort()).toEqual(
        o.parameters.map((p) => `${p.in}:${p.name}`).sort(),
      );
      for (const p of o.parameters) {
        const actual = params.find((x) => x.name === p.name && x.in === p.in)!;
        expect(actual.required, `${p.name} required`).toBe(p.required);
        expect(typesOf(actual.schema)).toEqual(new Set([p.type]));
        if (p.pattern) expect(facet(actual.schema, 'pattern'), `${p.name} pattern`).toBe(p.pattern);
        expect(actual.example, `${p.name} example`).toBe(p.example);
        if (p.pattern) expect(p.example).toMatch(new RegExp(p.pattern));
      }
    });

    if (o.requestBody) {
      const rb = o.requestBody;
      it(`takes an ${rb.required ? 'required' : 'optional'} JSON body with the documented fields`, () => {
        const body = deref(op().requestBody);
        expect(body.required ?? false).toBe(rb.required);
        const media = body.content['application/json'];
        expect(media).toBeDefined();
        for (const f of rb.fields) expectField(media.schema, f);
        const first = Object.values(media.examples)[0] as Schema;
        expect(first.value).toEqual(rb.canonicalExample);
      });
    } else {
      it('takes no request body', () => {
        expect(op().requestBody).toBeUndefined();
      });
    }

    it(`answers ${o.success.status} as documented`, () => {
      const statuses = Object.keys(op().responses);
      expect(statuses.filter((s) => s.startsWith('2'))).toEqual([o.success.status]);
      const resp = deref(op().responses[o.success.status]);
      if (o.success.body === 'none') {
        expect(resp.content).toBeUndefined();
        return;
      }
      const media = resp.content['application/json'];
      expect(media).toBeDefined();
      let root = deref(media.schema);
      if (o.success.body === 'array') {
        expect(typesOf(root)).toEqual(new Set(['array']));
        root = deref(root.items);
      } else {
        expect(typesOf(root).has('object')).toBe(true);
      }
      for (const f of o.success.fields) expectField(root, f);

      const examples = Object.values(media.examples ?? {}) as Schema[];
      expect(examples.length).toBeGreaterThanOrEqual(o.success.minExamples ?? 1);
      let first = examples[0]!.value;
      if (o.success.body === 'array') {
        expect(Array.isArray(first)).toBe(true);
        first = first[0];
      }
      for (const [k, v] of Object.entries(o.success.canonicalExample ?? {})) {
        expect(valueAt(first, k), `canonical example ${k}`).toEqual(v);
      }
    });

    it('declares its error responses as shared components', () => {
      const errors = Object.keys(op().responses).filter((s) => /^[45]/.test(s));
      expect(errors.sort()).toEqual([...o.errorStatuses].sort());
      for (const s of o.errorStatuses) {
        const ref: string | undefined = op().responses[s].$ref;
        expect(ref, `${s} is a $ref`).toBeDefined();
        const name = ref!.split('/').pop()!;
        expect(ref).toBe(`#/components/responses/${name}`);
        expect(ERROR_COMPONENTS[name]).toBe(s);
      }
    });
  });
}
