import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotationMatrix, renderMatrixTable } from '../../src/providers/ingress-nginx/matrix.js';
import { GATEWAY_API_WHY_NOT } from '../../src/providers/ingress-nginx/support-rows/gateway-api-unsupported.js';
import { NGINX_ANNOTATIONS } from '../../src/providers/ingress-nginx/keys.js';

test('every unsupported gateway-api cell of the annotation matrix says why', () => {
  const rows = annotationMatrix(['gateway-api']);
  const missing = rows.filter((r) => r.targets['gateway-api']!.level === 'unsupported' && !r.targets['gateway-api']!.note).map((r) => r.annotation);
  assert.deepEqual(missing, []);
  // Reasons name real keys only.
  const keys = new Set(NGINX_ANNOTATIONS.map((a) => a.key));
  assert.deepEqual(Object.keys(GATEWAY_API_WHY_NOT).filter((k) => !keys.has(k)), []);
});

test('a reason shows on unsupported gateway-api cells only, marked, in the notes', () => {
  const rows = annotationMatrix(['nginx', 'gateway-api']);
  const row = rows.find((r) => r.annotation.endsWith('/limit-rps'))!;
  assert.equal(row.targets.nginx!.note, undefined);
  assert.match(row.targets['gateway-api']!.note!, /rate/);
  const text = renderMatrixTable(rows, ['nginx', 'gateway-api']);
  assert.match(text, /limit-rps\s+access\s+yes\s+no \(error\)¹/);
  assert.match(text, /limit-rps \(gateway-api\): not supported: Gateway API has no rate/);
  // A supported key's stale reason, if any, is never shown.
  const supported = rows.filter((r) => r.targets['gateway-api']!.level !== 'unsupported');
  for (const r of supported) if (r.targets['gateway-api']!.note) assert.notEqual(r.targets['gateway-api']!.note, GATEWAY_API_WHY_NOT[r.annotation.slice('nginx.ingress.kubernetes.io/'.length)], r.annotation);
});
