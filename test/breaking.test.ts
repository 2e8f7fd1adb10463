// The breaking-change check (scripts/check-breaking.ts): each kind of break is detected on a modified in-memory
// copy of the Tomon bundle, compatible changes are not reported, acknowledgements work, and the current bundles
// have no unacknowledged break against the committed baseline (baseline/<api>.openapi.json).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apis } from '../scripts/apis.js';
import {
  acknowledgedBreaksFile,
  baselinePath,
  findBreaks,
  formatReport,
  isAcknowledged,
  parseAcknowledged,
  type Break,
} from '../scripts/check-breaking.js';

type Doc = Record<string, any>;
const root = resolve(import.meta.dirname, '..');
const tomon: Doc = JSON.parse(readFileSync(resolve(root, 'generated/tomon/openapi.json'), 'utf8'));

/** Breaks from the Tomon bundle to a copy changed by `edit` (or from a changed copy to the bundle, with `reverse`). */
function breaksAfter(edit: (document: Doc) => void, reverse = false): Break[] {
  const changed = structuredClone(tomon);
  edit(changed);
  return reverse ? findBreaks('tomon', changed, tomon) : findBreaks('tomon', tomon, changed);
}

const ids = (breaks: Break[]) => breaks.map((item) => item.id);
const LIST = 'GET /channels/{channelId}/invites';
const CREATE = 'POST /channels/{channelId}/invites';
const GET = 'GET /invites/{inviteCode}';
const createBody = (document: Doc) => document.paths['/channels/{channelId}/invites'].post.requestBody;
const limitParameter = (required: boolean) => ({ name: 'limit', in: 'query', required, schema: { type: 'integer' } });

