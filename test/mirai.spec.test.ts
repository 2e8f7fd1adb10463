import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validate } from '@hyperjump/json-schema/openapi-3-1';
import { describe, expect, it } from 'vitest';
import { operations, type FieldSpec, type OperationSpec } from './data/mirai-operations.js';

// Bundle with: npx redocly bundle mirai@0.15 -o generated/mirai/openapi.json --ext json
const bundlePath = fileURLToPath(new URL('../generated/mirai/openapi.json', import.meta.url));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Schema = Record<string, any>;
const spec: Schema = JSON.parse(readFileSync(bundlePath, 'utf8'));

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

function resolvePointer(ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`unexpected external $ref ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<Schema>((node, key) => {
      if (node == null || !(key in node)) throw new Error(`unresolvable $ref ${ref}`);
      return node[key];
    }, spec);
}

/** Follows `$ref`s (keeping sibling keywords) and merges `allOf` parts (properties, required, anyOf). */
function deref(schema: Schema | undefined): Schema {
  if (schema == null) throw new Error('missing schema');
  let out: Schema = schema;
  let guard = 0;
  while (typeof out.$ref === 'string') {
    if (++guard > 50) throw new Error('$ref loop');
    const { $ref, ...siblings } = out;
    out = { ...resolvePointer($ref), ...siblings };
  }
  if (Array.isArray(out.allOf)) {
    const { allOf, ...rest } = out;
    const merged: Schema = { ...rest };
    for (const part of allOf as Schema[]) {
      const d = deref(part);
      merged.type ??= d.type;
      merged.properties = { ...(d.properties ?? {}), ...(merged.properties ?? {}) };
      merged.required = [...new Set([...(merged.required ?? []), ...(d.required ?? [])])];
      if (d.anyOf) merged.anyOf = [...(merged.anyOf ?? []), ...d.anyOf];
    }
    out = merged;
  }
  return out;
}

interface Located {
  schema: Schema;
  /** parent object and property name when the last step was a property */
  parent?: Schema | undefined;
  property?: string | undefined;
}

/** Walks a field path (see test/data/mirai-operations.ts) from a root schema. */
function locate(root: Schema, path: string): Located {
  let current = root;
  let parent: Schema | undefined;
  let property: string | undefined;
  if (path === '') return { schema: deref(current) };
  for (const segment of path.split('.')) {
    const m = /^([^[<]*)((?:\[\]|<[^>]+>)*)$/.exec(segment);
    if (!m) throw new Error(`bad path segment ${segment} in ${path}`);
    const name = m[1] ?? '';
    const suffixes = m[2] ?? '';
    if (name) {
      const obj = deref(current);
      expect(obj.properties, `${path}: no properties before "${name}"`).toBeDefined();
      expect(Object.keys(obj.properties), `${path}: property "${name}"`).toContain(name);
      parent = obj;
      property = name;
      current = obj.properties[name];
    }
    for (const step of suffixes.match(/\[\]|<[^>]+>/g) ?? []) {
      const d = deref(current);
      parent = undefined;
      property = undefined;
      if (step === '[]') {
        expect(d.type, `${path}: "[]" on a non-array`).toBe('array');
        current = d.items;
      } else {
        const variantName = step.slice(1, -1);
        expect(Array.isArray(d.oneOf), `${path}: "${step}" on a schema without oneOf`).toBe(true);
        const variant = (d.oneOf as Schema[]).find((v) => deref(deref(v).properties?.type ?? {}).const === variantName);
        expect(variant, `${path}: variant ${variantName}`).toBeDefined();
        current = variant as Schema;
      }
    }
  }
  return { schema: deref(current), parent, property };
}

function typesOf(schema: Schema): string[] {
  return Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
}

function checkField(root: Schema, f: FieldSpec) {
  const { schema, parent, property } = locate(root, f.path);
  if (f.variants) {
    const variants = (schema.oneOf as Schema[] | undefined) ?? [];
    const names = variants.map((v) => deref(deref(v).properties.type).const);
    expect([...names].sort(), `${f.path}: oneOf variants`).toEqual([...f.variants].sort());
    for (const v of variants) {
      const d = deref(v);
      expect(d.type, `${f.path}: variant type`).toBe('object');
      expect(d.required, `${f.path}: variant requires "type"`).toContain('type');
    }
    expect(schema.discriminator?.propertyName, `${f.path}: discriminator`).toBe('type');
    expect(Object.keys(schema.discriminator?.mapping ?? {}).sort(), `${f.path}: mapping`).toEqual(
      [...f.variants].sort(),
    );
  } else {
    expect(typesOf(schema), `${f.path}: type`).toContain(f.type);
  }
  if (f.format !== undefined) expect(schema.format, `${f.path}: format`).toBe(f.format);
  if (f.enum !== undefined) expect([...(schema.enum ?? [])].sort(), `${f.path}: enum`).toEqual([...f.enum].sort());
  if (f.const !== undefined) expect(schema.const, `${f.path}: const`).toBe(f.const);
  if ('default' in f) expect(schema.default, `${f.path}: default`).toEqual(f.default);
  if (f.minimum !== undefined) expect(schema.minimum, `${f.path}: minimum`).toBe(f.minimum);
  if (f.maximum !== undefined) expect(schema.maximum, `${f.path}: maximum`).toBe(f.maximum);
  if (f.required !== undefined) {
    expect(parent, `${f.path}: required flag needs a property path`).toBeDefined();
    expect((parent?.required ?? []).includes(property), `${f.path}: required`).toBe(f.required);
  }
}

function operationAt(path: string, method: string): Schema | undefined {
  return spec.paths?.[path]?.[method];
}

describe('mirai-api-http description: document level', () => {
  it('is OpenAPI 3.1 with the session flow, charset and status codes in info.description', () => {
    expect(spec.openapi).toBe('3.1.0');
    const d: string = spec.info.description;
    for (const word of ['/auth', '/verify', '/release', 'sessionKey', 'charset=utf-8', '180']) {
      expect(d).toContain(word);
    }
    for (const code of [0, 1, 2, 3, 4, 5, 10, 20, 400]) expect(d).toMatch(new RegExp(`\\| ${code} \\|`));
  });

  it('has the http://{host}:{port} server with defaults localhost and 8080', () => {
    expect(spec.servers).toHaveLength(1);
    expect(spec.servers[0].url).toBe('http://{host}:{port}');
    expect(spec.servers[0].variables.host.default).toBe('localhost');
    expect(spec.servers[0].variables.port.default).toBe('8080');
  });

  it('uses no HTTP security scheme', () => {
    expect(spec.security).toEqual([]);
  });

  it('describes every tag', () => {
    const tags = (spec.tags as Schema[]).map((t) => t.name).sort();
    expect(tags).toEqual(['friend', 'group', 'member', 'message', 'session']);
    for (const t of spec.tags) expect(t.description).toBeTruthy();
  });

  it('shares the status body with the documented code table', () => {
    const status = deref(spec.components.schemas.StatusResponse);
    expect(status.required.sort()).toEqual(['code', 'msg']);
    expect(status.properties.code.enum).toEqual([0, 1, 2, 3, 4, 5, 10, 20, 400]);
    for (const code of [0, 1, 2, 3, 4, 5, 10, 20, 400]) expect(status.properties.code.description).toContain(`\`${code}\``);
    const bad = spec.components.responses.BadRequest.content['application/json'];
    expect(Object.values(bad.examples as Schema)[0].value).toEqual({ code: 400, msg: '参数格式错误' });
    expect(spec.components.responses.InternalServerError).toBeDefined();
    const failure = deref(spec.components.schemas.FailureStatus);
    expect(failure.required.sort()).toEqual(['code', 'msg']);
    // The codes sent under HTTP 200 in place of data: every documented code except success and 400.
    expect(failure.properties.code.enum).toEqual([1, 2, 3, 4, 5, 10, 20]);
  });

  it('has exactly the operations of the test data (22)', () => {
    const inBundle: string[] = [];
    for (const [path, item] of Object.entries(spec.paths as Schema)) {
      for (const method of HTTP_METHODS) {
        if (item[method]) inBundle.push(`${method.toUpperCase()} ${path} ${item[method].operationId}`);
      }
    }
    const expected = operations.map((o) => `${o.method.toUpperCase()} ${o.path} ${o.operationId}`);
    expect(expected).toHaveLength(22);
    expect(inBundle.sort()).toEqual(expected.sort());
  });
});

