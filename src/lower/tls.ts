import { createHash } from 'node:crypto';
import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceRef } from '../diagnostics/types.js';
import { certFile, keyFile, type Certificate } from '../ir/types.js';
import type { IngressModel, Inventory, SecretModel } from '../validate/model.js';
import { compareStrings } from '../util/compare.js';

/** File names must stay under 255 bytes: "<ns>-<secret>" (up to 317 characters) is shortened with a hash past 200. */
const MAX_ID = 200;
export function certId(namespace: string, secretName: string): string {
  const id = `${namespace}-${secretName}`;
  if (id.length <= MAX_ID) return id;
  return `${id.slice(0, MAX_ID - 17)}-${createHash('sha256').update(id).digest('hex').slice(0, 16)}`;
}

export interface TlsHost {
  certificate?: string;
  sslRedirect: boolean;
  origin: SourceRef;
  secret?: string;
}

/**
 * Pairs TLS hosts with certificates. Ingresses arrive in precedence order, so for a host listed
 * twice the oldest Ingress's Secret wins (as in ingress-nginx). A Secret comes from the inputs,
 * else from the --certs files of its certificate id.
 */
export function collectTls(ingresses: IngressModel[], inv: Pick<Inventory, 'secrets' | 'rejectedSecrets' | 'certFiles'>, globalRedirect: boolean, diags: Diagnostics) {
  const { secrets } = inv;
  const hosts = new Map<string, TlsHost>();
  const certs = new Map<string, Certificate>();
  const idOwner = new Map<string, string>();
  // The first Secret of a name, as a search in input order finds it.
  const secretByName = new Map<string, SecretModel>();
  for (const s of secrets) if (!secretByName.has(`${s.namespace}/${s.name}`)) secretByName.set(`${s.namespace}/${s.name}`, s);
  for (const ing of ingresses) {
    for (const t of ing.tls) {
      let id: string | undefined;
      if (t.secretName) {
        const key = `${ing.namespace}/${t.secretName}`;
        id = certId(ing.namespace, t.secretName);
        // "a-b"/"c" and "a"/"b-c" both give "a-b-c": keep ids unique.
        for (let n = 2; idOwner.has(id) && idOwner.get(id) !== key; n++) id = `${certId(ing.namespace, t.secretName)}-${n}`;
        idOwner.set(id, key);
        if (!certs.has(id)) {
          const secret = secretByName.get(key) ?? inv.certFiles?.get(id);
          certs.set(id, {
            id,
            namespace: ing.namespace,
            secretName: t.secretName,
            ...(secret ? { certPem: secret.certPem, keyPem: secret.keyPem } : {}),
            hosts: [],
            origin: t.ref,
          });
          if (!secret && !inv.rejectedSecrets?.has(key)) diags.report('IC3003', t.ref, { secret: key, files: `${certFile(id)} and ${keyFile(id)}`, id });
        }
      }
      for (const h of t.hosts) {
        const host = h.host.toLowerCase();
        const prev = hosts.get(host);
        if (prev) {
          if (prev.certificate !== id) diags.report('IC3012', h.ref, { host, other: prev.secret ?? '(default certificate)', secret: t.secretName ? `${ing.namespace}/${t.secretName}` : '(default certificate)' });
          continue;
        }
        hosts.set(host, {
          ...(id ? { certificate: id } : {}),
          ...(t.secretName ? { secret: `${ing.namespace}/${t.secretName}` } : {}),
          sslRedirect: globalRedirect && ing.sslRedirect,
          origin: h.ref,
        });
        if (id) certs.get(id)!.hosts.push(host);
      }
    }
  }
  const certificates = [...certs.values()].sort((a, b) => compareStrings(a.id, b.id));
  for (const c of certificates) c.hosts.sort();
  return { hosts, certificates };
}
