import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { coveringWildcards } from '../../src/emit/gateway-api/covering-wildcard.js';
import type { VirtualHost } from '../../src/ir/types.js';

const origin = { file: 't.yaml', line: 1, col: 1 };
const vhost = (name: string): VirtualHost =>
  name === '*'
    ? { name, kind: 'any', wildcardSuffix: '', exact: [], prefix: [], origin }
    : name.startsWith('*.')
      ? { name, kind: 'wildcard', wildcardSuffix: name.slice(2), exact: [], prefix: [], origin }
      : { name, kind: 'exact', wildcardSuffix: '', exact: [], prefix: [], origin };

/** The definition it replaces: the first other wildcard in vhost order whose suffix the host's ends with after a ".". */
function scan(vhosts: readonly VirtualHost[], vh: VirtualHost): VirtualHost | undefined {
  const suffix = vh.kind === 'wildcard' ? vh.wildcardSuffix : vh.name;
  return vhosts.find((o) => o !== vh && o.kind === 'wildcard' && suffix.endsWith(`.${o.wildcardSuffix}`));
}

test('coveringWildcards answers as the scan of every vhost does, on nested wildcards in any order', () => {
  // Few labels, so hosts and wildcards nest and repeat (dots inside a label cannot occur in a DNS name).
  const label = fc.constantFrom('a', 'b', 'c', 'ab', 'b-c', 'x1');
  const host = fc.array(label, { minLength: 1, maxLength: 5 }).map((l) => l.join('.'));
  const name = fc.oneof(host, host.map((h) => `*.${h}`), fc.constant('*'));
  fc.assert(
    fc.property(fc.uniqueArray(name, { maxLength: 14 }), (names) => {
      const vhosts = names.map(vhost);
      const covering = coveringWildcards(vhosts);
      for (const vh of vhosts) if (vh.kind !== 'any') assert.equal(covering(vh), scan(vhosts, vh), vh.name);
    }),
    { numRuns: 5_000 },
  );
});

test('the first wildcard in vhost order wins, not the closest suffix', () => {
  const vhosts = ['*.c', 'a.b.c', '*.b.c'].map(vhost);
  assert.equal(coveringWildcards(vhosts)(vhosts[1]!)?.name, '*.c');
  assert.equal(coveringWildcards(vhosts)(vhosts[2]!)?.name, '*.c');
  assert.equal(coveringWildcards(vhosts)(vhosts[0]!), undefined);
});