describe.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path} (${o.operationId})`, o] as const))(
  '%s',
  (_name, o: OperationSpec) => {
    const op = operationAt(o.path, o.method) as Schema;

    it('exists with its operationId, tag, summary and a description of the session flow', () => {
      expect(op).toBeDefined();
      expect(op.operationId).toBe(o.operationId);
      expect(op.tags).toEqual([o.tag]);
      expect(op.summary).toBeTruthy();
      expect(op.description).toBeTruthy();
      if (o.operationId !== 'authenticate') {
        expect(op.description).toContain('auth → verify → use → release');
      }
    });

    it('has exactly the documented parameters', () => {
      const params = ((op.parameters ?? []) as Schema[]).map((p) => deref(p));
      expect(params.map((p) => p.name).sort()).toEqual(o.params.map((p) => p.name).sort());
      for (const expected of o.params) {
        const p = params.find((x) => x.name === expected.name) as Schema;
        expect(p.in, `${expected.name}: in`).toBe(expected.in);
        expect(Boolean(p.required), `${expected.name}: required`).toBe(expected.required);
        const s = deref(p.schema);
        expect(typesOf(s), `${expected.name}: type`).toContain(expected.type);
        if (expected.format) expect(s.format, `${expected.name}: format`).toBe(expected.format);
        expect(p.example, `${expected.name}: example`).toBeDefined();
      }
    });

    if (o.body) {
      const body = o.body;
      it(`takes a ${body.contentType} body with the documented fields`, () => {
        const rb = deref(op.requestBody);
        expect(rb.required).toBe(true);
        expect(Object.keys(rb.content)).toEqual([body.contentType]);
        const media = rb.content[body.contentType];
        const schema = deref(media.schema);
        expect(schema.type).toBe('object');
        expect([...(schema.required ?? [])].sort(), 'required list').toEqual([...body.required].sort());
        expect(schema.additionalProperties, 'unknown keys rejected').toBe(false);
        const topLevel = body.fields.map((f) => f.path).filter((p) => !/[.[<]/.test(p));
        expect(Object.keys(schema.properties).sort(), 'top-level properties').toEqual(topLevel.sort());
        for (const p of body.closedPaths ?? []) {
          expect(locate(schema, p).schema.additionalProperties, `${p}: unknown keys rejected`).toBe(false);
        }
        if (body.anyOfRequired) {
          expect((schema.anyOf as Schema[]).map((a) => a.required)).toEqual(body.anyOfRequired);
        } else {
          expect(schema.anyOf).toBeUndefined();
        }
        for (const f of body.fields) checkField(schema, f);
        expect(Object.keys(media.examples ?? {}).length, 'request examples').toBeGreaterThan(0);
      });
    } else {
      it('takes no body', () => {
        expect(op.requestBody).toBeUndefined();
      });
    }

    it(`answers 200 ${o.response.contentType} with the documented fields`, () => {
      const res = deref(op.responses['200']);
      expect(Object.keys(res.content)).toEqual([o.response.contentType]);
      const media = res.content[o.response.contentType];
      let schema = deref(media.schema);
      if (o.response.oneOf) {
        const variants = (media.schema.oneOf as Schema[]).map((v) => (typeof v.$ref === 'string' ? v.$ref.split('/').pop() : undefined));
        expect(variants, '200 variants').toEqual([...o.response.oneOf, 'FailureStatus']);
        schema = deref(media.schema.oneOf[0]);
      } else {
        expect(media.schema.oneOf, 'no failure variant').toBeUndefined();
      }
      expect(typesOf(schema)).toContain(o.response.type);
      for (const f of o.response.fields) checkField(schema, f);
      for (const a of o.response.absent ?? []) {
        expect(Object.keys(locate(schema, a.path).schema.properties ?? {})).not.toContain(a.property);
      }
      expect(Object.keys(media.examples ?? {}).length, 'response examples').toBeGreaterThan(0);
    });

    it('declares its error responses through the shared components', () => {
      expect(Object.keys(op.responses).sort()).toEqual(['200', ...Object.keys(o.errors)].sort());
      for (const [code, component] of Object.entries(o.errors)) {
        if (component) expect(op.responses[code].$ref, code).toBe(`#/components/responses/${component}`);
        else expect(op.responses[code].description, code).toBeTruthy();
      }
    });

    if (o.correctedFrom) {
      const from = o.correctedFrom;
      it(`is corrected from the seed's ${from.method.toUpperCase()} ${from.path}`, () => {
        expect(operationAt(from.path, from.method)?.operationId).not.toBe(o.operationId);
        expect(op.description).toContain(from.path);
      });
    }
  },
);

