import { X509Certificate, createPrivateKey } from 'node:crypto';
import { locate } from '../parse/locate.js';
import { isIP } from '../util/is-ip.js';
import { isDns1123Label, isDns1123Subdomain, isIanaSvcName } from '../util/k8s-names.js';
import { checkSchema } from './schema.js';
import { arr, obj } from './shape.js';
import { decodeSecretText } from './secret-data.js';
function identity(m, diags) {
    const meta = obj(m.obj.metadata);
    const name = String(meta.name ?? '');
    const namespace = meta.namespace === undefined ? 'default' : String(meta.namespace);
    let ok = true;
    if (!isDns1123Subdomain(name)) {
        diags.report('IC2010', locate(m.loc, ['metadata', 'name']), { field: 'metadata.name', value: name }, { field: 'metadata.name' });
        ok = false;
    }
    if (!isDns1123Label(namespace)) {
        diags.report('IC2011', locate(m.loc, ['metadata', 'namespace']), { field: 'metadata.namespace', value: namespace }, { field: 'metadata.namespace' });
        ok = false;
    }
    return ok ? { name, namespace } : undefined;
}
export function readService(m, diags) {
    if (!checkSchema(m, 'service', diags))
        return undefined;
    const id = identity(m, diags);
    if (!id)
        return undefined;
    const ports = [];
    let ok = true;
    arr(obj(m.obj.spec).ports).forEach((p, i) => {
        const port = obj(p);
        const name = port.name === undefined ? '' : String(port.name);
        if (name !== '' && !isIanaSvcName(name)) {
            diags.report('IC2071', locate(m.loc, ['spec', 'ports', i, 'name']), { name: id.name, detail: `port name "${name}" is not an IANA service name` });
            ok = false;
        }
        ports.push({ name, port: Number(port.port) });
    });
    const spec = obj(m.obj.spec);
    let externalName;
    if (spec.type === 'ExternalName') {
        // The API server's rule: a lowercase DNS-1123 subdomain, a trailing dot allowed.
        const raw = typeof spec.externalName === 'string' ? spec.externalName : '';
        externalName = raw.endsWith('.') ? raw.slice(0, -1) : raw;
        if (!isDns1123Subdomain(externalName)) {
            diags.report('IC2071', locate(m.loc, ['spec', spec.externalName === undefined ? 'type' : 'externalName']), { name: id.name, detail: `type ExternalName needs spec.externalName, a DNS name like "db.example.com"${raw ? `, not ${JSON.stringify(raw)}` : ''}` });
            ok = false;
        }
    }
    const clusterIP = typeof spec.clusterIP === 'string' && spec.clusterIP !== '' ? spec.clusterIP : undefined;
    return ok ? { ...id, ports, ...(externalName !== undefined ? { externalName } : {}), ...(clusterIP !== undefined ? { clusterIP } : {}), ref: locate(m.loc, ['metadata', 'name']) } : undefined;
}
const PEM_CERT_RE = /^(-----BEGIN CERTIFICATE-----\r?\n[A-Za-z0-9+/=\r\n]+-----END CERTIFICATE-----\s*)+$/;
const PEM_KEY_RE = /^-----BEGIN ((RSA|EC|ENCRYPTED) )?PRIVATE KEY-----\r?\n[A-Za-z0-9+/=\r\n:,-]+-----END ((RSA|EC|ENCRYPTED) )?PRIVATE KEY-----\s*$/;
/** kubernetes.io/tls Secrets only; the key material is never echoed in a diagnostic. */
/**
 * A Secret's value for `key` as text: stringData wins over data (base64 as the API server decodes it:
 * secret-data.ts); a data value that is not base64 reads as a NUL-led marker no PEM parser accepts.
 */
