import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifySource, compile, lint, routes } from '../../src/index.js';
import { kustomizePatches, patchListedBy } from '../../src/parse/classify.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';

const ingress = (name: string, port = 'number: 80', extraSpec = '') =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${name}\nspec:\n${extraSpec}  rules:\n  - host: ${name}.example.com\n    http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend:\n          service:\n            name: web\n            port:\n              ${port}\n`;
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - name: http\n    port: 80\n';

describe('classifySource: what an input is', () => {
  test("Helm: Chart.yaml, markers in a chart's templates/ (even quoted), markers that parse as mapping keys", () => {
    assert.equal(classifySource('apiVersion: v2\nname: web\nversion: 0.1.0\n', 'chart/Chart.yaml'), 'not-kubernetes');
    assert.equal(classifySource('apiVersion: v2\nname: web\n', 'chart/Other.yaml'), 'manifest');
    const quoted = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: "{{ .Release.Name }}"\n';
    assert.equal(classifySource(quoted, 'chart/templates/svc.yaml'), 'template');
    assert.equal(classifySource(quoted, 'k8s/svc.yaml'), 'manifest', 'markers in a quoted value elsewhere are data');
    assert.equal(classifySource('apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n', 'k8s/svc.yaml'), 'template');
    assert.equal(classifySource('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n', 'chart/templates/svc.yaml'), 'manifest', 'a template without markers is a manifest');
  });
  test('kustomize patches are found relative to the kustomization, whatever it calls them', () => {
    const k = (text: string, path = 'overlays/prod/kustomization.yaml') => kustomizePatches([{ path, text }]);
    const p = k('patches:\n- path: ing.yaml\n- patch: |-\n    - op: remove\n      path: /x\npatchesStrategicMerge:\n- ./sm.yaml\n- |-\n  apiVersion: v1\n  kind: Service\npatchesJson6902:\n- path: ../common/j.yaml\n');
    assert.equal(patchListedBy(p, 'overlays/prod/ing.yaml'), 'overlays/prod/kustomization.yaml');
    assert.equal(patchListedBy(p, './overlays/prod/sm.yaml'), 'overlays/prod/kustomization.yaml');
    assert.equal(patchListedBy(p, 'overlays/common/j.yaml'), 'overlays/prod/kustomization.yaml');
    assert.equal(patchListedBy(p, 'overlays/prod/other.yaml'), undefined);
    assert.equal(patchListedBy(k('patches:\n- path: ing.yaml\n', 'base/not-a-kustomization.yaml'), 'base/ing.yaml'), undefined);
    assert.equal(patchListedBy(k('patches:\n- path: ing.yaml\n', 'Kustomization'), 'ing.yaml'), 'Kustomization');
  });
});

describe('every command treats skipped inputs alike', () => {
  const sources = [
    { path: 'app/ingress.yaml', text: ingress('web') },
    { path: 'app/kustomization.yaml', text: 'patches:\n- path: patch.yaml\n' },
    { path: 'app/patch.yaml', text: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n' },
    { path: 'compose.yaml', text: 'services:\n  db:\n    image: postgres\n' },
    { path: 'chart/templates/x.yaml', text: ingress('x').replace('name: x', 'name: "{{ .Release.Name }}"') },
  ];
  test('compile, lint and routes: the same infos, no errors', () => {
    const pick = (ds: { code: string; loc?: { file: string } }[]) => ds.filter((d) => d.code === 'IC1020' || d.code === 'IC5105').map((d) => `${d.loc?.file} ${d.code}`);
    const c = compile(sources, { resolver: '127.0.0.1' });
    const l = lint(sources);
    const r = routes(sources);
    assert.equal(c.ok, true, JSON.stringify(c.diagnostics));
    assert.equal(r.ok, true);
    assert.deepEqual(pick(c.diagnostics), ['app/patch.yaml IC1020', 'chart/templates/x.yaml IC5105']);
    assert.deepEqual(pick(l.diagnostics), pick(c.diagnostics));
    assert.deepEqual(pick(r.diagnostics), pick(c.diagnostics));
    assert.deepEqual(l.skipped, [
      { file: 'app/kustomization.yaml', reason: 'not-kubernetes' },
      { file: 'app/patch.yaml', reason: 'kustomize-patch' },
      { file: 'compose.yaml', reason: 'not-kubernetes' },
      { file: 'chart/templates/x.yaml', reason: 'template' },
    ]);
  });
});

describe('lint context: the rest of a repository', () => {
  const staged = [{ path: 'k8s/ingress.yaml', text: ingress('web', 'name: http') }];
  test('resolves a named port from a Service in another file, and reports nothing about that file', () => {
    assert.ok(lint(staged).diagnostics.some((d) => d.code === 'IC3002'), 'without context the port cannot resolve');
    const context = [
      { path: 'k8s/service.yaml', text: SERVICE },
      { path: 'k8s/broken.yaml', text: `${ingress('broken').replace('broken.example.com', '10.0.0.1')}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: Not_Valid\n` },
      { path: 'k8s/ingress.yaml', text: ingress('web') },
    ];
    assert.deepEqual(lint(staged, { context }), { ok: true, diagnostics: [], checked: ['k8s/ingress.yaml'], skipped: [] });
  });
  test('takes the default IngressClass from another file (--ingress-class keeps a class-less Ingress)', () => {
    const classless = [{ path: 'k8s/ingress.yaml', text: ingress('web') }];
    const skippedByClass = (r: ReturnType<typeof lint>) => r.diagnostics.some((d) => d.code === 'IC3008');
    assert.ok(skippedByClass(lint(classless, { ingressClass: 'nginx' })));
    const defaultClass = 'apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata:\n  name: nginx\n  annotations:\n    ingressclass.kubernetes.io/is-default-class: "true"\nspec:\n  controller: k8s.io/ingress-nginx\n';
    assert.ok(!skippedByClass(lint(classless, { ingressClass: 'nginx', context: [{ path: 'k8s/class.yaml', text: defaultClass }] })));
  });
  test("a context kustomization makes a staged fragment a patch; context Ingresses are not read", () => {
    const patch = [{ path: 'o/patch.yaml', text: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n' }];
    assert.equal(lint(patch).ok, false);
    const r = lint(patch, { context: [{ path: 'o/kustomization.yaml', text: 'patchesStrategicMerge:\n- patch.yaml\n' }] });
    assert.deepEqual(r.diagnostics.map((d) => d.code), ['IC1020']);
    // A context Ingress with the same host and path would be a duplicate route (IC3001) if it were read.
    assert.deepEqual(lint([{ path: 'a.yaml', text: ingress('web') }], { context: [{ path: 'b.yaml', text: ingress('web').replace('name: web\nspec', 'name: other\nspec') }] }).diagnostics, []);
  });
});

describe('partial lowering: errors do not hide warnings, and add none of their own', () => {
  test('a Secret that failed validation is not also "not in the inputs"; an unused --backend is not reported', () => {
    const tls = ingress('web', 'number: 80', '  tls:\n  - hosts: [web.example.com]\n    secretName: web-tls\n');
    const badSecret = tlsSecretYaml('web-tls', { hosts: ['web.example.com'] }).replace(/tls\.key: .*/, 'tls.key: aGVsbG8K');
    const r = compile([
      { path: 'ing.yaml', text: tls },
      { path: 'secret.yaml', text: badSecret },
      { path: 'other.yaml', text: ingress('two').replace('- path: /\n', '- path: /a\n        pathType: Exact\n        backend:\n          service:\n            name: web\n            port:\n              number: 80\n      - path: /a/\n') },
    ], { backends: ['default/gone:80=127.0.0.1:1'] });
    assert.equal(r.ok, false);
    const codes = r.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('IC2070'), JSON.stringify(r.diagnostics));
    assert.ok(codes.includes('IC3005'), 'the other file\'s warning is reported');
    assert.ok(!codes.includes('IC3003') && !codes.includes('IC3015'), JSON.stringify(r.diagnostics));
  });
});
