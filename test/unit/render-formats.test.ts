import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { lint, makeDiagnostic, renderGithub, renderJson, renderSarif, toJsonReport, type Diagnostic, type SourceFile } from '../../src/index.js';
import { repoRoot } from '../harness/proxies.js';
import { GOOD_INGRESS } from '../helpers/cli.js';

/**
 * The official OASIS SARIF 2.1.0 schema (draft-04), as shipped by Microsoft's SARIF SDK package
 * @microsoft/jest-sarif (lib/schemas/sarif-2.1.0-rtm.5.json; 2.1.0-rtm.5 is the final 2.1.0 schema
 * the TC published). Validated with Ajv's draft-04 class and ajv-formats (uri, uri-reference, date-time).
 */
const require = createRequire(import.meta.url);
const SARIF_SCHEMA = join(repoRoot(), 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
function sarifValidator() {
  const Ajv04 = (require('ajv-draft-04') as { default: new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } } }).default;
  const addFormats = (require('ajv-formats') as { default: (a: unknown) => void }).default;
  // unicodeRegExp: false — the schema's "language" pattern has a stray "]", legal only without the u flag.
  const ajv = new Ajv04({ allErrors: true, strict: false, validateFormats: true, unicodeRegExp: false });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')) as { title: string };
  assert.match(schema.title, /SARIF\) Version 2\.1\.0/);
  return ajv.compile(schema);
}

/** The shared minimal Ingress with another host, and `extra` appended to its name line. */
const ING = (host: string, extra = '') => GOOD_INGRESS.replace('name: good', `name: web${extra}`).replace('host: good.test', `host: ${host}`);

const SAMPLE: Diagnostic[] = [
  { code: 'IC2020', severity: 'error', message: 'host "1.2.3.4" must be a DNS name, not an IP address', loc: { file: 'dir with space/bad.yaml', line: 7, col: 11, endLine: 7, endCol: 18 }, field: 'spec.rules[0].host' },
  { code: 'IC2082', severity: 'warning', message: 'annotation a,b:c is not supported\nsecond line 100%', loc: { file: '/abs/x.yaml', line: 3, col: 5 } },
  { code: 'IC4080', severity: 'warning', message: 'x cannot be expressed for haproxy: y', loc: { file: '<stdin>', line: 1, col: 1, endLine: 2, endCol: 1 }, target: 'haproxy' },
  { code: 'IC1004', severity: 'info', message: 'v1 ConfigMap c ignored', loc: { file: 'a.yaml', line: 2, col: 7 } },
  makeDiagnostic('IC1008', undefined, { path: 'missing.yaml', detail: 'ENOENT' }),
];

describe('lint --format json', () => {
  test('one stable document: code, severity, title, message, file, line, col, end, field, target', () => {
    const doc = toJsonReport(SAMPLE, { checked: ['a.yaml'], skipped: [] });
    assert.deepEqual(doc.summary, { errors: 2, warnings: 2, infos: 1, files: 1, skipped: 0 });
    assert.deepEqual(doc.diagnostics[0], {
      code: 'IC2020', severity: 'error', title: 'host is an IP address', message: 'host "1.2.3.4" must be a DNS name, not an IP address',
      file: 'dir with space/bad.yaml', line: 7, col: 11, endLine: 7, endCol: 18, field: 'spec.rules[0].host',
    });
    assert.equal(doc.diagnostics[2]!.target, 'haproxy');
    assert.deepEqual(Object.keys(doc.diagnostics[4]!), ['code', 'severity', 'title', 'message']);
    assert.equal(renderJson(SAMPLE), renderJson(SAMPLE));
    assert.deepEqual(JSON.parse(renderJson(SAMPLE)), JSON.parse(JSON.stringify(toJsonReport(SAMPLE))));
  });
});

describe('lint --format github', () => {
  test('workflow commands with escaped properties and data', () => {
    const lines = renderGithub(SAMPLE).trimEnd().split('\n');
    assert.equal(lines[0], '::error file=dir with space/bad.yaml,line=7,col=11,endLine=7,endColumn=18,title=IC2020::host "1.2.3.4" must be a DNS name, not an IP address');
    assert.equal(lines[1], '::warning file=/abs/x.yaml,line=3,col=5,title=IC2082::annotation a,b:c is not supported%0Asecond line 100%25');
    assert.equal(lines[2], '::warning file=<stdin>,line=1,col=1,endLine=2,title=IC4080 [haproxy]::x cannot be expressed for haproxy: y');
    assert.match(lines[3]!, /^::notice file=a\.yaml,line=2,col=7,title=IC1004::/);
    assert.equal(lines[4], '::error title=IC1008::cannot read missing.yaml: ENOENT');
    assert.equal(renderGithub([]), '');
  });
});

describe('lint --format sarif', () => {
  const validate = sarifValidator();
  const check = (text: string) => {
    const doc = JSON.parse(text) as unknown;
    const ok = validate(doc);
    assert.ok(ok, JSON.stringify((validate as { errors?: unknown }).errors, null, 2));
    return doc as { runs: [{ tool: { driver: { rules: { id: string; help: { text: string }; shortDescription: { text: string } }[] } }; results: any[]; invocations: any[] }] };
  };
  test('validates against the official SARIF 2.1.0 schema; rules, help, locations, regions', () => {
    const doc = check(renderSarif(SAMPLE, { version: '0.1.0' }));
    const run = doc.runs[0];
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), ['IC1004', 'IC2020', 'IC2082', 'IC4080']);
    for (const r of run.tool.driver.rules) assert.ok(r.help.text.length > 0 && r.shortDescription.text.length > 0);
    assert.equal(run.results.length, 4);
    const first = run.results[0];
    assert.equal(first.ruleId, 'IC2020');
    assert.equal(run.tool.driver.rules[first.ruleIndex]!.id, 'IC2020');
    assert.equal(first.level, 'error');
    assert.deepEqual(first.locations[0].physicalLocation, { artifactLocation: { uri: 'dir%20with%20space/bad.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 7, startColumn: 11, endLine: 7, endColumn: 18 } });
    assert.equal(run.results[1].locations[0].physicalLocation.artifactLocation.uri, 'file:///abs/x.yaml');
    assert.equal(run.results[3].level, 'note');
    // Location-less findings are notifications: code scanning refuses results without a location.
    assert.equal(run.invocations[0].executionSuccessful, false);
    assert.equal(run.invocations[0].toolExecutionNotifications[0].descriptor.id, 'IC1008');
  });
  test('the validator is real: broken SARIF is rejected', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false); // driver.name missing
    const doc = JSON.parse(renderSarif(SAMPLE)) as { runs: [{ results: [{ locations: [{ physicalLocation: { region: { startLine: number } } }] }] }] };
    doc.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.equal(validate(doc), false);
  });
  test('empty and real lint output validate too', () => {
    check(renderSarif([]));
    const src: SourceFile[] = [{ path: 'repo/ing.yaml', text: ING('1.2.3.4') + '---\n' + ING('ok.test', '2').replace('path: /', 'path: /x//y') }];
    const r = lint(src);
    assert.ok(r.diagnostics.length >= 2);
    const doc = check(renderSarif(r.diagnostics));
    assert.ok(doc.runs[0].results.every((x) => x.locations[0].physicalLocation.region.startLine >= 1));
  });
});
