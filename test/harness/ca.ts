// A private CA and the certificates it signs (openssl CLI), for backends that speak TLS: the
// proxy verifies them against the CA (proxy-ssl-verify) and presents a client certificate.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CertPair } from './certs.js';

export type BackendCa = CertPair & { name: string };

function openssl(args: string[], cwd: string): void {
  try {
    execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
  } catch (err) {
    const e = err as { stderr?: Buffer; message: string };
    throw new Error(`openssl ${args[0]} failed: ${e.stderr?.toString() || e.message}`);
  }
}

function inTemp<T>(f: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingressc-ca-'));
  try {
    return f(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A self-signed CA certificate (basicConstraints CA:TRUE) on a P-256 key. */
export function makeBackendCa(name: string): BackendCa {
  return inTemp((dir) => {
    openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '3650', '-subj', `/CN=${name}`,
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-keyout', 'ca.key', '-out', 'ca.crt'], dir);
    return { name, cert: fs.readFileSync(path.join(dir, 'ca.crt'), 'utf8'), key: fs.readFileSync(path.join(dir, 'ca.key'), 'utf8') };
  });
}

/**
 * A leaf certificate signed by `ca`: CN = first name, SAN = DNS:<each name>, usable as a server
 * and as a client certificate.
 */
export function signLeaf(ca: BackendCa, names: string[]): CertPair {
  return inTemp((dir) => {
    fs.writeFileSync(path.join(dir, 'ca.crt'), ca.cert);
    fs.writeFileSync(path.join(dir, 'ca.key'), ca.key);
    fs.writeFileSync(path.join(dir, 'ext.cnf'), `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}\nextendedKeyUsage=serverAuth,clientAuth\nbasicConstraints=CA:FALSE\n`);
    openssl(['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', `/CN=${names[0]}`, '-keyout', 'leaf.key', '-out', 'leaf.csr'], dir);
    openssl(['x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '3650', '-extfile', 'ext.cnf', '-out', 'leaf.crt'], dir);
    return { cert: fs.readFileSync(path.join(dir, 'leaf.crt'), 'utf8'), key: fs.readFileSync(path.join(dir, 'leaf.key'), 'utf8') };
  });
}
