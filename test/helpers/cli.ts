import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../harness/proxies.js';

export const BIN = join(repoRoot(), 'bin', 'ingressc.js');

/** Runs the CLI as a user would (NO_COLOR), capturing exit code, stdout and stderr. */
export function runCli(args: string[], opts: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? repoRoot(), input: opts.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...opts.env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A minimal valid v1 Ingress: host good.test on line 7, path on line 10. */
export const GOOD_INGRESS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: good
spec:
  rules:
  - host: good.test
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: web
            port:
              number: 80
`;
