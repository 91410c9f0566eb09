import assert from 'node:assert/strict';
import { compile, type CompileResult, type TargetName } from '../../src/index.js';

/** One Ingress without annotations: a.test / to default/web:80, every ConfigMap fuzzer's routes. */
export const INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: app, namespace: default}
spec:
  rules:
  - host: a.test
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
`;

/** A controller ConfigMap (ingress-nginx/c) holding `data`, every key and value JSON-quoted as the fuzzers generate them. */
export const configMapText = (data: Record<string, string>): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: ingress-nginx}\ndata:\n${Object.entries(data).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}\n`).join('')}`;

/**
 * `ingress` compiled for `target` with `configMap` as --controller-config (web:80 at an address):
 * the result when it compiled, undefined when refused, and a refusal's every error must be located.
 */
export function compileWithConfigMap(ingress: string, configMap: string, target: TargetName): CompileResult | undefined {
  const r = compile([{ path: 'app.yaml', text: ingress }], { target, backends: ['default/web:80=127.0.0.1:9'], controllerConfig: { path: 'cm.yaml', text: configMap } });
  if (r.ok) return r;
  for (const e of r.diagnostics.filter((x) => x.severity === 'error')) assert.ok(e.loc && e.loc.line >= 1, `${target}: unlocated ${e.code} ${e.message}`);
  return undefined;
}