export function secretText(m, key) {
    const s = obj(m.obj.stringData)[key];
    if (typeof s === 'string')
        return s;
    const d = obj(m.obj.data)[key];
    if (typeof d !== 'string')
        return undefined;
    return decodeSecretText(d) ?? '\u0000invalid-base64';
}
export function readSecret(m, diags) {
    if (!checkSchema(m, 'secret', diags))
        return undefined;
    if (m.obj.type !== 'kubernetes.io/tls')
        return undefined;
    const id = identity(m, diags);
    if (!id)
        return undefined;
    const certPem = secretText(m, 'tls.crt');
    const keyPem = secretText(m, 'tls.key');
    const bad = (key, detail, refusedByProxies = false) => {
        const where = obj(m.obj.stringData)[key] !== undefined ? 'stringData' : 'data';
        const at = locate(m.loc, [where, key], { key: true });
        if (refusedByProxies)
            diags.report('IC2091', at, { name: `${id.namespace}/${id.name}`, detail });
        else
            diags.report('IC2070', at, { name: `${id.namespace}/${id.name}`, detail: `${key} ${detail}` });
    };
    if (certPem === undefined) {
        diags.report('IC2070', locate(m.loc, ['data']), { name: `${id.namespace}/${id.name}`, detail: 'kubernetes.io/tls Secret needs data["tls.crt"] and data["tls.key"]' });
        return undefined;
    }
    if (keyPem === undefined) {
        diags.report('IC2070', locate(m.loc, ['data']), { name: `${id.namespace}/${id.name}`, detail: 'kubernetes.io/tls Secret needs data["tls.key"]' });
        return undefined;
    }
    const pair = checkKeyPair(certPem, keyPem, bad, 'base64 of ');
    return pair ? { ...id, ...pair, ref: locate(m.loc, ['metadata', 'name']) } : undefined;
}
/**
 * The checks of a TLS Secret's PEM material, shared with --certs files: PEM armour, then parsed for
 * real with Node's crypto, because a proxy refuses a corrupt key, or a key that does not match the
 * certificate, only when it starts, in production. `bad` reports against tls.crt or tls.key;
 * `encoded` says how the PEM was stored ("base64 of " in a Secret's data).
 */
export function checkKeyPair(certPem, keyPem, bad, encoded = '') {
    let ok = true;
    if (!PEM_CERT_RE.test(certPem)) {
        bad('tls.crt', `is not ${encoded}PEM certificates`);
        ok = false;
    }
    if (!PEM_KEY_RE.test(keyPem)) {
        bad('tls.key', `is not ${encoded}one PEM private key`);
        ok = false;
    }
    if (!ok)
        return undefined;
    // The same pair is often in many Secrets (a wildcard certificate copied to every namespace):
    // parsing it is most of a TLS Secret's validation, so the findings are kept and replayed.
    const cacheKey = `${certPem}\0${keyPem}`;
    let findings = PAIR_FINDINGS.get(cacheKey);
    if (!findings) {
        findings = [];
        const found = findings;
        cryptoChecks(certPem, keyPem, (...a) => void found.push(a));
        if (PAIR_FINDINGS.size >= PAIR_CACHE_SIZE)
            PAIR_FINDINGS.clear();
        PAIR_FINDINGS.set(cacheKey, findings);
    }
    for (const f of findings)
        bad(...f);
    if (findings.length)
        return undefined;
    const norm = (s) => s.replace(/\r\n/g, '\n').trimEnd() + '\n';
    return { certPem: norm(certPem), keyPem: norm(keyPem) };
}
const PAIR_FINDINGS = new Map();
/** Distinct pairs remembered (a process compiling many inputs must not grow without bound). */
const PAIR_CACHE_SIZE = 1000;
/** Node's crypto on a pair whose PEM armour is right: what a proxy would refuse when it starts. */
function cryptoChecks(certPem, keyPem, bad) {
    try {
        const cert = new X509Certificate(certPem);
        let key;
        if (/^-----BEGIN ENCRYPTED PRIVATE KEY-----|^Proc-Type: *4, *ENCRYPTED/m.test(keyPem)) {
            bad('tls.key', 'is encrypted (a key that needs a passphrase)', true);
            return;
        }
        try {
            key = createPrivateKey(keyPem);
        }
        catch {
            bad('tls.key', 'is not a readable private key');
            return;
        }
        const weakness = keyRefusedByProxies(key);
        if (weakness) {
            bad('tls.key', weakness, true);
            return;
        }
        if (!cert.checkPrivateKey(key))
            bad('tls.key', 'does not belong to the certificate');
    }
    catch {
        bad('tls.crt', 'is not a readable X.509 certificate');
    }
}
/** Curves every target loads (node:crypto names; Envoy's BoringSSL refuses secp256k1 and others). */
const PROXY_CURVES = new Set(['prime256v1', 'secp384r1', 'secp521r1']);
/**
 * Why nginx, HAProxy or Envoy would refuse to load this key, or undefined. Measured with the real
 * binaries (nginx 1.22 and HAProxy 2.6 on OpenSSL 3 at security level 2, Envoy 1.40 on
 * BoringSSL): RSA below 2048 bits fails all three; secp256k1, Ed448, RSA-PSS and DSA keys fail Envoy.
 */
