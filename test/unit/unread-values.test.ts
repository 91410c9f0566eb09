import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Diagnostics } from '../../src/diagnostics/collector.js';
import { parseSources } from '../../src/parse/parse-yaml.js';
import { dropUnreadValues } from '../../src/parse/unread-values.js';

test('unread values: status and managedFields items become empty objects, anything else stays', () => {
  const shared = { a: 1 };
  const obj: Record<string, unknown> = { status: shared, spec: { x: shared }, metadata: { managedFields: [{ m: 1 }, 'text', null, [1]], name: 'n' } };
  dropUnreadValues(obj);
  assert.deepEqual(obj, { status: {}, spec: { x: { a: 1 } }, metadata: { managedFields: [{}, 'text', null, [1]], name: 'n' } });
  // Replaced, not emptied: a YAML alias may share the value with a field that is read.
  assert.equal((obj.spec as { x: unknown }).x, shared);
  const odd: Record<string, unknown> = { status: 'up', metadata: { managedFields: 'none' } };
  dropUnreadValues(odd);
  assert.deepEqual(odd, { status: 'up', metadata: { managedFields: 'none' } });
});

test('every reader hands validation the object without them', () => {
  const text = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: a\n  managedFields:\n  - manager: kubectl\n    fieldsV1:\n      f:spec: {}\nspec:\n  ingressClassName: x\nstatus:\n  loadBalancer:\n    ingress:\n    - ip: 10.0.0.1\n';
  // The line reader, fast-compose (a tab) and the Composer (an anchor).
  for (const t of [text, `${text}# a\tb\n`, text.replace('name: a', 'name: &n a')]) {
    const [m] = parseSources([{ path: 'a.yaml', text: t }], new Diagnostics());
    assert.deepEqual(m?.obj, { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'a', managedFields: [{}] }, spec: { ingressClassName: 'x' }, status: {} });
  }
});
