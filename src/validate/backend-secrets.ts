import { X509Certificate } from 'node:crypto';
import type { Manifest } from '../parse/parse-yaml.js';
import { locate } from '../parse/locate.js';
import { isDns1123Label, isDns1123Subdomain } from '../util/k8s-names.js';
import type { BackendSecretModel } from './model.js';
import { checkKeyPair, secretText } from './resources.js';
import { obj } from './shape.js';

const PEM_CERTS_RE = /^(-----BEGIN CERTIFICATE-----\r?\n[A-Za-z0-9+/=\r\n]+-----END CERTIFICATE-----\s*)+$/;

/** Is `pem` one or more readable PEM certificates (a CA bundle)? Returns why not. */
export function checkCaBundle(pem: string): string | undefined {
  if (!PEM_CERTS_RE.test(pem)) return 'ca.crt is not PEM certificates';
  for (const block of pem.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) ?? []) {
    try {
      new X509Certificate(block);
    } catch {
      return 'ca.crt holds a certificate that is not readable X.509';
    }
  }
  return undefined;
}

/**
 * A Secret as proxy-ssl-secret reads it: any type (ingress-nginx accepts Opaque and
 * kubernetes.io/tls alike), ca.crt and/or tls.crt + tls.key. Nothing is reported here: a Secret
 * no annotation names may hold anything; lowering reports `problems` at the annotation naming it.
 * Undefined: not such a Secret (neither key, or a name the API server refuses).
 */
export function readBackendSecret(m: Manifest): BackendSecretModel | undefined {
  const meta = obj(m.obj.metadata);
  const name = String(meta.name ?? '');
  const namespace = meta.namespace === undefined ? 'default' : String(meta.namespace);
  if (!isDns1123Subdomain(name) || !isDns1123Label(namespace)) return undefined;
  const ca = secretText(m, 'ca.crt');
  const crt = secretText(m, 'tls.crt');
  const key = secretText(m, 'tls.key');
  if (ca === undefined && crt === undefined) return undefined;
  const out: BackendSecretModel = { namespace, name, problems: [], ref: locate(m.loc, ['metadata', 'name']) };
  if (ca !== undefined) {
    const why = checkCaBundle(ca);
    if (why) out.problems.push(why);
    else out.caPem = ca.replace(/\r\n/g, '\n').trimEnd() + '\n';
  }
  if (crt !== undefined) {
    if (key === undefined) out.problems.push('tls.crt without tls.key');
    else {
      const pair = checkKeyPair(crt, key, (k, detail) => out.problems.push(`${k} ${detail}`));
      if (pair) {
        out.certPem = pair.certPem;
        out.keyPem = pair.keyPem;
      }
    }
  }
  return out;
}
