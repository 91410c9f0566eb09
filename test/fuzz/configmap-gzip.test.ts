/**
 * Hostile use-gzip / gzip-* (and enable-brotli / brotli-*) values on every target: each compile fails with located errors, or
 * RouteTable.compression is exactly what the grammars parsed (ingress-nginx's defaults for the
 * rest, only the knobs the target applies), and the user strings come back out of the outputs
 * unchanged: nginx's gzip_types words and HAProxy's quoted compression types are the IR's types,
 * and nginx's gzip_disable string, unquoted, is a regex that finds what the portable regex finds.
 * Fixed seed (deterministic).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TARGETS } from '../../src/options.js';
import { parsePortable, searchPortable } from '../../src/ir/regex.js';
import { parseConfigValue } from '../../src/providers/ingress-nginx/configmap/read.js';
import { KEY_SUPPORT } from '../../src/providers/ingress-nginx/configmap/support.js';
import { SPECIAL_CHARS } from './payloads.js';
import { compileWithConfigMap, configMapText, INGRESS } from './configmap-compile.js';

const SEED = 20261207;
const RUNS = 200;


const special = fc.constantFrom(...SPECIAL_CHARS);
const word = fc.stringMatching(/^[a-z0-9][a-z0-9+.-]{0,8}$/);
/** A MIME type, sometimes with a character that means something in an output. */
const mime = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(word, word).map(([a, b]) => `${a}/${b}`) },
  { weight: 1, arbitrary: fc.tuple(word, special, word).map(([a, s, b]) => `${a}/${s}${b}`) },
  { weight: 1, arbitrary: fc.constantFrom('*', 'Text/HTML', 'text/plain;charset=utf-8', 'text', '/x', 'a/b/c') },
);
const types = fc.array(mime, { minLength: 0, maxLength: 4 }).chain((ms) => fc.constantFrom(' ', ' ', '  ', '\t').map((sep) => ms.join(sep)));
/** Regex-ish text from pieces of the subset and characters that are not. */
const piece = fc.oneof(word, special, fc.constantFrom('\\.', '\\s', '[0-9]', '[4-6]', '(a|b)', '+', '*', '?', '^', '$', '{2}', '\\d+', '(?=x)', '\\1', 'msie6', 'MSIE'));
const disable = fc.oneof(fc.constant(''), fc.constantFrom('oldbrowser/[0-9]', 'MSIE\\s[4-6]\\.', 'a$', '^x'), fc.array(piece, { minLength: 1, maxLength: 4 }).map((ps) => ps.join('')));
const level = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }).map(String) }, { weight: 1, arbitrary: fc.constantFrom('0', '10', '-1', '0x5', ' 5', 'best', '') });
const minLength = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('0', '1', '256', '1000', '4294967295') }, { weight: 1, arbitrary: fc.constantFrom('4294967296', '-1', '1k', '', '1e3') });
const use = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('true', 'True', '1', 't') }, { weight: 1, arbitrary: fc.constantFrom('false', 'yes', '') });
/** Mostly valid: the brotli keys must not drown the gzip cases in refusals. */
const brotliTypes = fc.oneof({ weight: 4, arbitrary: fc.array(fc.tuple(word, word).map(([a, b]) => `${a}/${b}`), { minLength: 1, maxLength: 3 }).map((ts) => ts.join(' ')) }, { weight: 1, arbitrary: types });
const brotliLevel = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 11 }).map(String) }, { weight: 1, arbitrary: fc.constantFrom('12', '-1', '011', 'x') });
const data = fc.record(
  { 'use-gzip': use, 'gzip-level': level, 'gzip-min-length': minLength, 'gzip-types': types, 'gzip-disable': disable, 'enable-brotli': use, 'brotli-level': brotliLevel, 'brotli-min-length': minLength, 'brotli-types': brotliTypes },
  { requiredKeys: ['use-gzip'] },
);
// Each knob is absent about half the time (ingress-nginx's default then).

const parsed = (type: Parameters<typeof parseConfigValue>[0], v: string | undefined): unknown => {
  if (v === undefined) return undefined;
  const p = parseConfigValue(type, v);
  assert.ok('value' in p, `accepted an invalid ${type}: ${JSON.stringify(v)}`);
  return p.value;
};

