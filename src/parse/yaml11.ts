import { Schema, type ScalarTag } from 'yaml';

/**
 * Scalars as Kubernetes reads them. kubectl and the API server turn YAML into JSON with
 * sigs.k8s.io/yaml (v1.4–v1.6 and its main branch), which decodes with go-yaml v2 into
 * interface{}: YAML 1.1 rules, resolved by go-yaml's resolve.go, not by the YAML 1.1 spec's
 * regexes. This module reproduces that function so every value ingressc validates is the value the
 * API server receives:
 * - booleans are exactly y Y yes Yes YES true True TRUE on On ON and n N no No NO false False FALSE
 *   off Off OFF; nulls "" ~ null Null NULL;
 * - integers are Go's strconv.ParseInt(s, 0, 64) after removing every "_": 0x/0X hex, 0b/0B
 *   binary, 0o/0O and a leading 0 octal (0777 is 511), a sign allowed; above int64 the
 *   unsigned and big-integer cases; "08" is no octal and becomes the float 8;
 * - floats are .inf/.nan in the spellings above and `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
 *   (a "." first: `\.[0-9]+` with an exponent); out-of-range exponents stay strings;
 * - timestamps (2024-01-01) are decoded into interface{} as their text (decode.go), so they are
 *   strings; sexagesimal 1:20, "=", +.nan and -.nan are strings; `<<` is a merge key.
 */
export type PlainKind = 'null' | 'bool' | 'int' | 'float' | 'str';

const FIXED = new Map<string, [PlainKind, unknown]>();
for (const s of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) FIXED.set(s, ['bool', true]);
for (const s of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) FIXED.set(s, ['bool', false]);
for (const s of ['', '~', 'null', 'Null', 'NULL']) FIXED.set(s, ['null', null]);
for (const s of ['.nan', '.NaN', '.NAN']) FIXED.set(s, ['float', NaN]);
for (const s of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']) FIXED.set(s, ['float', Infinity]);
for (const s of ['-.inf', '-.Inf', '-.INF']) FIXED.set(s, ['float', -Infinity]);

/** Go's strconv.ParseInt/ParseUint with base 0 (underscores already removed). */
const GO_INT = /^([-+]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/;
const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+(?:[eE][-+]?[0-9]+)?$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

let lastSource = '\u0000';
let lastResult: [PlainKind, unknown] = ['str', '\u0000'];

/** The kind and value go-yaml v2 gives an untagged plain scalar. */
export function resolve11(s: string): [PlainKind, unknown] {
  if (s === lastSource) return lastResult;
  const r = resolveUncached(s);
  lastSource = s;
  lastResult = r;
  return r;
}

function resolveUncached(s: string): [PlainKind, unknown] {
  const c = s.charCodeAt(0);
  // go-yaml's hint table: only these first characters can start a non-string.
  const digitOrSign = (c >= 48 && c <= 57) || c === 43 || c === 45;
  if (s !== '' && !digitOrSign && c !== 46 /* . */ && !'yYnNtTfFoO~'.includes(s[0]!)) return ['str', s];
  const fixed = FIXED.get(s);
  if (fixed) return fixed;
  if (c === 46) {
    if (DOT_FLOAT.test(s)) {
      const f = Number(s);
      if (Number.isFinite(f)) return ['float', f];
    }
    return ['str', s];
  }
  if (!digitOrSign) return ['str', s];
  const plain = s.includes('_') ? s.replace(/_/g, '') : s;
  const m = GO_INT.exec(plain);
  if (m) {
    const sign = m[1]!;
    const body = m[2]!;
    // BigInt reads 0x, 0b and 0o in lower case; a bare leading 0 is octal in Go.
    const prefixed = /^0[xXbBoO]/.test(body);
    const digits = prefixed ? BigInt(body.toLowerCase()) : body.length > 1 && body[0] === '0' ? BigInt(`0o${body.slice(1)}`) : BigInt(body);
    const v = sign === '-' ? -digits : digits;
    if (v >= INT64_MIN && v <= INT64_MAX) return ['int', Number(v)];
    if (sign === '' && v <= UINT64_MAX) return ['int', Number(v)];
    // ParseInt and ParseUint failed: a decimal is then a float, a positive unsigned prefix form a big integer.
    if (!YAML_STYLE_FLOAT.test(plain)) return sign === '' ? ['int', Number(v)] : ['str', s];
  }
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = Number(plain);
    if (Number.isFinite(f)) return ['float', f];
  }
  return ['str', s];
}

/** A plain scalar's value as Kubernetes reads it. */
export const plainValue = (s: string): unknown => resolve11(s)[1];

/**
 * Bytes as a Go string reaches JSON: encoding/json replaces each byte that does not start a valid
 * UTF-8 sequence with U+FFFD (one per byte, unlike TextDecoder's maximal subparts).
 */
export function goBytesToString(b: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < b.length) {
    const x = b[i]!;
    const n = x < 0x80 ? 1 : x >= 0xc2 && x <= 0xdf ? 2 : x >= 0xe0 && x <= 0xef ? 3 : x >= 0xf0 && x <= 0xf4 ? 4 : 0;
    let ok = n > 0 && i + n <= b.length;
    for (let k = 1; ok && k < n; k++) ok = (b[i + k]! & 0xc0) === 0x80;
    if (ok && n === 3) {
      const y = b[i + 1]!;
      ok = !(x === 0xe0 && y < 0xa0) && !(x === 0xed && y >= 0xa0); // overlong, surrogates
    }
    if (ok && n === 4) {
      const y = b[i + 1]!;
      ok = !(x === 0xf0 && y < 0x90) && !(x === 0xf4 && y >= 0x90); // overlong, above U+10FFFF
    }
    if (!ok) {
      out += '\uFFFD';
      i++;
      continue;
    }
    out += Buffer.from(b.subarray(i, i + n)).toString('utf8');
    i += n;
  }
  return out;
}