describe('check:breaking detects', () => {
  it('a removed operation', () => {
    const breaks = breaksAfter((d) => delete d.paths['/invites/{inviteCode}'].delete);
    expect(ids(breaks)).toEqual(['tomon:operation-removed:DELETE /invites/{inviteCode}']);
    expect(breaks[0]!.message).toBe('the operation was removed');
  });

  it('a renamed operationId', () => {
    const breaks = breaksAfter((d) => (d.paths['/invites/{inviteCode}'].get.operationId = 'fetchInvite'));
    expect(ids(breaks)).toEqual([`tomon:operation-id-changed:${GET}`]);
    expect(breaks[0]!.message).toContain('getInvite became fetchInvite');
  });

  it('a removed parameter', () => {
    const breaks = breaksAfter((d) => (d.paths['/channels/{channelId}/invites'].get.parameters = [limitParameter(false)]), true);
    expect(ids(breaks)).toEqual([`tomon:parameter-removed:${LIST}:query.limit`]);
  });

  it('a retyped parameter', () => {
    const breaks = breaksAfter((d) => (d.components.parameters.ChannelId.schema = { type: 'integer' }));
    expect(ids(breaks)).toEqual([`tomon:parameter-retyped:${LIST}:path.channelId`, `tomon:parameter-retyped:${CREATE}:path.channelId`]);
    expect(breaks[0]!.message).toContain('no longer accepts string');
  });

  it('a new required parameter, and an optional parameter made required', () => {
    const added = breaksAfter((d) => (d.paths['/channels/{channelId}/invites'].get.parameters = [limitParameter(true)]));
    expect(ids(added)).toEqual([`tomon:parameter-required:${LIST}:query.limit`]);
    const tightened = findBreaks(
      'tomon',
      (() => { const d = structuredClone(tomon); d.paths['/channels/{channelId}/invites'].get.parameters = [limitParameter(false)]; return d; })(),
      (() => { const d = structuredClone(tomon); d.paths['/channels/{channelId}/invites'].get.parameters = [limitParameter(true)]; return d; })(),
    );
    expect(tightened.map((item) => item.message)).toEqual(['query.limit parameter is now required']);
  });

  it('a request body made required', () => {
    expect(ids(breaksAfter((d) => (createBody(d).required = true)))).toEqual([`tomon:request-body-required:${CREATE}:body`]);
  });

  it('a request media type removed', () => {
    const breaks = breaksAfter((d) => {
      const content = createBody(d).content;
      content['application/x-www-form-urlencoded'] = content['application/json'];
      delete content['application/json'];
    });
    expect(ids(breaks)).toEqual([`tomon:request-media-type-removed:${CREATE}:body[application/json]`]);
  });

  it('a removed request field', () => {
    const breaks = breaksAfter((d) => delete d.components.schemas.CreateInviteRequest.properties.max_uses);
    expect(ids(breaks)).toEqual([`tomon:request-field-removed:${CREATE}:body[application/json].max_uses`]);
  });

  it('a retyped request field (narrower type, other format, fewer enum values)', () => {
    const typed = breaksAfter((d) => (d.components.schemas.CreateInviteRequest.properties.max_age = { type: 'string' }));
    expect(ids(typed)).toEqual([`tomon:request-field-retyped:${CREATE}:body[application/json].max_age`]);
    expect(typed[0]!.message).toContain('no longer accepts integer');
    const format = breaksAfter((d) => (d.components.schemas.CreateInviteRequest.properties.max_age.format = 'int64'));
    expect(format.map((item) => item.message)).toEqual(['body[application/json].max_age changed format from int32 to int64']);
    const enumerated = breaksAfter((d) => (d.components.schemas.CreateInviteRequest.properties.max_age.enum = [0, 3600]));
    expect(enumerated.map((item) => item.message)).toEqual(['body[application/json].max_age is now restricted to 0, 3600']);
  });

  it('a new required request field, and an optional one made required', () => {
    const breaks = breaksAfter((d) => {
      const schema = d.components.schemas.CreateInviteRequest;
      schema.properties.temporary = { type: 'boolean' };
      schema.required = ['max_age', 'temporary'];
    });
    expect(breaks.map((item) => item.message)).toEqual([
      'body[application/json].max_age is now required',
      'new required field body[application/json].temporary',
    ]);
    expect(new Set(breaks.map((item) => item.kind))).toEqual(new Set(['request-field-required']));
  });

  it('a removed response field, in every operation that returns it', () => {
    const breaks = breaksAfter((d) => {
      delete d.components.schemas.Invite.properties.uses;
      d.components.schemas.Invite.required = d.components.schemas.Invite.required.filter((name: string) => name !== 'uses');
    });
    expect(ids(breaks)).toEqual([
      `tomon:response-field-removed:${LIST}:response[200 application/json][].uses`,
      `tomon:response-field-removed:${CREATE}:response[200 application/json].uses`,
      `tomon:response-field-removed:${GET}:response[200 application/json].uses`,
    ]);
  });

  it('a retyped response field (newly nullable, other type)', () => {
    const nullable = breaksAfter((d) => (d.components.schemas.Invite.properties.uses.type = ['integer', 'null']));
    expect(nullable.map((item) => item.kind)).toEqual(['response-field-retyped', 'response-field-retyped', 'response-field-retyped']);
    expect(nullable[2]!.message).toBe('response[200 application/json].uses may now be null (was integer, now integer | null)');
    const other = breaksAfter((d) => (d.components.schemas.Invite.properties.uses = { type: 'string' }));
    expect(other[2]!.message).toContain('may now be string');
  });

  it('a response field no longer required', () => {
    const breaks = breaksAfter((d) => (d.components.schemas.Invite.required = d.components.schemas.Invite.required.filter((name: string) => name !== 'inviter')));
    expect(ids(breaks)).toContain(`tomon:response-field-optional:${GET}:response[200 application/json].inviter`);
  });

  it('a success response that lost its body', () => {
    const breaks = breaksAfter((d) => delete d.paths['/invites/{inviteCode}'].get.responses['200'].content);
    expect(ids(breaks)).toEqual([`tomon:response-media-type-removed:${GET}:response[200 application/json]`]);
  });

  it('a response that became a union: the added variant, and breaks inside the variant the old body lives on as', () => {
    const breaks = breaksAfter((d) => {
      const media = d.paths['/invites/{inviteCode}'].get.responses['200'].content['application/json'];
      // The error body joins the invite, which also loses a field.
      media.schema = { oneOf: [{ $ref: '#/components/schemas/User' }, media.schema] };
      delete d.components.schemas.Invite.properties.uses;
    });
    expect(breaks.filter((item) => item.operation === GET).map((item) => item.message)).toEqual([
      'response[200 application/json] may now be the User variant',
      'response[200 application/json].uses was removed',
    ]);
  });

  it('a request union that lost a variant', () => {
    const withUnion = (variants: string[]) => {
      const d = structuredClone(tomon);
      createBody(d).content['application/json'].schema = { oneOf: variants.map((name) => ({ $ref: `#/components/schemas/${name}` })) };
      return d;
    };
    const breaks = findBreaks('tomon', withUnion(['CreateInviteRequest', 'User']), withUnion(['CreateInviteRequest']));
    expect(breaks.map((item) => item.message)).toContain('body[application/json] no longer accepts the User variant');
  });
});