/** nginx's quoted string, read back as nginx's parser does (\\" and \\\\ unescaped). */
const nginxUnquote = (q: string): string => {
  assert.match(q, /^"(?:[^"\\]|\\.)*"$/);
  return q.slice(1, -1).replace(/\\(["\\])/g, '$1');
};

const SAMPLE_AGENTS = ['', 'msie6', 'MSIE 6.0', 'a', 'ab', 'A.B', 'x9', 'oldbrowser/7', 'Mozilla/5.0 (X11) a+b', 'bbb', '\\', '"', 'a$', '12'];

test(`fuzz: ${RUNS} gzip ConfigMaps × ${TARGETS.length} targets: located errors, or exactly the parsed compression, written back unchanged`, () => {
  let compressed = 0;
  fc.assert(
    fc.property(data, (d) => {
      const text = configMapText(d as Record<string, string>);
      for (const target of TARGETS) {
        const r = compileWithConfigMap(INGRESS, text, target);
        if (!r) continue;
        const on = (k: string): boolean => KEY_SUPPORT[k]?.[target] !== undefined;
        const useGzip = parsed('bool', d['use-gzip']) === true;
        const lvl = parsed('gzip-level', d['gzip-level']) as number | undefined;
        const min = parsed('byte-count', d['gzip-min-length']) as number | undefined;
        const tys = parsed('mime-types', d['gzip-types']) as string[] | '*' | undefined;
        const ua = parsed('ua-regex', d['gzip-disable']) as string | undefined;
        const br = parsed('bool', d['enable-brotli']) === true && on('enable-brotli');
        const brTypes = parsed('mime-types', d['brotli-types']) as string[] | '*' | undefined;
        assert.deepEqual(
          r.ir!.brotli,
          br
            ? {
                level: (parsed('brotli-level', d['brotli-level']) as number | undefined) ?? 4,
                minLength: (parsed('byte-count', d['brotli-min-length']) as number | undefined) ?? 20,
                ...(brTypes === '*' ? {} : { types: [...new Set([...(brTypes ?? r.ir!.brotli?.types ?? []), 'text/html'])].sort() }),
              }
            : undefined,
          `${target}: ${JSON.stringify(d)}`,
        );
        const c = r.ir!.compression;
        if (!useGzip || !on('use-gzip')) {
          assert.equal(c, undefined, `${target}: ${JSON.stringify(d)}`);
          continue;
        }
        compressed++;
        const want = {
          ...(on('gzip-level') ? { level: lvl ?? 1 } : {}),
          ...(on('gzip-min-length') ? { minLength: min ?? 256 } : {}),
          ...(tys === '*' ? {} : { types: [...new Set([...(tys ?? c?.types ?? []), 'text/html'])].sort() }),
          ...(on('gzip-disable') && ua ? { disableUserAgent: ua } : {}),
        };
        assert.deepEqual(c, want, `${target}: ${JSON.stringify(d)}`);
        const out = r.files.map((f) => f.content).join('\n');
        if (target === 'nginx') {
          const typesLine = /^ *gzip_types (.*);$/m.exec(out)?.[1];
          const listed = c!.types?.filter((t) => t !== 'text/html');
          assert.equal(typesLine, listed === undefined ? '*' : listed.length ? listed.join(' ') : undefined, JSON.stringify(d));
          const dis = /^ *gzip_disable (.*);$/m.exec(out)?.[1];
          assert.equal(dis !== undefined, c!.disableUserAgent !== undefined, JSON.stringify(d));
          if (dis !== undefined) {
            // PCRE's \z is JS's (?![\s\S]); the rest of the rendering is JS-compatible.
            const re = new RegExp(nginxUnquote(dis).replace(/\\z/g, '(?![\\s\\S])'), 'i');
            const portable = parsePortable(c!.disableUserAgent!);
            for (const a of SAMPLE_AGENTS) assert.equal(re.test(a), searchPortable(portable, a) !== null, `${JSON.stringify(a)} with ${dis}`);
          }
        }
        if (target === 'haproxy') {
          const line = /^ *compression type (.*)$/m.exec(out)?.[1];
          assert.deepEqual(line?.split(' ').map((q) => (assert.match(q, /^'[^' ]+'$/), q.slice(1, -1))), c!.types, JSON.stringify(d));
        }
        // No character that means something in an output came from the user's types or regex unquoted.
        for (const v of [d['gzip-types'], d['gzip-disable'], d['brotli-types']]) if (v !== undefined && v.length >= 6 && /[;{}"'`\n#%]/.test(v)) assert.ok(!out.includes(v), `${target}: ${JSON.stringify(v)}`);
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );
  assert.ok(compressed >= RUNS / 4, `only ${compressed} compiles with compression`);
});
