import { X509Certificate } from 'node:crypto';
import { parseRule, type RuleNode } from './rule-parser.js';
import { caConstraints } from '../../src/emit/traefik/ca-constraints.js';

/**
 * Which TLS options (tls.options.<name>) a TLS handshake on an entry point gets, and when Traefik
 * answers 421 because the request's Host header names a host of other options, without a Traefik
 * binary. Read from Traefik's source (v3.6.3, the README's minimum: pkg/server/router/tcp/manager.go
 * buildEntryPointHandler, router.go, pkg/middlewares/snicheck; v3.7: pkg/server/aggregator.go
 * resolveHTTPTLSOptions and the per-router snicheck):
 *  - the options are chosen by the SNI alone, from the ClientHello (trimmed, lowercased): every
 *    HTTPS router on the entry point contributes the domains of its rule's Host() matchers
 *    (rules.Tree.ParseMatchers: every Host value, lowercased, also under `!` or `||`; HostRegexp
 *    contributes none), each bound to the router's `tls.options` (absent or "default": the default
 *    options; another name is qualified by the router's provider, "name@file");
 *  - one domain named by routers with different options: the default options for that domain
 *    (v3.6, logged); v3.7 resets every conflicting router to the default options as a whole (on that
 *    entry point), which also unbinds its other domains from the option;
 *  - a router without a Host domain cannot bind options: it gets a "Host(*)" entry with the default
 *    options (v3.7 also resets its own options to the default: a conflict);
 *  - the SNI is matched exactly against the bound domains (HostSNI("d"), a trailing dot of `d`
 *    ignored; no wildcard before v3.7, and ingressc writes none); an empty SNI or no bound domain:
 *    the default options;
 *  - a bound domain whose options do not exist (or cannot be built) closes the connection;
 *  - tls.options.default replaces Traefik's own default options (minVersion VersionTLS12, Go's
 *    tls.CipherSuites()); a TLSOption read by the file provider gets SetDefaults first (ALPN and the
 *    cipher suites of the defaults; paerser's setMap fills each map value through setPtr, which calls
 *    SetDefaults), then its own fields;
 *  - 421 Misdirected Request (snicheck), v3.6: before routing, when the Host header (canonical,
 *    port removed) differs from the SNI and the options bound to the Host differ from those bound to
 *    the SNI; v3.7: in the matched router, when the handshake's options differ from the router's
 *    resolved ones. Outputs where every router of a domain names the same options (as ingressc
 *    writes them) get the same answers from both.
 */
export interface OptionsRouter {
  entryPoints?: string[];
  rule: string;
  tls?: { options?: string };
}

export interface TlsOption {
  minVersion?: string;
  maxVersion?: string;
  cipherSuites?: string[];
  clientAuth?: { caFiles?: string[]; clientAuthType?: string };
  sniStrict?: boolean;
  alpnProtocols?: string[];
}

export type TraefikVersion = '3.6' | '3.7';

export const DEFAULT_OPTIONS = 'default';

/**
 * Go's tls.CipherSuites() (Go 1.24, which builds Traefik v3.6): the cipher suites of Traefik's own
 * default options. It includes the RSA key exchange suites, which Go leaves out only when a
 * configuration lists no suites.
 */
export const GO_CIPHER_SUITES: readonly string[] = [
  'TLS_AES_128_GCM_SHA256',
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_RSA_WITH_AES_128_CBC_SHA',
  'TLS_RSA_WITH_AES_256_CBC_SHA',
  'TLS_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
];

/** Names Traefik's pkg/tls/cipher.go accepts in cipherSuites; another one fails the option (its domains' connections are closed). */
const TRAEFIK_SUITE_NAMES = new Set([
  ...GO_CIPHER_SUITES,
  'TLS_RSA_WITH_RC4_128_SHA',
  'TLS_RSA_WITH_3DES_EDE_CBC_SHA',
  'TLS_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_ECDSA_WITH_RC4_128_SHA',
  'TLS_ECDHE_RSA_WITH_RC4_128_SHA',
  'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_FALLBACK_SCSV',
]);

