// Self-signed test certificates via the openssl CLI (Node has no X.509
// generator). P-256 keys take milliseconds, so tests can mint them freely.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type CertPair = { cert: string; key: string };

const cache = new Map<string, CertPair>();

/** File-name-safe form of a host (`*.wild.test` -> `_wildcard.wild.test`). */
export function certFileBase(host: string): string {
  return host.replace(/^\*/, '_wildcard').replace(/[^A-Za-z0-9._-]/g, '_');
}

/**
 * Self-signed cert (CN = first host, SAN = DNS:<each host>), cached per host
 * list for the life of the process. When `dir` is given the PEMs are also
 * written there as `<first host>.crt` / `<first host>.key`.
 */
export function makeCert(hosts: string[], dir?: string): CertPair {
  if (hosts.length === 0) throw new Error('makeCert: need at least one host');
  const cacheKey = hosts.join(',');
  let pair = cache.get(cacheKey);
  if (!pair) {
    pair = generate(hosts);
    cache.set(cacheKey, pair);
  }
  if (dir !== undefined) {
    const base = path.join(dir, certFileBase(hosts[0]!));
    fs.writeFileSync(`${base}.crt`, pair.cert);
    fs.writeFileSync(`${base}.key`, pair.key);
  }
  return pair;
}

function generate(hosts: string[]): CertPair {
  const first = hosts[0]!;
  // X.509 caps CN at 64 chars; clients match on the SAN anyway.
  const cn = first.length <= 64 ? first : 'ingressc-test';
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingressc-cert-'));
  try {
    const certFile = path.join(tmp, 'tls.crt');
    const keyFile = path.join(tmp, 'tls.key');
    try {
      execFileSync(
        'openssl',
        [
          'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
          '-days', '3650', '-subj', `/CN=${cn}`,
          '-addext', `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
          '-keyout', keyFile, '-out', certFile,
        ],
        { stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 },
      );
    } catch (err) {
      const e = err as { stderr?: Buffer; message: string };
      throw new Error(`openssl failed for ${hosts.join(',')}: ${e.stderr?.toString() || e.message}`);
    }
    return { cert: fs.readFileSync(certFile, 'utf8'), key: fs.readFileSync(keyFile, 'utf8') };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export type TestCa = { cert: string; key: string; cn: string };

function openssl(args: string[], what: string): void {
  try {
    execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
  } catch (err) {
    const e = err as { stderr?: Buffer; message: string };
    throw new Error(`openssl failed for ${what}: ${e.stderr?.toString() || e.message}`);
  }
}

/**
 * A self-signed CA (basicConstraints CA:true) that can sign client certificates (makeClientCert);
 * `pathLen` bounds the intermediates below it (basicConstraints pathlen), as Go's verification reads it.
 */
export function makeCa(cn: string, opts: { pathLen?: number } = {}): TestCa {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingressc-ca-'));
  try {
    const certFile = path.join(tmp, 'ca.crt');
    const keyFile = path.join(tmp, 'ca.key');
    openssl(
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '3650', '-subj', `/CN=${cn}`,
        '-addext', `basicConstraints=critical,CA:true${opts.pathLen === undefined ? '' : `,pathlen:${opts.pathLen}`}`, '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-keyout', keyFile, '-out', certFile],
      `CA ${cn}`,
    );
    return { cert: fs.readFileSync(certFile, 'utf8'), key: fs.readFileSync(keyFile, 'utf8'), cn };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** A CA signed by `ca` (an intermediate): `chain` is its certificate followed by `ca`'s chain below the root. */
export function makeSubCa(ca: TestCa & { chain?: string }, cn: string): TestCa & { chain: string } {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingressc-subca-'));
  try {
    const f = (n: string): string => path.join(tmp, n);
    fs.writeFileSync(f('ca.crt'), ca.cert);
    fs.writeFileSync(f('ca.key'), ca.key);
    fs.writeFileSync(f('ext.cnf'), 'basicConstraints=critical,CA:true\nkeyUsage=critical,keyCertSign,cRLSign\n');
    openssl(['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', `/CN=${cn}`, '-keyout', f('s.key'), '-out', f('s.csr')], `sub-CA ${cn}`);
    openssl(['x509', '-req', '-in', f('s.csr'), '-CA', f('ca.crt'), '-CAkey', f('ca.key'), '-CAcreateserial', '-days', '3650', '-extfile', f('ext.cnf'), '-out', f('s.crt')], `sub-CA ${cn}`);
    const cert = fs.readFileSync(f('s.crt'), 'utf8');
    return { cert, key: fs.readFileSync(f('s.key'), 'utf8'), cn, chain: cert + (ca.chain ?? '') };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** A client certificate (extendedKeyUsage clientAuth) with subject CN=`cn`, signed by `ca`. */
export function makeClientCert(ca: TestCa, cn: string): CertPair {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingressc-client-'));
  try {
    const f = (n: string): string => path.join(tmp, n);
    fs.writeFileSync(f('ca.crt'), ca.cert);
    fs.writeFileSync(f('ca.key'), ca.key);
    fs.writeFileSync(f('ext.cnf'), 'basicConstraints=CA:false\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n');
    openssl(['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', `/CN=${cn}`, '-keyout', f('c.key'), '-out', f('c.csr')], `client ${cn}`);
    openssl(['x509', '-req', '-in', f('c.csr'), '-CA', f('ca.crt'), '-CAkey', f('ca.key'), '-CAcreateserial', '-days', '3650', '-extfile', f('ext.cnf'), '-out', f('c.crt')], `client ${cn}`);
    return { cert: fs.readFileSync(f('c.crt'), 'utf8'), key: fs.readFileSync(f('c.key'), 'utf8') };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
