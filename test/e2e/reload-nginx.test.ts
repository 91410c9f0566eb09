import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { findProxy, type RunningProxy } from '../harness/index.js';
import { groupMembers, identityAlive, processIdentity } from '../harness/procfs.js';
import { reloadTest } from './reload.js';

/** The workers serving now; the reload is over when all of them have exited. */
function workersGone(proxy: RunningProxy): () => boolean {
  const ids = groupMembers(proxy.pid).filter((p) => p !== proxy.pid).map((p) => processIdentity(p)).filter((x) => x !== undefined);
  return () => ids.every((id) => !identityAlive(id));
}

// README: cd out/nginx && nginx -p . -c nginx.conf -e stderr -g 'daemon off;'
const args = () => ['-p', '.', '-c', 'nginx.conf', '-e', 'stderr', '-g', 'daemon off;'];
const runtimeFiles = ['nginx.pid', 'access.log', 'proxy_temp'];

reloadTest('nginx', 'run, recompile, reload (nginx -s reload, then SIGHUP): no failed request, then the new routes', [
  {
    label: 'nginx -s reload',
    to: 'v2',
    way: {
      args,
      runtimeFiles,
      reload: async (proxy) => {
        const gone = workersGone(proxy);
        // README: cd out/nginx && nginx -p . -c nginx.conf -e stderr -s reload
        const r = spawnSync(findProxy('nginx')!, ['-p', '.', '-c', 'nginx.conf', '-e', 'stderr', '-s', 'reload'], { cwd: proxy.runDir, encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        return gone;
      },
    },
  },
  {
    label: 'SIGHUP',
    to: 'v1',
    way: {
      args,
      runtimeFiles,
      reload: async (proxy) => {
        const gone = workersGone(proxy);
        process.kill(proxy.pid, 'SIGHUP');
        return gone;
      },
    },
  },
]);
