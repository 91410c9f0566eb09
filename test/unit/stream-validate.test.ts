/**
 * compile reads and validates one object at a time (compile.ts readInventory, issue 17); only the
 * v1 ConfigMaps wait for the end, because the controller ConfigMap is chosen among them and which
 * are used for headers is known once every Ingress is read. Whatever the order of the objects, in
 * documents or in a `kubectl get -o yaml` List, over one file or two, the findings and the route
 * table must be those of reading everything first: parseSources, takeControllerConfig over every
 * manifest, and validateManifests over the whole array, as compile did before (validateManifests is
 * now the same validator fed the array, so this checks the streamed reading and the order).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/compile.js';
import { Diagnostics, sortDiagnostics } from '../../src/diagnostics/collector.js';
import { lower } from '../../src/lower/lower.js';
import { resolveOptions, type CompileOptionsInput } from '../../src/options.js';
import { parseSources, readManifests } from '../../src/parse/parse-yaml.js';
import type { SourceFile } from '../../src/parse/source.js';
import { takeControllerConfig } from '../../src/providers/ingress-nginx/configmap/select.js';
import { validateManifests } from '../../src/validate/index.js';
import { rng } from '../helpers/rng.js';

const A = 'nginx.ingress.kubernetes.io/';

const ingress = (name: string, path: string, annotations: Record<string, string> = {}): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: shop
${Object.keys(annotations).length ? `  annotations:\n${Object.entries(annotations).map(([k, v]) => `    ${A}${k}: ${JSON.stringify(v)}\n`).join('')}` : ''}spec:
  rules:
  - host: ${name}.test
    http:
      paths:
      - path: ${path}
        pathType: Prefix
        backend:
          service:
            name: web
            port:
              number: 80
`;

const configMap = (name: string | undefined, data: string, ns = 'shop'): string => `apiVersion: v1
kind: ConfigMap
metadata:
${name === undefined ? '' : `  name: ${name}\n`}  namespace: ${ns}
data:
${data}`;

/** Objects whose findings depend on each other across the stream. */
const OBJECTS = [
  ingress('a', '/a', { 'custom-headers': 'shop/hdr-a' }),
  ingress('b', '/b'),
  ingress('c', '/c', { 'custom-headers': 'shop/missing' }),
  configMap('hdr-a', '  X-A: "1"\n'),
  configMap('add', '  X-Add: "2"\n'),
  configMap('unused', '  k: v\n'),
  configMap(undefined, '  k: v\n'),
  configMap('nulls', '  k:\n  X-N: "3"\n'),
  configMap('ctrl', '  add-headers: shop/add\n  proxy-body-size: 8m\n', 'ingress-nginx'),
  `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
  namespace: shop
spec:
  replicas: 1
`,
  `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  ports:
  - port: 80
`,
];

/** A second controller ConfigMap of the same name (IC2307), for the runs with an error. */
const TWIN = configMap('ctrl', '  ssl-redirect: "false"\n', 'ingress-nginx');

const asDocuments = (objects: readonly string[]): string => objects.map((o) => `---\n${o}`).join('');
const asList = (objects: readonly string[]): string =>
  `apiVersion: v1\nitems:\n${objects.map((o) => o.replace(/\n(?=.)/g, '\n  ').replace(/^/, '- ')).join('')}kind: List\nmetadata:\n  resourceVersion: ""\n`;

/** What compile did before: every object read, then the controller ConfigMap taken, then all validated. */
function readEverythingFirst(sources: readonly SourceFile[], input: CompileOptionsInput) {
  const diags = new Diagnostics();
  const { options, diagnostics } = resolveOptions(input);
  diags.items.push(...diagnostics);
  assert.ok(options);
  const manifests = parseSources(sources, diags, options.inputLimits);
  const controller = takeControllerConfig(manifests, options.controllerConfig, diags, { allowSnippets: options.allowSnippets, limits: options.inputLimits });
  const cs = controller.config?.settings;
  const headerConfigMaps = [cs?.addHeaders, cs?.proxySetHeaders].filter((r) => r !== undefined).map((r) => `${r.namespace}/${r.name}`);
  const inventory = validateManifests(controller.manifests, diags, { allowSnippets: options.allowSnippets, headerConfigMaps });
  if (controller.config) inventory.controllerConfig = controller.config;
  if (diags.hasErrors()) {
    // analyze() lowers the valid objects and drops what only follows from the invalid ones.
    const partial = new Diagnostics();
    const ir = lower(inventory, options, partial);
    diags.items.push(...partial.items.filter((d) => !['IC3002', 'IC3015', 'IC1006'].includes(d.code)));
    return { ir, diagnostics: sortDiagnostics(diags.items) };
  }
  const ir = lower(inventory, options, diags);
  return { ir, diagnostics: sortDiagnostics(diags.items) };
}

function shuffle<T>(xs: readonly T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test('objects validated as they are read: the findings and routes of reading everything first, in any order', () => {
  const rand = rng(20261207);
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    const twin = i % 5 === 4;
    const objects = shuffle(twin ? [...OBJECTS, TWIN] : OBJECTS, rand);
    const cut = Math.floor(rand() * (objects.length + 1));
    const format = i % 2 === 0 ? asList : asDocuments;
    const sources: SourceFile[] = [
      { path: 'one.yaml', text: format(objects.slice(0, cut)) },
      { path: 'two.yaml', text: format(objects.slice(cut)) },
    ].filter((s) => s.text !== '' && !s.text.startsWith('apiVersion: v1\nitems:\nkind'));
    for (const input of [{ backends: ['shop/web:80=127.0.0.1:9'], controllerConfig: 'ingress-nginx/ctrl' }, {}] as CompileOptionsInput[]) {
      const label = `case ${i} ${JSON.stringify(input)}:\n${sources.map((s) => `# ${s.path}\n${s.text}`).join('')}`;
      const want = readEverythingFirst(sources, input);
      const got = analyze(sources, input);
      assert.deepEqual(sortDiagnostics(got.diags.items), want.diagnostics, label);
      assert.deepEqual(got.ir, want.ir, label);
      for (const d of want.diagnostics) seen.add(d.code);
    }
  }
  // The cases reach what depends on the whole stream: ignored and used ConfigMaps, the controller's, its twin.
  for (const code of ['IC1004', 'IC2307']) assert.ok(seen.has(code), `${code} among ${[...seen].join(', ')}`);
});

test("an error in what the caller does with an object is the caller's, not a reading error (IC1009)", () => {
  const boom = new Error('boom');
  for (const text of [asList(OBJECTS), asDocuments(OBJECTS)]) {
    const diags = new Diagnostics();
    assert.throws(
      () =>
        readManifests([{ path: 'a.yaml', text }], diags, () => {
          throw boom;
        }),
      (e) => e === boom,
    );
    assert.deepEqual(diags.items, []);
  }
});
