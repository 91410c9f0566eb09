import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { reloadTest } from './reload.js';

// README: epoch 0 picks a free base id and saves it; the next epoch takes over the listeners and the
// previous one drains and exits (--drain-time-s / --parent-shutdown-time-s; short here).
const common = ['-c', 'envoy.json', '--drain-time-s', '1', '--parent-shutdown-time-s', '2', '--concurrency', '1', '--log-level', 'warn'];

// Hot restart keeps its state in /dev/shm/envoy_shared_memory_<base id><n>, which Envoy leaves behind.
let shmOf: RegExp | undefined;
const cleanup = () => {
  for (const n of readdirSync('/dev/shm')) if (shmOf?.test(n)) rmSync(`/dev/shm/${n}`, { force: true });
};

reloadTest('envoy', 'run, recompile, reload (hot restart, --restart-epoch 1): no failed request, then the new routes', [
  {
    label: 'hot restart',
    to: 'v2',
    way: {
      args: () => [...common, '--restart-epoch', '0', '--use-dynamic-base-id', '--base-id-path', 'envoy.base-id'],
      runtimeFiles: ['envoy.base-id'],
      cleanup,
      reload: async (proxy) => {
        const baseId = readFileSync(join(proxy.runDir, 'envoy.base-id'), 'utf8').trim();
        shmOf = new RegExp(`^envoy_shared_memory_${baseId}[0-9]$`);
        proxy.spawnAlso([...common, '--restart-epoch', '1', '--base-id', baseId]);
        return () => proxy.groupGone(proxy.pid);
      },
    },
  },
]);
