import { makeCert } from '../harness/certs.js';

/**
 * A kubernetes.io/tls Secret with a real self-signed certificate and key (openssl, cached), since
 * ingressc parses the material and refuses a corrupt key or a key that does not match.
 */
export function tlsSecretYaml(name: string, opts: { namespace?: string; hosts?: string[] } = {}): string {
  const { cert, key } = makeCert(opts.hosts ?? [`${name}.example.test`]);
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: ${opts.namespace ?? 'default'}\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${b64(cert)}\n  tls.key: ${b64(key)}\n`;
}