/** Go's base64.StdEncoding.DecodeString, which skips CR and LF and nothing else. */
const STD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const kindTest = (...kinds: PlainKind[]) => ({ test: (s: string) => kinds.includes(resolve11(s)[0]) }) as unknown as RegExp;

/**
 * The yaml library's YAML 1.1 tag set with go-yaml v2's scalar rules: one tag each for null,
 * bool, int and float (float also takes an integer, as go-yaml does for an explicit !!float), no
 * timestamp, sexagesimal, !!set, !!omap or !!pairs (go-yaml reads those as plain strings, maps and
 * sequences), and !!binary decoded to a string as go-yaml decodes it into interface{}.
 */
function goTags(tags: ScalarTag[]): ScalarTag[] {
  const byTag = (t: string) => tags.find((x) => x.tag === `tag:yaml.org,2002:${t}`)!;
  const scalar = (name: string, kinds: PlainKind[]): ScalarTag => ({
    ...byTag(name),
    format: undefined,
    test: kindTest(...kinds),
    resolve: (s: string) => resolve11(s)[1] as never,
  });
  const binary: ScalarTag = {
    ...byTag('binary'),
    resolve(src: string, onError: (msg: string) => void) {
      const clean = src.replace(/[\r\n]/g, '');
      if (!STD_BASE64.test(clean)) {
        onError('!!binary value contains invalid base64 data');
        return src;
      }
      return goBytesToString(Buffer.from(clean, 'base64'));
    },
  };
  const timestamp: ScalarTag = {
    ...byTag('timestamp'),
    default: false,
    test: undefined,
    resolve(src: string, onError: (msg: string) => void) {
      if (!/^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:Z|[-+][0-9]{2}:[0-9]{2})?)?$/.test(src)) onError(`cannot decode ${JSON.stringify(src)} as a !!timestamp`);
      return src as never;
    },
  };
  const keep = tags.filter((t) => ['map', 'seq', 'str', 'merge'].some((n) => t.tag === `tag:yaml.org,2002:${n}`));
  return [...keep, scalar('null', ['null']), scalar('bool', ['bool']), scalar('int', ['int']), scalar('float', ['float', 'int']), binary, timestamp];
}

/** The schema every document is composed with, whatever %YAML directive it carries. */
export const K8S_SCHEMA = new Schema({ schema: 'yaml-1.1', resolveKnownTags: false, customTags: goTags as never });
