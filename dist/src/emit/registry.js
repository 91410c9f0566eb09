import { haproxyEmitter } from './haproxy/emit-haproxy.js';
import { envoyEmitter } from './envoy/emit-envoy.js';
import { nginxEmitter } from './nginx/emit-nginx.js';
import { traefikEmitter } from './traefik/emit-traefik.js';
import { gatewayApiEmitter } from './gateway-api/emit-gateway-api.js';
const EMITTERS = {
    haproxy: haproxyEmitter,
    nginx: nginxEmitter,
    envoy: envoyEmitter,
    traefik: traefikEmitter,
    'gateway-api': gatewayApiEmitter,
};
/** Targets with an emitter, in a stable order. */
export function registeredTargets() {
    return Object.keys(EMITTERS).sort();
}
export function getEmitter(target) {
    const e = EMITTERS[target];
    if (!e)
        throw new Error(`target ${target} is not implemented yet`);
    return e;
}
