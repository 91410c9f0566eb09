import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningProxy } from '../harness/index.js';
import { groupMembers, identityAlive, processIdentity } from '../harness/procfs.js';
import { reloadTest } from './reload.js';

/** The workers serving now (the master re-executes itself in place); the reload is over when they have exited. */
function workersGone(proxy: RunningProxy): () => boolean {
  const ids = groupMembers(proxy.pid).filter((p) => p !== proxy.pid).map((p) => processIdentity(p)).filter((x) => x !== undefined);
  return () => ids.every((id) => !identityAlive(id));
}

// README: cd out/haproxy && haproxy -W -db -f haproxy.cfg -p haproxy.pid; reload: kill -USR2 $(cat haproxy.pid)
reloadTest('haproxy', 'run, recompile, reload (master-worker, SIGUSR2 to the master): no failed request, then the new routes', [
  {
    label: 'SIGUSR2',
    to: 'v2',
    way: {
      args: () => ['-W', '-db', '-f', 'haproxy.cfg', '-p', 'haproxy.pid'],
      runtimeFiles: ['haproxy.pid'],
      reload: async (proxy) => {
        const gone = workersGone(proxy);
        process.kill(Number(readFileSync(join(proxy.runDir, 'haproxy.pid'), 'utf8').trim()), 'SIGUSR2');
        return gone;
      },
    },
  },
]);
