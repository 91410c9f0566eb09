import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze, classifySource, CODES, lint, makeDiagnostic, sortDiagnostics, type Diagnostic, type LintOptions, type LintResult, type SourceFile } from '../../src/index.js';
import { repoRoot } from '../harness/proxies.js';

/**
 * lint() analyzes inputs that evidently are manifests without classifying them first, when its
 * analysis proves what classifySource would say. The reference is lint as it was before: classify
 * every input, then analyze the manifests.
 */
function referenceLint(sources: readonly SourceFile[], opts: Omit<LintOptions, 'targets'>): LintResult {
  const items: Diagnostic[] = [];
  const checked: SourceFile[] = [];
  const skipped: LintResult['skipped'] = [];
  for (const s of sources) {
    const kind = classifySource(s.text, s.path);
    if (kind === 'manifest') checked.push(s);
    else skipped.push({ file: s.path, reason: kind });
  }
  const nullDocument = CODES.IC1002.text({ found: 'null' });
  const { ir, diags } = analyze(checked, opts);
  for (const d of diags.items) {
    if (d.code === 'IC1004' || d.code === 'IC1006' || (d.code === 'IC1002' && d.message === nullDocument)) continue;
    const cert = d.code === 'IC3003' ? ir?.certificates.find((c) => c.origin.file === d.loc?.file && c.origin.line === d.loc.line && c.origin.col === d.loc.col) : undefined;
    items.push(cert ? makeDiagnostic('IC5020', d.loc, { secret: `${cert.namespace}/${cert.secretName}`, id: cert.id }) : d);
  }
  for (const s of skipped) if (s.reason === 'template') items.push(makeDiagnostic('IC5105', { file: s.file, line: 1, col: 1 }));
  return { ok: !items.some((d) => d.severity === 'error'), diagnostics: sortDiagnostics(items), checked: checked.map((s) => s.path), skipped };
}

const service = (name: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  ports:\n  - port: 80\n`;
const ingress = (name: string, svc = 'web') =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\nspec:\n  rules:\n  - host: ${name}.example\n    http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: ${svc}\n            port:\n              number: 80\n`;

const POOL: string[] = [
  ingress('a'),
  ingress('b', 'missing'),
  service('web'),
  `${ingress('c')}---\n${service('web')}`,
  `# comment\n${service('web')}---\n`,
  '---\n# only comments\n',
  '',
  '{"name": "pkg", "version": "1.0.0"}\n',
  '{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"}, "spec": {"ports": [{"port": 80}]}}\n',
  'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n',
  '%YAML 1.2\n---\non: push\n',
  `name: x # a\rkind: Service\n`,
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\n',
  'apiVersion: v1\nkind: ConfigMap\n{{- if .Values.x }}\ndata:\n  a: b\n{{- end }}\n',
  `${ingress('t')}# {{ not a template }}\n`,
  'apiVersion: v1\nkind: [\n# }} {{ }\n',
  'apiVersion: v1\nkind: [\n# {{}}\n',
  'apiVersion: v1\nkind: [\n# {{{\n',
  'apiVersion: v1\nkind: [\n',
  'apiVersion: v1\nkind: Service\nkind: Service\nmetadata:\n  name: dup\n',
  'kind: Service\nmetadata:\n  name: no-api-version\n',
  'text: "first\napiVersion: v1"\n',
  // A line starting with apiVersion, but no Kubernetes object: lint has to classify these after all.
  '--- |\napiVersion: v1\nkind: Service\n',
  '[\napiVersion: v1\n]\n',
  '"quoted\napiVersion: v1"\n',
  'data: |\n  apiVersion: v1\n  kind: Service\n',
  '&k apiVersion: v1\nkind: Service\nmetadata:\n  name: anchored\n',
  '? apiVersion\n: v1\nkind: Service\nmetadata:\n  name: explicit\n',
  '"apiVersion": v1\n"kind": Service\nmetadata:\n  name: quoted\n',
  `apiVersion: v1\nkind: List\nitems:\n- ${service('listed').trimEnd().replace(/\n/g, '\n  ')}\n`,
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: other-kind\n',
  'apiVersion: v1\n',
  'apiVersion : v1\nkind : Service\nmetadata:\n  name: spaced\n',
  '- apiVersion: v1\n  kind: Service\n',
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: tab\n\tspec: {}\n',
];

const fixtures = (dir: string): SourceFile[] => {
  const root = join(repoRoot(), 'fixtures', dir);
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ya?ml|json)$/.test(f));
  return files.sort().map((f) => ({ path: join('fixtures', dir, f), text: readFileSync(join(root, f), 'utf8') }));
};

test('lint gives what classifying every input, then analyzing the manifests gives', () => {
  for (const dir of ['cafe', 'cafe-v1', 'cve', 'golden', '.']) {
    const sources = fixtures(dir);
    assert.deepEqual(lint(sources), referenceLint(sources, {}), dir);
  }
  const opts = fc.constantFrom<Omit<LintOptions, 'targets'>>({}, { allowSnippets: true }, { ingressClass: 'nginx' }, { ingressClass: 'Not_A_Name' });
  const sources = fc.array(fc.tuple(fc.nat(POOL.length - 1), fc.nat(3)), { minLength: 1, maxLength: 4 }).map((picks) => picks.map(([i, p]) => ({ path: `in${p}.yaml`, text: POOL[i]! })));
  fc.assert(
    fc.property(sources, opts, (s, o) => {
      assert.deepEqual(lint(s, o), referenceLint(s, o));
    }),
    { numRuns: 600 },
  );
});
