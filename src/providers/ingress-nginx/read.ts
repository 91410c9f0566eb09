import type { Diagnostics } from '../../diagnostics/collector.js';
import type { SourceRef } from '../../diagnostics/types.js';
import { hasControlChars } from '../../util/k8s-names.js';
import { classifyForeign } from '../foreign.js';
import { NGINX_ANNOTATIONS, STALE_NGINX_ANNOTATIONS, type AnnotationKind } from './keys.js';
import { GO_BOOL_SPELLINGS, parseGoBool } from './parse-bool.js';
import { parseNginxSize } from './size.js';
import { parseSourceRange } from './source-range.js';
import { PATH_VALUE_KEYS, readPathAnnotation, type PathAnnotations } from './paths.js';
import { parseTimeoutSeconds, parseUpstreamVhost } from './upstream-values.js';
import { READER_BY_KEY } from './families/index.js';
import type { AnnotationFeatures } from './families/reader.js';

/** Annotation → the setting of AnnotationSet.upstream it fills. */
const TIMEOUT_KEYS: Readonly<Record<string, 'connect' | 'send' | 'read'>> = {
  'proxy-connect-timeout': 'connect',
  'proxy-send-timeout': 'send',
  'proxy-read-timeout': 'read',
};

export const NGINX_PREFIX = 'nginx.ingress.kubernetes.io/';
const OWN_PREFIX = 'ingressc.dev/';
const BY_NAME = new Map(NGINX_ANNOTATIONS.map((a) => [a.key, a]));

/** An annotation whose effect depends on the target; lowering decides whether it is honoured. */
export interface AnnotationUse {
  /** The full key as written. */
  key: string;
  /** ingress-nginx's key without its prefix; undefined for another controller's key. */
  name?: string;
  kind: AnnotationKind;
  family: string;
  /** Set for another controller's key. */
  controller?: string;
  ref: SourceRef;
}

/** What the provider hands to validation: the settings ingressc honours, and every use to check. */
export interface AnnotationSet {
  /** nginx.ingress.kubernetes.io/ssl-redirect (default true). */
  sslRedirect: boolean;
  /** Client addresses admitted (allowlist-source-range, else whitelist-source-range), normalised CIDRs. */
  sourceAllow?: string[];
  /** Client addresses refused (denylist-source-range), normalised CIDRs. */
  sourceDeny?: string[];
  /** proxy-body-size in bytes (0: unlimited); absent: the annotation is not set. */
  maxBodyBytes?: number;
  /** client-body-buffer-size as written (validated nginx size). */
  bodyBufferSize?: string;
  /** Path matching and rewriting (src/providers/ingress-nginx/paths.ts). */
  paths: PathAnnotations;
  /** upstream-vhost and the proxy-*-timeout keys, as written (valid values only). */
  upstream: UpstreamSettings;
  /** The families read through families/ (redirects, backends, canary, auth, traffic). */
  features: AnnotationFeatures;
  uses: AnnotationUse[];
}

export interface UpstreamSettings {
  vhost?: string;
  /** Whole seconds. */
  timeouts: { connect?: number; send?: number; read?: number };
}

/** The source-range keys: allowlist-source-range wins over its older alias, as in ingress-nginx's parser. */
const SOURCE_RANGES: Readonly<Record<string, 'sourceAllow' | 'sourceDeny'>> = {
  'allowlist-source-range': 'sourceAllow',
  'whitelist-source-range': 'sourceAllow',
  'denylist-source-range': 'sourceDeny',
};

/**
 * The one door through which annotations enter ingressc. Target-independent checks happen here
 * (known key, value grammar, snippets, stale and foreign keys), located at the key; whether a
 * target honours each use is decided in lowering, after class selection.
 * `annotations` holds string values only (validation reports the others).
 */