const CLIENT_AUTH_TYPES = new Set(['NoClientCert', 'RequestClientCert', 'RequireAnyClientCert', 'VerifyClientCertIfGiven', 'RequireAndVerifyClientCert']);

/** The Host() values of a rule, lowercased (ParseMatchers(["Host"])): negation and `||` included. */
export function hostDomains(rule: string | RuleNode): string[] {
  const n = typeof rule === 'string' ? parseRule(rule) : rule;
  if (n.kind === 'matcher') return n.name === 'Host' ? n.args.map((a) => a.toLowerCase()) : [];
  if (n.kind === 'not') return hostDomains(n.operand);
  return [...hostDomains(n.left), ...hostDomains(n.right)];
}

/** A router's options name as Traefik qualifies it (the file provider's routers: "name@file"). */
export const qualified = (name: string | undefined): string => (!name || name === DEFAULT_OPTIONS ? DEFAULT_OPTIONS : name.includes('@') ? name : `${name}@file`);

/** Why Traefik cannot build this option (buildTLSConfig), or undefined. */
export function optionError(o: TlsOption): string | undefined {
  const bad = o.cipherSuites?.find((s) => !TRAEFIK_SUITE_NAMES.has(s));
  if (bad !== undefined) return `invalid CipherSuite: ${bad}`;
  const t = o.clientAuth?.clientAuthType;
  if (t !== undefined && !CLIENT_AUTH_TYPES.has(t)) return `unknown client auth type ${JSON.stringify(t)}`;
  if ((t === 'VerifyClientCertIfGiven' || t === 'RequireAndVerifyClientCert') && !o.clientAuth?.caFiles?.length) return `invalid clientAuthType: ${t}, CAFiles is required`;
  return undefined;
}

export interface OptionsChoice {
  version: TraefikVersion;
  /** Domain → qualified options name bound to it (the options used for that SNI). */
  bySni: Map<string, string>;
  /** v3.7: router → resolved options. */
  resolved: Map<string, string>;
  /** What Traefik logs (conflicts, options on a router without a domain). */
  log: string[];
  /** The defined options by qualified name, as Traefik builds them (defaults filled in). */
  options: Map<string, TlsOption>;
}

/** The effective option Traefik uses for a name; undefined when it does not exist or cannot be built. */
export function optionsNamed(choice: OptionsChoice, name: string): TlsOption | undefined {
  const o = choice.options.get(name);
  return o && optionError(o) === undefined ? o : undefined;
}

