import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { repoRoot } from '../harness/proxies.js';

/**
 * SchemaStore's Traefik v3 file-provider schema (third_party/schemas/traefik), made strict for tests: wherever an
 * object lists `properties` but says nothing about others (`http`, servers[] items,
 * tls.certificates[] items, router `tls`, …) it gets `additionalProperties: false`, so a typo
 * like `http.routerz` or `servers: [{uri}]` fails instead of passing. Built in memory from the
 * vendored file, which stays byte-identical to upstream.
 */
export const upstreamSchemaPath = (): string => join(repoRoot(), 'third_party', 'schemas', 'traefik', 'traefik-v3-file-provider.json');

export function loadUpstreamSchema(): Record<string, unknown> {
  return withTraefikAdditions(withCookieOptions(JSON.parse(readFileSync(upstreamSchemaPath(), 'utf8')) as Record<string, unknown>));
}

/**
 * Options of Traefik v3.6 that the vendored SchemaStore schema (its newest copy, 2026-08-07) does not
 * list, added to the in-memory copy, typed as Traefik's dynamic-configuration reference documents
 * them (third_party/schemas/traefik/SOURCES.md says which and from where):
 *  - errors.statusRewrites: a map from a status or range ("418", "502-504") to the status sent
 *    instead (doc.traefik.io/traefik/reference/routing-configuration/http/middlewares/errorpages/;
 *    pkg/config/dynamic/middlewares.go ErrorPage.StatusRewrites map[string]int);
 *  - http.serversTransports: name → serverName, insecureSkipVerify, rootCAs (files or PEM),
 *    certificates ({certFile, keyFile}), maxIdleConnsPerHost, forwardingTimeouts, disableHTTP2,
 *    peerCertURI, spiffe (doc.traefik.io/traefik/reference/routing-configuration/http/load-balancing/serverstransport/;
 *    pkg/config/dynamic/http_config.go ServersTransport). (loadBalancer.serversTransport is listed already.)
 */
function withTraefikAdditions(schema: Record<string, unknown>): Record<string, unknown> {
  const defs = schema.definitions as Record<string, { properties?: Record<string, unknown> }>;
  const errors = defs.errorsMiddleware?.properties;
  if (errors && !('statusRewrites' in errors)) errors.statusRewrites = { type: 'object', propertyNames: { pattern: '^[0-9]{3}(-[0-9]{3})?$' }, additionalProperties: { type: 'integer', minimum: 100, maximum: 599 } };
  const http = (schema.properties as Record<string, { properties?: Record<string, unknown> }> | undefined)?.http?.properties;
  const duration = { oneOf: [{ type: 'string' }, { type: 'number' }] };
  if (http && !('serversTransports' in http))
    http.serversTransports = {
      type: 'object',
      additionalProperties: {
        type: 'object',
        properties: {
          serverName: { type: 'string' },
          insecureSkipVerify: { type: 'boolean' },
          rootCAs: { type: 'array', items: { type: 'string' } },
          certificates: { type: 'array', items: { type: 'object', properties: { certFile: { type: 'string' }, keyFile: { type: 'string' } }, required: ['certFile', 'keyFile'], additionalProperties: false } },
          maxIdleConnsPerHost: { type: 'integer' },
          forwardingTimeouts: { type: 'object', properties: { dialTimeout: duration, responseHeaderTimeout: duration, idleConnTimeout: duration, readIdleTimeout: duration, pingTimeout: duration }, additionalProperties: false },
          disableHTTP2: { type: 'boolean' },
          peerCertURI: { type: 'string' },
          spiffe: { type: 'object', properties: { ids: { type: 'array', items: { type: 'string' } }, trustDomain: { type: 'string' } }, additionalProperties: false },
        },
        additionalProperties: false,
      },
    };
  return schema;
}

/**
 * The vendored schema's loadBalancer.sticky.cookie lists name, secure, httpOnly and sameSite only;
 * Traefik v3's file provider also reads maxAge, path and domain (pkg/config/dynamic/http_config.go
 * type Cookie: `yaml:"maxAge"`, `yaml:"path"`, `yaml:"domain"`, with no file:"-" tag, unlike
 * Expires). Those three are added here, typed, to the in-memory copy; the file stays upstream's.
 */
function withCookieOptions(schema: Record<string, unknown>): Record<string, unknown> {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const sticky = (o.properties as Record<string, { properties?: Record<string, { properties?: Record<string, unknown> }> }> | undefined)?.sticky;
    const cookie = sticky?.properties?.cookie?.properties;
    if (cookie && 'httpOnly' in cookie && !('path' in cookie)) Object.assign(cookie, { maxAge: { type: 'integer' }, path: { type: 'string' }, domain: { type: 'string' } });
    for (const v of Object.values(o)) visit(v);
  };
  visit(schema);
  return schema;
}

/** Deep copy with `additionalProperties: false` added to every lax object that names its properties. */
export function strictify<T>(node: T): T {
  if (Array.isArray(node)) return node.map(strictify) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = strictify(v);
  const props = out.properties as Record<string, unknown> | undefined;
  if (out.type === 'object' && props && Object.keys(props).length > 0 && !('additionalProperties' in out) && !('patternProperties' in out)) out.additionalProperties = false;
  return out as T;
}

export type Validate = (doc: unknown) => string[];

/** Compiles once per schema variant; returns "path: message" for each error (empty = valid). */
export function traefikValidator(strict = true): Validate {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const schema = loadUpstreamSchema();
  const fn = ajv.compile(strict ? strictify(schema) : schema);
  return (doc) => (fn(doc) ? [] : (fn.errors ?? []).map(describe));
}

const describe = (e: ErrorObject): string => `${e.instancePath || '/'}: ${e.message ?? e.keyword}${e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : ''}`;
