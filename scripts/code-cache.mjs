// V8 code cache for the CLI bundle (see bundle-cli.mjs): the bytecode of every function a lint run
// compiles, so bin/ingressc.js neither parses the 400 kB bundle nor compiles those functions again.
//
// writeCodeCache() runs the bundle in a fresh Node process, linting the sample manifests below, then
// saves vm.Script#createCachedData(). Only lint: what compile for every target adds (650 instead of
// 560 kB) made lint start ~1.5 ms slower and compile no faster. V8 rejects the cache by itself when
// the Node version or V8 flags differ (the bundle is then compiled as usual); it cannot tell two
// bundles of the same length apart, so bundle-cli.mjs deletes the cache before rebuilding and
// bin/ingressc.js ignores a cache older than the bundle.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export const BUNDLE = 'ingressc.bundle.cjs';
export const CACHE = 'ingressc.bundle.cache';

/** Writes dist/src/cli/ingressc.bundle.cache, made by a child process with plain `node` flags. */
export function writeCodeCache(cliDir) {
  const env = { ...process.env };
  delete env.NODE_OPTIONS; // V8 flags in NODE_OPTIONS would make the cache unusable for plain runs
  try {
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), cliDir], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  } catch (e) {
    throw new Error(`could not write the code cache: ${e.stderr || e.message}`);
  }
}

// Warm-up input. The certificate and key are a throw-away self-signed pair for warmup.example.
const CRT = 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJpRENDQVMrZ0F3SUJBZ0lVTmZvaGhKMHpud0VGQkRmWlYrdk9RWTNEQlYwd0NnWUlLb1pJemowRUF3SXcKR1RFWE1CVUdBMVVFQXd3T2QyRnliWFZ3TG1WNFlXMXdiR1V3SUJjTk1qWXhNVEkyTURrd05EUTFXaGdQTWpFeQpOakV4TURJd09UQTBORFZhTUJreEZ6QVZCZ05WQkFNTURuZGhjbTExY0M1bGVHRnRjR3hsTUZrd0V3WUhLb1pJCnpqMENBUVlJS29aSXpqMERBUWNEUWdBRTdnV2wrUCsvRmNLSmNuQVBld1A5Wm4xK0xJazFpUExqNXptSXZtQzUKa3BLeGY4bG1FZ29tUXF4N290dEZPbWoySmJ3d2lQUWN3K2Iwd0lPd0JaOVNrYU5UTUZFd0hRWURWUjBPQkJZRQpGQ20wWXFaVk5DZ0Zjd1JvN0N5bitiZlVieFRFTUI4R0ExVWRJd1FZTUJhQUZDbTBZcVpWTkNnRmN3Um83Q3luCitiZlVieFRFTUE4R0ExVWRFd0VCL3dRRk1BTUJBZjh3Q2dZSUtvWkl6ajBFQXdJRFJ3QXdSQUlnSHpZUzEyTTEKQldNQ3BldC9iYm8vdzNiL1BwQk5aUEt5STZjODRMckJ2YXNDSUNva3ZycGZEQUp2ZjdrNTg1dnFLeGQ4MmFZNQpjbWpMT1F4K3FWczBVazB3Ci0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K';
const KEY = 'LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JR0hBZ0VBTUJNR0J5cUdTTTQ5QWdFR0NDcUdTTTQ5QXdFSEJHMHdhd0lCQVFRZ1pKbTJ6czRDaWZwU2dUUjgKQnpLOERHR1NQMG1zSmNwcjZCWllvSTY1d0FTaFJBTkNBQVR1QmFYNC83OFZ3b2x5Y0E5N0EvMW1mWDRzaVRXSQo4dVBuT1lpK1lMbVNrckYveVdZU0NpWkNySHVpMjBVNmFQWWx2RENJOUJ6RDV2VEFnN0FGbjFLUgotLS0tLUVORCBQUklWQVRFIEtFWS0tLS0tCg==';
const SAMPLE = {
  'ingress.yaml': `# v1 and the old extensions/v1beta1 form
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    nginx.ingress.kubernetes.io/ssl-redirect: "true"
spec:
  ingressClassName: nginx
  tls:
  - hosts: [warmup.example]
    secretName: web-tls
  rules:
  - host: warmup.example
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: web
            port:
              name: http
      - path: /exact
        pathType: Exact
        backend:
          service:
            name: web
            port:
              number: 8080
---
apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: old
spec:
  rules:
  - host: '*.old.example'
    http:
      paths:
      - path: /api
        backend:
          serviceName: web
          servicePort: 8080
`,
  'service.yaml': `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
  - name: http
    port: 80
    targetPort: 8080
    protocol: TCP
  - port: 8080
`,
  'secret.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: web-tls
type: kubernetes.io/tls
data:
  tls.crt: ${CRT}
  tls.key: ${KEY}
`,
};

function warmUpAndWrite(cliDir) {
  const file = join(cliDir, BUNDLE);
  // Compiled exactly as bin/ingressc.js does.
  const script = new Script(readFileSync(file, 'utf8'), { filename: file });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, cliDir);
  const dir = mkdtempSync(join(tmpdir(), 'ingressc-warmup-'));
  try {
    const input = join(dir, 'in');
    mkdirSync(input);
    for (const [name, text] of Object.entries(SAMPLE)) writeFileSync(join(input, name), text);
    module.exports.main(['node', 'ingressc', 'lint', input]);
    if (process.exitCode) throw new Error(`warm-up run "ingressc lint" failed (exit code ${process.exitCode})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const tmp = join(cliDir, `${CACHE}.${process.pid}`);
  writeFileSync(tmp, script.createCachedData());
  renameSync(tmp, join(cliDir, CACHE));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) warmUpAndWrite(process.argv[2]);
