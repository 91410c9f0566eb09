// V8 code cache for the CLI bundle (see bundle-cli.mjs): the bytecode of every function a lint run
// compiles, so bin/ingressc.js neither parses the 400 kB bundle nor compiles those functions again.
//
// bin/ingressc.js writes the cache itself after any run that found none (that is how installed copies
// get theirs); writeCodeCache() makes that first run a lint of the sample manifests below, in a fresh
// Node process with plain `node` flags. Only lint: what compile for every target adds (650 instead of
// 560 kB) made lint start ~1.5 ms slower and compile no faster. V8 rejects the cache by itself when
// the Node version or V8 flags differ (the bundle is then compiled as usual); it cannot tell two
// bundles of the same length apart, so bundle-cli.mjs deletes the caches before rebuilding and
// bin/ingressc.js ignores a cache older than the bundle.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUNDLE = 'ingressc.bundle.cjs';
/** The cache bin/ingressc.js reads and writes for the running Node (keep the two names in step). */
export const cacheName = (version = process.version, arch = process.arch) => `ingressc.bundle.${version}-${arch}.cache`;
const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'ingressc.js');

/** Deletes every Node version's cache and any half-written one (they belong to the bundle being replaced). */
export function removeCodeCaches(cliDir) {
  if (!existsSync(cliDir)) return;
  for (const f of readdirSync(cliDir)) if (/^ingressc\.bundle\..*\.cache/.test(f)) rmSync(join(cliDir, f), { force: true });
}

/** Writes dist/src/cli/<cacheName()>: one `ingressc lint` of the samples through bin/ingressc.js. */
export function writeCodeCache(cliDir) {
  const env = { ...process.env };
  delete env.NODE_OPTIONS; // V8 flags in NODE_OPTIONS would make the cache unusable for plain runs
  const dir = mkdtempSync(join(tmpdir(), 'ingressc-warmup-'));
  try {
    const input = join(dir, 'in');
    mkdirSync(input);
    for (const [name, text] of Object.entries(SAMPLE)) writeFileSync(join(input, name), text);
    execFileSync(process.execPath, [BIN, 'lint', input], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  } catch (e) {
    throw new Error(`could not write the code cache: warm-up run "ingressc lint" failed: ${e.stderr || e.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!existsSync(join(cliDir, cacheName()))) throw new Error(`could not write the code cache: bin/ingressc.js wrote no ${cacheName()}`);
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