export function chooseTlsOptions(routers: Record<string, OptionsRouter>, tlsOptions: Record<string, TlsOption> | undefined, entryPoint = 'websecure', version: TraefikVersion = '3.6'): OptionsChoice {
  const options = new Map<string, TlsOption>();
  // A file-provider option gets SetDefaults (ALPN, cipher suites) before its own fields.
  for (const [k, o] of Object.entries(tlsOptions ?? {})) options.set(qualified(k), { alpnProtocols: ['h2', 'http/1.1', 'acme-tls/1'], cipherSuites: [...GO_CIPHER_SUITES], ...o });
  if (!options.has(DEFAULT_OPTIONS)) options.set(DEFAULT_OPTIONS, { alpnProtocols: ['h2', 'http/1.1', 'acme-tls/1'], minVersion: 'VersionTLS12', cipherSuites: [...GO_CIPHER_SUITES] });
  const log: string[] = [];
  const https = Object.entries(routers)
    .filter(([, r]) => r.tls !== undefined && (!r.entryPoints?.length || r.entryPoints.includes(entryPoint)))
    .map(([name, r]) => ({ name, option: qualified(r.tls?.options), domains: hostDomains(r.rule) }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const resolved = new Map(https.map((r) => [r.name, r.option]));
  const byDomain = new Map<string, Set<string>>();
  for (const r of https) {
    if (r.domains.length === 0 && r.option !== DEFAULT_OPTIONS) {
      log.push(`router ${r.name}: no domain found in rule, the TLS option ${r.option} cannot be applied`);
      if (version === '3.7') resolved.set(r.name, DEFAULT_OPTIONS);
    }
    for (const d of r.domains) byDomain.set(d, (byDomain.get(d) ?? new Set()).add(r.option));
  }
  const bySni = new Map<string, string>();
  const conflicted = new Set<string>();
  for (const [d, names] of byDomain) {
    if (names.size === 1) continue;
    log.push(`host ${d} is served by routers with different TLS options (${[...names].sort().join(', ')}): the default options are used`);
    for (const r of https) if (r.domains.includes(d)) conflicted.add(r.name);
  }
  if (version === '3.6') {
    for (const [d, names] of byDomain) bySni.set(d, names.size === 1 ? [...names][0]! : DEFAULT_OPTIONS);
  } else {
    for (const n of conflicted) resolved.set(n, DEFAULT_OPTIONS);
    // AddHTTPTLSConfig per router and domain, in map order: two resolved options on one domain have no defined winner.
    const after = new Map<string, Set<string>>();
    for (const r of https) for (const d of r.domains) after.set(d, (after.get(d) ?? new Set()).add(resolved.get(r.name)!));
    for (const [d, names] of after) {
      if (names.size > 1) throw new Error(`traefik v3.7: domain ${d} is bound to ${[...names].sort().join(' and ')} in an undefined order`);
      bySni.set(d, [...names][0]!);
    }
  }
  return { version, bySni, resolved, log, options };
}

/** The options name a handshake with this SNI gets (HostSNI exact match, trailing dot of the domain ignored). */
export function handshakeOptionsName(choice: OptionsChoice, sni: string | undefined): string {
  const s = (sni ?? '').trim().toLowerCase();
  if (s === '') return DEFAULT_OPTIONS;
  for (const [d, name] of choice.bySni) if (d.replace(/\.$/, '') === s) return name;
  return DEFAULT_OPTIONS;
}

/** The option a handshake gets; 'closed' when Traefik closes the connection (the bound options do not exist or cannot be built). */
export function handshakeOptions(choice: OptionsChoice, sni: string | undefined): { name: string; option: TlsOption } | 'closed' {
  const name = handshakeOptionsName(choice, sni);
  const option = optionsNamed(choice, name);
  return option ? { name, option } : 'closed';
}

/** v3.6's snicheck lookup of a name: exact, lowercased, then with or without a final dot (Host header side only). */
function optionsForName(choice: OptionsChoice, host: string, fqdn: boolean): string {
  for (const h of [host, host.toLowerCase()]) {
    if (choice.bySni.has(h)) return choice.bySni.get(h)!;
    if (!fqdn) continue;
    const alt = h.endsWith('.') ? h.slice(0, -1) : `${h}.`;
    if (choice.bySni.has(alt)) return choice.bySni.get(alt)!;
  }
  return DEFAULT_OPTIONS;
}

/**
 * Is this HTTPS request answered 421? `host`: the canonical Host (lowercased, port removed);
 * `router`: the router that matched (v3.7 only).
 */
export function misdirected(choice: OptionsChoice, req: { sni: string | undefined; host: string; router?: string }): boolean {
  const used = handshakeOptionsName(choice, req.sni);
  if (choice.version === '3.7') return req.router !== undefined && (choice.resolved.get(req.router) ?? DEFAULT_OPTIONS) !== used;
  const sni = (req.sni ?? '').trim();
  if (req.host.toLowerCase() === sni.toLowerCase()) return false;
  return optionsForName(choice, req.host, true) !== optionsForName(choice, sni, false);
}

/**
 * The TLS 1.2 suites a handshake may agree on when the client offers `offered` (IANA names): the
 * option's list (in its order) intersected with the offer; empty: the handshake fails. Go picks among them by its
 * own order, not the list's. TLS 1.3 suites are not configurable (Go's three are always offered).
 * Not modelled: the certificate's key type (an ECDHE_ECDSA suite needs an ECDSA certificate, an
 * ECDHE_RSA one an RSA certificate), which narrows the list further in a real handshake.
 */
export function tls12Suites(option: TlsOption, offered: readonly string[]): string[] {
  if (option.maxVersion !== undefined && option.maxVersion !== 'VersionTLS12' && option.maxVersion !== 'VersionTLS13') return [];
  if (option.minVersion === 'VersionTLS13') return [];
  const list = option.cipherSuites ?? GO_CIPHER_SUITES;
  return list.filter((s) => offered.includes(s) && !s.startsWith('TLS_AES_') && !s.startsWith('TLS_CHACHA20_'));
}

/** PEM blocks of a bundle. */
const pemBlocks = (pem: string): string[] => pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];

const CLIENT_AUTH_EKU = '1.3.6.1.5.5.7.3.2';
const ANY_EKU = '2.5.29.37.0';

/**
 * The client-certificate part of a handshake under `option` (Go's crypto/tls with Traefik's
 * clientAuth: caFiles read from `files` by path; caFiles without clientAuthType mean
 * RequireAndVerifyClientCert). `client`: the certificate the client sends (PEM) and the
 * intermediates it sends after it; absent: none. True when the handshake completes. Verification
 * (x509.Verify with ExtKeyUsageClientAuth): a chain from the leaf through the client's intermediates
 * to a certificate of the CA files, each link issued and signed by the next, every certificate
 * within its validity, every CA's pathLenConstraint respected, and the leaf's extended key usage
 * (when it has one) allowing client authentication. Go has no verification depth.
 */
export function clientCertificateAccepted(option: TlsOption, files: ReadonlyMap<string, string>, client?: { cert: string; intermediates?: string }, now = new Date()): boolean {
  const caFiles = option.clientAuth?.caFiles ?? [];
  const type = option.clientAuth?.clientAuthType ?? (caFiles.length ? 'RequireAndVerifyClientCert' : 'NoClientCert');
  if (type === 'NoClientCert' || type === 'RequestClientCert') return true;
  if (!client) return type === 'VerifyClientCertIfGiven';
  if (type === 'RequireAnyClientCert') return true;
  const roots = caFiles.flatMap((f) => {
    const pem = files.get(f);
    if (pem === undefined) throw new Error(`caFiles: ${f} is not in the output`);
    return pemBlocks(pem).map((p) => new X509Certificate(p));
  });
  const leaf = new X509Certificate(client.cert);
  const pool = pemBlocks(client.intermediates ?? '').map((p) => new X509Certificate(p));
  const valid = (c: X509Certificate): boolean => new Date(c.validFrom) <= now && now <= new Date(c.validTo);
  const eku = leaf.keyUsage;
  if (eku && eku.length && !eku.includes(CLIENT_AUTH_EKU) && !eku.includes(ANY_EKU)) return false;
  if (!valid(leaf)) return false;
  /** Can `c` chain to a root, with `below` intermediates already between it and the leaf? */
  const chains = (c: X509Certificate, below: number, seen: Set<X509Certificate>): boolean => {
    const signs = (issuer: X509Certificate): boolean => c.checkIssued(issuer) && c.verify(issuer.publicKey) && valid(issuer) && issuer.ca && (pathLen(issuer) === undefined || pathLen(issuer)! >= below);
    if (roots.some(signs)) return true;
    return pool.some((i) => !seen.has(i) && signs(i) && chains(i, below + 1, new Set([...seen, i])));
  };
  return chains(leaf, 0, new Set());
}

/** basicConstraints pathlen of a CA certificate (src/emit/traefik/ca-constraints.ts reads the DER). */
const pathLen = (c: X509Certificate): number | undefined => caConstraints(c.toString()).pathLen;