export function keyRefusedByProxies(key) {
    const type = key.asymmetricKeyType;
    const d = key.asymmetricKeyDetails ?? {};
    if (type === 'rsa')
        return (d.modulusLength ?? 0) < 2048 ? `is an RSA key of ${d.modulusLength} bits` : undefined;
    if (type === 'ec')
        return PROXY_CURVES.has(d.namedCurve ?? '') ? undefined : `is an ECDSA key on the curve ${d.namedCurve ?? '(unnamed)'}`;
    if (type === 'ed25519')
        return undefined;
    return `is a${type === 'rsa-pss' ? 'n RSA-PSS' : type === 'ed448' ? 'n Ed448' : ` ${(type ?? 'unknown').toUpperCase()}`} key`;
}
export function readEndpointSlice(m, diags) {
    if (!checkSchema(m, 'endpointslice', diags))
        return undefined;
    const id = identity(m, diags);
    if (!id)
        return undefined;
    const labels = obj(obj(m.obj.metadata).labels);
    const service = labels['kubernetes.io/service-name'];
    const name = `${id.namespace}/${id.name}`;
    if (typeof service !== 'string' || !isDns1123Label(service)) {
        diags.report('IC2072', locate(m.loc, ['metadata', 'labels']), { name, detail: 'needs the label kubernetes.io/service-name naming its Service' });
        return undefined;
    }
    const addressType = String(m.obj.addressType);
    if (addressType !== 'IPv4' && addressType !== 'IPv6') {
        diags.report('IC2072', locate(m.loc, ['addressType']), { name, detail: `addressType ${JSON.stringify(addressType)} is not supported (IPv4 or IPv6)` });
        return undefined;
    }
    const addresses = [];
    let ok = true;
    arr(m.obj.endpoints).forEach((e, i) => {
        const ep = obj(e);
        if (obj(ep.conditions).ready === false)
            return; // only ready endpoints serve
        arr(ep.addresses).forEach((a, j) => {
            const s = String(a);
            if (isIP(s) !== (addressType === 'IPv4' ? 4 : 6)) {
                diags.report('IC2072', locate(m.loc, ['endpoints', i, 'addresses', j]), { name, detail: `address ${JSON.stringify(s)} is not an ${addressType} address` });
                ok = false;
            }
            else
                addresses.push(s);
        });
    });
    const ports = [];
    arr(m.obj.ports).forEach((p, i) => {
        const port = obj(p);
        const n = Number(port.port);
        if (!Number.isInteger(n) || n < 1 || n > 65535) {
            diags.report('IC2072', locate(m.loc, ['ports', i, 'port']), { name, detail: 'port must be between 1 and 65535' });
            ok = false;
            return;
        }
        ports.push({ name: typeof port.name === 'string' ? port.name : '', port: n });
    });
    return ok ? { namespace: id.namespace, service, addresses, ports, ref: locate(m.loc, ['metadata', 'name']) } : undefined;
}
const CONTROLLER_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]+$/;
export function readIngressClass(m, diags) {
    if (!checkSchema(m, 'ingressclass', diags))
        return undefined;
    const meta = obj(m.obj.metadata);
    const name = String(meta.name ?? '');
    let ok = true;
    if (!isDns1123Subdomain(name)) {
        diags.report('IC2010', locate(m.loc, ['metadata', 'name']), { field: 'metadata.name', value: name });
        ok = false;
    }
    const spec = obj(m.obj.spec);
    const controller = String(spec.controller ?? '');
    if (controller.length > 250 || !CONTROLLER_RE.test(controller)) {
        diags.report('IC2062', locate(m.loc, ['spec', 'controller']), { field: 'spec.controller', detail: 'must be a domain-prefixed path of at most 250 characters, like "k8s.io/ingress-nginx"' });
        ok = false;
    }
    if (spec.parameters !== undefined) {
        const p = obj(spec.parameters);
        const scope = p.scope === undefined ? 'Cluster' : String(p.scope);
        if (scope !== 'Cluster' && scope !== 'Namespace') {
            diags.report('IC2062', locate(m.loc, ['spec', 'parameters', 'scope']), { field: 'spec.parameters.scope', detail: 'must be "Cluster" or "Namespace"' });
            ok = false;
        }
        else if (scope === 'Namespace' && (typeof p.namespace !== 'string' || !isDns1123Label(p.namespace))) {
            diags.report('IC2062', locate(m.loc, ['spec', 'parameters']), { field: 'spec.parameters.namespace', detail: 'is required (a DNS-1123 label) when scope is "Namespace"' });
            ok = false;
        }
        else if (scope === 'Cluster' && p.namespace !== undefined) {
            diags.report('IC2062', locate(m.loc, ['spec', 'parameters', 'namespace']), { field: 'spec.parameters.namespace', detail: 'must not be set when scope is "Cluster"' });
            ok = false;
        }
    }
    const isDefault = obj(meta.annotations)['ingressclass.kubernetes.io/is-default-class'] === 'true';
    return ok ? { name, controller, isDefault, ref: locate(m.loc, ['metadata', 'name']) } : undefined;
}