describe('check:breaking accepts compatible changes', () => {
  it('reports nothing for additions, loosened inputs and narrowed outputs', () => {
    const breaks = breaksAfter((d) => {
      d.paths['/channels/{channelId}/invites'].get.parameters = [limitParameter(false)]; // new optional parameter
      d.components.schemas.CreateInviteRequest.properties.temporary = { type: 'boolean' }; // new optional input
      d.components.schemas.CreateInviteRequest.properties.max_age.type = ['integer', 'null']; // input accepts more
      d.components.schemas.Invite.properties.note = { type: 'string' }; // new output field
      d.components.schemas.Invite.properties.created_at.format = 'date-time'; // output unchanged
      d.components.schemas.Invite.required.push('created_at'); // output now always present
      d.paths['/invites'] = { get: { operationId: 'listInvites', responses: { '200': { description: 'ok' } } } }; // new operation
    });
    expect(breaks).toEqual([]);
  });

  it('reports nothing when a bundle is compared with itself', () => {
    for (const api of apis) {
      const document = JSON.parse(readFileSync(resolve(root, `generated/${api.name}/openapi.json`), 'utf8'));
      expect(findBreaks(api.name, document, structuredClone(document))).toEqual([]);
    }
  });
});

describe('acknowledged breaks', () => {
  const breaks = breaksAfter((d) => delete d.components.schemas.CreateInviteRequest.properties.max_uses);
  const acknowledged = parseAcknowledged(`
acknowledged:
  - id: "tomon:request-field-removed:POST /channels/*:body[application/json].max_uses"
    reason: upstream dropped it
  - tomon:operation-removed:GET /nowhere
`);

  it('match by id, with * wildcards', () => {
    expect(acknowledged).toHaveLength(2);
    expect(isAcknowledged(breaks[0]!.id, acknowledged)?.reason).toBe('upstream dropped it');
    expect(isAcknowledged('tomon:operation-removed:GET /elsewhere', acknowledged)).toBeUndefined();
  });

  it('are listed as acknowledged in a readable report', () => {
    expect(formatReport('tomon', 'baseline', breaks, [])).toMatch(/1 breaking change against baseline\n {2}✗ request-field-removed {2}POST/);
    const report = formatReport('tomon', 'baseline', breaks, acknowledged);
    expect(report).toContain('no unacknowledged breaking changes against baseline (1 acknowledged)');
    expect(report).toContain('(upstream dropped it)');
  });
});

describe('the current bundles against the committed baseline', () => {
  const acknowledged = parseAcknowledged(readFileSync(resolve(root, acknowledgedBreaksFile), 'utf8'));

  it.each(apis.map((api) => api.name))('%s has no unacknowledged break', (name) => {
    const baseline = resolve(root, baselinePath(name));
    expect(existsSync(baseline), `${baselinePath(name)} is missing: npm run check:breaking -- --update-baseline`).toBe(true);
    const current = JSON.parse(readFileSync(resolve(root, `generated/${name}/openapi.json`), 'utf8'));
    const breaks = findBreaks(name, JSON.parse(readFileSync(baseline, 'utf8')), current);
    expect(breaks.filter((item) => !isAcknowledged(item.id, acknowledged)).map((item) => `${item.id}: ${item.message}`)).toEqual([]);
  });

  it('npm run check:breaking -- --against baseline passes', async () => {
    const output = await new Promise<string>((done, fail) =>
      execFile(process.execPath, ['--import', 'tsx', 'scripts/check-breaking.ts', '--against', 'baseline'], { cwd: root }, (error, stdout, stderr) =>
        error ? fail(new Error(`${error.message}\n${stdout}${stderr}`)) : done(stdout),
      ),
    );
    for (const api of apis) expect(output).toContain(`${api.name}: no unacknowledged breaking changes against ${baselinePath(api.name)}`);
  });
});