describe('the February 2020 server builds', () => {
  const bundleUrl = pathToFileURL(bundlePath).href;
  const pointer = (...segments: string[]) => segments.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
  const valid = async (at: string, value: unknown) => (await validate(`${bundleUrl}#/${at}`, value as never, 'FLAG')).valid;
  const ok200 = (path: string, method = 'post') => pointer('paths', path, method, 'responses', '200', 'content', 'application/json', 'schema');

  it('admits the /auth answer with the key in `session` and in `msg`, and the wrong-key failure', async () => {
    const auth = ok200('/auth');
    expect(await valid(auth, { code: 0, session: 'Xk2m9QaZ' })).toBe(true);
    expect(await valid(auth, { code: 0, msg: 'Xk2m9QaZ' })).toBe(true);
    expect(await valid(auth, { code: 1, msg: 'Auth Key错误' })).toBe(true);
    expect(await valid(auth, { code: 0 })).toBe(false);
    expect(await valid(auth, { code: 1, session: 'Xk2m9QaZ' })).toBe(false);
  });

  it('admits an incoming Source with `uid` (to 2020-02-22) or `id` (from 2020-02-23), not with neither or both', async () => {
    const chain = pointer('components', 'schemas', 'MessageChain');
    expect(await valid(chain, [{ type: 'Source', uid: 1 }, { type: 'Plain', text: 'hi' }])).toBe(true);
    expect(await valid(chain, [{ type: 'Source', id: 1 }, { type: 'Plain', text: 'hi' }])).toBe(true);
    expect(await valid(chain, [{ type: 'Source' }])).toBe(false);
    expect(await valid(chain, [{ type: 'Source', id: 1, uid: 1 }])).toBe(false);
  });

  it('describes /quoteMessage as a deprecated alias with the request and response of /sendQuoteMessage', () => {
    const current = spec.paths['/sendQuoteMessage'].post;
    const older = spec.paths['/quoteMessage'].post;
    expect(older.deprecated).toBe(true);
    expect(current.deprecated).toBeUndefined();
    expect(older.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/QuoteMessageRequest' });
    expect(current.requestBody.content['application/json'].schema).toEqual(older.requestBody.content['application/json'].schema);
    expect(older.responses['200'].content).toEqual(current.responses['200'].content);
    expect(older.description).toContain('2020-02-14 to 2020-02-22');
  });

  it('admits a failure under HTTP 200 in place of data, and rejects a success code there', async () => {
    for (const [path, method] of [['/friendList', 'get'], ['/fetchMessage', 'get'], ['/groupConfig', 'get'], ['/sendImageMessage', 'post']]) {
      expect(await valid(ok200(path!, method), { code: 3, msg: 'Session失效或不存在' }), path).toBe(true);
      expect(await valid(ok200(path!, method), { code: 0, msg: 'success' }), path).toBe(false);
    }
  });

  it('constrains image ids to 37 or 42 characters and auth keys to 8 to 128', async () => {
    const imageId = pointer('components', 'schemas', 'ImageId');
    expect(await valid(imageId, '/f8f1ab55-bf8e-4236-b55e-955848d7069f')).toBe(true);
    expect(await valid(imageId, '{01E9451B-70ED-EAE3-B37C-101F1EEBF5B5}.jpg')).toBe(true);
    for (const length of [1, 36, 38, 41, 43]) expect(await valid(imageId, 'x'.repeat(length)), `${length}`).toBe(false);
    const authKey = spec.paths['/auth'].post.requestBody.content['application/json'].schema.properties.authKey;
    expect(authKey).toMatchObject({ minLength: 8, maxLength: 128 });
  });

  it('says that a missing or non-numeric numeric query parameter is answered with HTTP 500', () => {
    const described = [
      deref(spec.components.parameters.groupTarget).description,
      spec.paths['/fetchMessage'].get.parameters.find((p: Schema) => p.name === 'count').description,
      spec.paths['/memberInfo'].get.parameters.find((p: Schema) => p.name === 'memberId').description,
    ];
    for (const text of described) expect(text).toMatch(/missing or non-numeric value is answered with HTTP 500/);
    const bad = spec.components.responses.BadRequest.content['application/json'];
    expect(Object.values(bad.examples as Schema).map((e: Schema) => e.value.msg)).not.toContainEqual(expect.stringMatching(/Illegal param/));
    expect(spec.components.responses.InternalServerError.description).toMatch(/`count`, `target`, `memberId`/);
  });

  it('has a Server builds table and corrects the Source descriptions', () => {
    expect(spec.info.description).toContain('## Server builds');
    expect(spec.info.description).toMatch(/\| 2020-02-26 on \| `session`/);
    expect(spec.components.schemas.Source.description).toMatch(/group and friend alike/);
    expect(spec.components.schemas.OutgoingMessageChain.description).toMatch(/placeholder text/);
  });
});
