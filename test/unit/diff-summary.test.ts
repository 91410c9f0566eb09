import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { availableTargets, compile, diff, renderDiffJson, renderDiffText, type SourceFile } from '../../src/index.js';
import { loadGoldenCases } from '../helpers/golden.js';
import { repoRoot } from '../harness/proxies.js';
import { tlsSecretYaml } from '../helpers/tls-secret.js';
import { rng } from '../helpers/rng.js';

const ing = (name: string, rules: string, extra = '') => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: default
spec:${extra}
  rules:
${rules}`;
const rule = (host: string, paths: [string, string, string][]) =>
  `  - host: ${host}\n    http:\n      paths:\n` +
  paths.map(([p, t, svc]) => `      - path: ${p}\n        pathType: ${t}\n        backend:\n          service:\n            name: ${svc}\n            port:\n              number: 80\n`).join('');

const OLD: SourceFile[] = [{ path: 'old/ing.yaml', text: ing('cafe', rule('cafe.example.com', [['/tea', 'Prefix', 'tea-svc'], ['/coffee', 'Prefix', 'coffee-svc'], ['/menu', 'Exact', 'menu-svc']])) }];
const NEW: SourceFile[] = [{ path: 'new/ing.yaml', text: ing('cafe', rule('cafe.example.com', [['/tea', 'Prefix', 'tea-svc'], ['/coffee', 'Prefix', 'espresso-svc'], ['/cake', 'Prefix', 'cake-svc']])) }];


describe('ingressc diff (library)', () => {
  test('route-level summary: added, removed, backend changed', () => {
    const r = diff(OLD, NEW, { target: 'nginx' });
    assert.ok(r.ok && r.changed);
    const text = renderDiffText(r);
    const summary = text.split('\n\n')[0]!.split('\n');
    assert.deepEqual(summary, [
      '+ cafe.example.com/cake (Prefix) → default/cake-svc:80',
      '~ cafe.example.com/coffee (Prefix) backend changed: default/coffee-svc:80 → default/espresso-svc:80',
      '- cafe.example.com/menu (Exact) → default/menu-svc:80',
    ]);
    assert.match(text, /^--- a\/nginx\.conf\n\+\+\+ b\/nginx\.conf\n@@ /m);
  });
  test('no change: nothing printed, changed false; a side without Ingress is empty', () => {
    const same = diff(OLD, [{ path: 'other/place.yaml', text: OLD[0]!.text }], { target: 'nginx' });
    assert.ok(same.ok);
    assert.equal(same.changed, false);
    assert.equal(renderDiffText(same), '');
    const fresh = diff([], NEW, { target: 'nginx' });
    assert.ok(fresh.ok && fresh.changed);
    assert.ok(fresh.routes.every((c) => c.change === '+'));
    assert.equal(fresh.files[0]!.change, 'added');
  });
  test('an invalid side is an error, not a change', () => {
    const r = diff(OLD, [{ path: 'bad.yaml', text: NEW[0]!.text.replace('cafe.example.com', '1.2.3.4') }], { target: 'nginx' });
    assert.equal(r.ok, false);
    assert.ok(r.diagnostics.some((d) => d.code === 'IC2020'));
  });
  test('private keys never appear in text or JSON, only that they changed', () => {
    const cafe = readFileSync(join(repoRoot(), 'fixtures/cafe/cafe-secret.yaml'), 'utf8');
    const ingress = readFileSync(join(repoRoot(), 'fixtures/cafe/cafe-ingress.yaml'), 'utf8');
    const svc = readFileSync(join(repoRoot(), 'fixtures/cafe/cafe-services.yaml'), 'utf8');
    const oldSide: SourceFile[] = [{ path: 'i.yaml', text: ingress }, { path: 's.yaml', text: svc }];
    const newSide: SourceFile[] = [...oldSide, { path: 'k.yaml', text: cafe }];
    const keyB64 = /tls\.key:\s*(\S+)/.exec(cafe)?.[1] ?? '';
    const keyPem = Buffer.from(keyB64, 'base64').toString('utf8');
    assert.match(keyPem, /PRIVATE KEY/);
    for (const target of availableTargets()) {
      const r = diff(oldSide, newSide, { target });
      assert.ok(r.ok, JSON.stringify(r.diagnostics));
      for (const out of [renderDiffText(r), renderDiffJson(r)]) {
        assert.doesNotMatch(out, /PRIVATE KEY/);
        assert.ok(!out.includes(keyPem.split('\n')[1]!), `${target}: key material leaked`);
      }
      if (target === 'gateway-api') {
        // Gateway API output references the Secret by name and writes no certificate files at all.
        assert.ok(r.files.every((f) => !f.path.startsWith('certs/') && !f.diff.includes('PRIVATE KEY')), `${target}: wrote key material`);
        continue;
      }
      const key = r.files.find((f) => f.path.endsWith('.key'));
      assert.ok(key?.sensitive, `${target}: key file is marked sensitive`);
      assert.match(renderDiffText(r), /\+ certs\/default-cafe-secret\.key \(private key added\)/);
      // Changed key material: still only a one-line notice.
      const rotatedSecret = tlsSecretYaml('cafe-secret', { hosts: ['cafe.example.com', 'www.cafe.example.com'] });
      const newKeyLine = Buffer.from(/tls\.key:\s*(\S+)/.exec(rotatedSecret)![1]!, 'base64').toString('utf8').split('\n')[1]!;
      const rotated = diff(newSide, [...oldSide, { path: 'k.yaml', text: rotatedSecret }], { target });
      assert.ok(rotated.ok, JSON.stringify(rotated.diagnostics));
      assert.match(renderDiffText(rotated), /^~ certs\/default-cafe-secret\.key \(private key changed\)$/m);
      assert.doesNotMatch(renderDiffText(rotated) + renderDiffJson(rotated), /PRIVATE KEY/);
      assert.ok(!(renderDiffText(rotated) + renderDiffJson(rotated)).includes(newKeyLine));
    }
  });
});

describe('byte-stable output', () => {
  const docsOf = (sources: readonly SourceFile[]) => sources.flatMap((s) => s.text.split(/^---[ \t]*$/m)).filter((d) => /^\s*kind:/m.test(d));
  for (const c of loadGoldenCases()) {
    for (const target of availableTargets()) {
      if (c.targets && !c.targets.includes(target)) continue;
      test(`${c.name} [${target}]: same input twice, documents shuffled across files → identical files`, () => {
        const base = compile(c.sources, { ...c.options, target });
        assert.ok(base.ok, JSON.stringify(base.diagnostics));
        assert.deepEqual(compile(c.sources, { ...c.options, target }).files, base.files);
        const rand = rng(c.name.length * 7919 + target.length);
        const docs = docsOf(c.sources);
        for (let round = 0; round < 5; round++) {
          const order = docs.map((d) => ({ d, k: rand() })).sort((x, y) => x.k - y.k).map((x) => x.d);
          const nFiles = 1 + Math.floor(rand() * 3);
          const shuffled: SourceFile[] = Array.from({ length: nFiles }, (_, i) => ({ path: `shuffled/${round}-${nFiles - i}.yaml`, text: order.filter((_, j) => j % nFiles === i).join('\n---\n') }));
          const again = compile(shuffled, { ...c.options, target });
          assert.ok(again.ok, JSON.stringify(again.diagnostics));
          assert.deepEqual(again.files, base.files, `round ${round}: output depends on document order`);
        }
        for (const f of base.files) {
          if (f.sensitive || f.path.endsWith('.crt')) continue;
          assert.doesNotMatch(f.content, /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/, `${f.path}: timestamp`);
          assert.doesNotMatch(f.content, /ingressc[ /@v-]*\d+\.\d+/i, `${f.path}: ingressc version`);
          assert.doesNotMatch(f.content, /generated (at|on) /i, `${f.path}: generation time`);
        }
      });
    }
  }
});
