import type { Emitter } from '../emitter.js';
/**
 * haproxy.cfg + map files for `cd DIR && haproxy -f haproxy.cfg -db`. `default-path config`
 * makes every relative path (maps, crt-list, certificates) relative to haproxy.cfg, so the
 * directory is self-contained wherever it is started from.
 */
export declare const haproxyEmitter: Emitter;
