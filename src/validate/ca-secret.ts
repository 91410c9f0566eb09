import { X509Certificate } from 'node:crypto';
import type { SourceRef } from '../diagnostics/types.js';
import { locate } from '../parse/locate.js';
import type { Manifest } from '../parse/parse-yaml.js';
import { isDns1123Label, isDns1123Subdomain } from '../util/k8s-names.js';
import { obj } from './shape.js';
import { decodeSecretText } from './secret-data.js';

/** A Secret's "ca.crt" (any Secret type), for auth-tls-secret: the CAs that may sign client certificates. */
export interface CaSecretModel {
  namespace: string;
  name: string;
  /** PEM certificates, normalised (LF, one final newline); absent when `problem` says why not. */
  caPem?: string;
  /** An unreadable ca.crt: reported (IC2341) only if an Ingress names the Secret. */
  problem?: { detail: string; ref: SourceRef };
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----\r?\n[A-Za-z0-9+/=\r\n]+?-----END CERTIFICATE-----/g;
const PEM_ONLY = /^(\s*-----BEGIN CERTIFICATE-----\r?\n[A-Za-z0-9+/=\r\n]+-----END CERTIFICATE-----)+\s*$/;

/**
 * Reads `ca.crt` of a v1 Secret (after readSecret checked its schema; a Secret without the key is
 * not a CA Secret and gives nothing). Each certificate is parsed: a proxy would refuse a corrupt CA
 * file only when it starts. A bad one is kept with its problem, which lowering reports where an
 * Ingress uses it (a Secret nobody names must not fail a compile). Never echoes the material.
 */
export function readCaSecret(m: Manifest): CaSecretModel | undefined {
  const meta = obj(m.obj.metadata);
  const name = String(meta.name ?? '');
  const namespace = meta.namespace === undefined ? 'default' : String(meta.namespace);
  if (!isDns1123Subdomain(name) || !isDns1123Label(namespace)) return undefined;
  const inString = obj(m.obj.stringData)['ca.crt'];
  const inData = obj(m.obj.data)['ca.crt'];
  let pem: string;
  if (typeof inString === 'string') pem = inString;
  else if (typeof inData === 'string') pem = decodeSecretText(inData) ?? '';
  else return undefined;
  const at = locate(m.loc, [typeof inString === 'string' ? 'stringData' : 'data', 'ca.crt'], { key: true });
  if (!PEM_ONLY.test(pem)) return { namespace, name, problem: { ref: at, detail: `ca.crt is not ${typeof inString === 'string' ? '' : 'base64 of '}PEM certificates` } };
  const blocks = pem.match(PEM_BLOCK) ?? [];
  for (const b of blocks) {
    try {
      new X509Certificate(b);
    } catch {
      return { namespace, name, problem: { ref: at, detail: 'ca.crt holds a certificate that is not readable X.509' } };
    }
  }
  return { namespace, name, caPem: blocks.map((b) => b.replace(/\r\n/g, '\n')).join('\n') + '\n' };
}
