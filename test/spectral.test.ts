// Runs Spectral (spectral:oas + the OWASP ruleset, configured in .spectral.yaml) over the bundles, as
// `npm run lint:spectral` does, and expects no error and no warning. A deliberately broken copy of a bundle is
// linted in the same run to show that both rulesets are really active.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apis } from '../scripts/apis.js';

interface Finding {
  code: string;
  message: string;
  severity: number; // 0 error, 1 warning, 2 info, 3 hint
  source: string;
  path: string[];
}

const root = resolve(import.meta.dirname, '..');
const spectral = createRequire(import.meta.url).resolve('@stoplight/spectral-cli/dist/index.js');
const bundles = apis.flatMap((api) => [`generated/${api.name}/openapi.json`, `generated/${api.name}/openapi.3.0.json`]);

describe('Spectral (.spectral.yaml)', () => {
  let findings: Finding[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'botspec-spectral-'));
  const broken = join(dir, 'broken.json');

  // About 20 CPU-seconds; in `npm test` it shares two cores with the other files, the typecheck and the drift check.
  beforeAll(async () => {
    const document = JSON.parse(readFileSync(join(root, 'generated/tomon/openapi.json'), 'utf8'));
    delete document.info.contact; // spectral:oas info-contact
    document.components.securitySchemes.basic = { type: 'http', scheme: 'basic' }; // OWASP api2 no-http-basic
    writeFileSync(broken, JSON.stringify(document, null, 2));
    const stdout = await new Promise<string>((done, fail) => {
      execFile(
        process.execPath,
        [spectral, 'lint', '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet', ...bundles, broken],
        { cwd: root, maxBuffer: 64 * 1024 * 1024 },
        (error, out, err) => (out.trim().startsWith('[') ? done(out) : fail(error ?? new Error(err))),
      );
    });
    findings = JSON.parse(stdout);
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds no error or warning in the bundles', () => {
    const problems = findings
      .filter((finding) => resolve(finding.source) !== broken && finding.severity <= 1)
      .map((finding) => `${finding.source.replace(root + '/', '')} ${finding.path.join('.')}: ${finding.code} ${finding.message}`);
    expect(problems).toEqual([]);
  });

  it('has both rulesets active (a broken copy is caught)', () => {
    const codes = findings.filter((finding) => resolve(finding.source) === broken).map((finding) => finding.code);
    expect(codes).toContain('info-contact');
    expect(codes).toContain('owasp:api2:2023-no-http-basic');
  });
});
