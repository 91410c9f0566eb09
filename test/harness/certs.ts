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