export function readAnnotations(
  annotations: Readonly<Record<string, string>>,
  at: (key: string) => SourceRef,
  diags: Diagnostics,
  opts: { allowSnippets: boolean },
): AnnotationSet {
  const set: AnnotationSet = { sslRedirect: true, paths: { useRegex: false }, upstream: { timeouts: {} }, features: {}, uses: [] };
  for (const key of Object.keys(annotations).sort()) {
    const value = annotations[key]!;
    const ref = at(key);
    const field = `metadata.annotations[${JSON.stringify(key)}]`;
    if (key.startsWith(NGINX_PREFIX)) {
      const name = key.slice(NGINX_PREFIX.length);
      const known = BY_NAME.get(name);
      // Any *-snippet key, known or not (future or forked controllers add more), is raw nginx text.
      if (known?.kind === 'snippet' || name === 'snippet' || name.endsWith('-snippet')) {
        diags.report(opts.allowSnippets ? 'IC2082' : 'IC2080', ref, { key }, { field });
        continue;
      }
      if (!known) {
        const stale = STALE_NGINX_ANNOTATIONS[name];
        if (stale !== undefined) diags.report('IC2105', ref, { key, why: stale }, { field });
        else diags.report('IC2104', ref, { key }, { field });
        continue;
      }
      if (hasControlChars(value)) {
        diags.report('IC2081', ref, { key, detail: 'value contains a control character' }, { field });
        continue;
      }
      if (known.bool) {
        const b = parseGoBool(value);
        if (b === undefined) {
          diags.report('IC2081', ref, { key, detail: `expected a boolean (${GO_BOOL_SPELLINGS}), found ${JSON.stringify(value)}` }, { field });
          continue;
        }
        if (name === 'ssl-redirect') set.sslRedirect = b;
        if (name === 'use-regex') set.paths.useRegex = b;
      }
      if (PATH_VALUE_KEYS.has(name)) {
        const problem = readPathAnnotation(name, value, set.paths);
        if (problem) {
          diags.report('IC2081', ref, { key, detail: problem }, { field });
          continue;
        }
      }
      if (name === 'proxy-body-size' || name === 'client-body-buffer-size') {
        const size = parseNginxSize(value, { offset: name === 'proxy-body-size' });
        if ('error' in size) {
          diags.report('IC2142', ref, { key, detail: size.error }, { field });
          continue;
        }
        if (name === 'proxy-body-size') set.maxBodyBytes = size.bytes;
        else set.bodyBufferSize = value;
      }
      const range = SOURCE_RANGES[name];
      if (range) {
        const r = parseSourceRange(value);
        if ('error' in r) {
          // Fail closed: an unreadable list never becomes an open route.
          diags.report('IC2140', ref, { key, detail: r.error }, { field });
          continue;
        }
        if (name === 'whitelist-source-range' && annotations[`${NGINX_PREFIX}allowlist-source-range`] !== undefined) diags.report('IC2141', ref, { key }, { field });
        else set[range] = r.cidrs;
      }
      const timeout = TIMEOUT_KEYS[name];
      if (name === 'upstream-vhost' || timeout) {
        const parsed = timeout ? parseTimeoutSeconds(value) : parseUpstreamVhost(value);
        if ('expected' in parsed) {
          diags.report('IC2081', ref, { key, detail: `expected ${parsed.expected}` }, { field });
          continue;
        }
        if (timeout) set.upstream.timeouts[timeout] = parsed.value as number;
        else set.upstream.vhost = parsed.value as string;
      }
      const family = READER_BY_KEY.get(name);
      if (family) {
        const problem = family.read(name, value, set.features, annotations);
        if (problem) {
          diags.report(problem.code ?? 'IC2081', ref, { key, detail: problem.detail }, { field });
          continue;
        }
      }
      set.uses.push({ key, name, kind: known.kind, family: known.family, ref });
    } else if (key.startsWith(OWN_PREFIX)) {
      diags.report('IC2104', ref, { key }, { field });
    } else {
      const foreign = classifyForeign(key);
      if (!foreign) continue;
      if (foreign.restrictsAccess) set.uses.push({ key, kind: 'access', family: 'another controller', controller: foreign.controller, ref });
      else diags.report('IC2106', ref, { key, controller: foreign.controller }, { field });
    }
  }
  return set;
}
