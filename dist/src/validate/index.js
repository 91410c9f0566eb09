import { locate } from '../parse/locate.js';
import { INGRESS_API_VERSIONS, validateIngress } from './ingress.js';
import { unsetNulls } from './unset-nulls.js';
import { readEndpointSlice, readIngressClass, readSecret, readService } from './resources.js';
import { readBackendSecret } from './backend-secrets.js';
import { readCaSecret } from './ca-secret.js';
import { readDataSecret } from './data-secrets.js';
import { addHeaderConfigMapRefs, readConfigMap } from './config-maps.js';
/**
 * Validates each manifest into an inventory; unknown kinds get one info line. A whole array through
 * ManifestValidator (the context files of a repository, referencedObjects, read all at once).
 */
export function validateManifests(manifests, diags, opts) {
    const v = new ManifestValidator(diags, opts);
    for (const m of manifests)
        v.add(m);
    return v.finish(v.configMaps, opts.headerConfigMaps ?? []);
}
const emptyInventory = () => ({ ingresses: [], services: [], secrets: [], slices: [], classes: [] });
const isConfigMap = (m) => m.kind === 'ConfigMap' && m.apiVersion === 'v1';
/** One object that is not a v1 ConfigMap, into `inv`. */
function validateObject(m, inv, diags, opts) {
    const push = (list, v) => {
        if (v)
            list.push(v);
    };
    if (m.kind === 'Ingress') {
        if (!INGRESS_API_VERSIONS.includes(m.apiVersion)) {
            diags.report('IC1007', locate(m.loc, ['apiVersion']), { kind: 'Ingress', apiVersion: m.apiVersion, expected: INGRESS_API_VERSIONS.join(', ') });
            return;
        }
        push(inv.ingresses, validateIngress(m, diags, opts));
    }
    else if (m.kind === 'Service' && m.apiVersion === 'v1')
        push(inv.services, readService(m, diags));
    else if (m.kind === 'Secret' && m.apiVersion === 'v1') {
        const before = diags.items.length;
        const secret = readSecret(m, diags);
        push(inv.secrets, secret);
        const backendSecret = readBackendSecret(m);
        if (backendSecret)
            (inv.backendSecrets ??= []).push(backendSecret);
        push((inv.caSecrets ??= []), readCaSecret(m));
        const data = secret ? undefined : readDataSecret(m);
        if (data)
            (inv.dataSecrets ??= []).push(data);
        // Refused with an error (not merely another type of Secret): lowering must not call it missing.
        if (!secret && diags.items.slice(before).some((d) => d.severity === 'error')) {
            const meta = (m.obj.metadata ?? {});
            (inv.rejectedSecrets ??= new Set()).add(`${typeof meta.namespace === 'string' ? meta.namespace : 'default'}/${String(meta.name)}`);
        }
    }
    else if (m.kind === 'EndpointSlice' && m.apiVersion === 'discovery.k8s.io/v1')
        push(inv.slices, readEndpointSlice(m, diags));
    else if (m.kind === 'IngressClass' && m.apiVersion.startsWith('networking.k8s.io/'))
        push(inv.classes, readIngressClass(m, diags));
    else {
        inv.configMaps ??= [];
        ignored(m, diags);
    }
}
function ignored(m, diags) {
    const name = m.obj.metadata?.name;
    diags.report('IC1004', locate(m.loc, ['kind']), { kind: `${m.apiVersion} ${m.kind}`, name: typeof name === 'string' ? name : '' });
}
/**
 * Manifests validated one at a time, so that a caller streaming the inputs (compile.ts) keeps
 * nothing of an object but its model (issue 17). v1 ConfigMaps are held back (`configMaps`) and
 * validated by finish(): whether one is used for headers (else it is reported as ignored) is known
 * only once every Ingress has been seen, and the controller ConfigMap is taken out of them first.
 * The findings do not depend on the order of the objects (test/unit/stream-validate.test.ts): only
 * the order they are reported in does, and every command sorts them.
 */
export class ManifestValidator {
    diags;
    opts;
    inventory = emptyInventory();
    /** The v1 ConfigMaps seen, in order. */
    configMaps = [];
    /** The header ConfigMaps the Ingresses seen name (config-maps.ts headerConfigMapRefs). */
    refs = new Set();
    constructor(diags, opts) {
        this.diags = diags;
        this.opts = opts;
    }
    add(m) {
        if (isConfigMap(m)) {
            this.configMaps.push(m);
            return;
        }
        addHeaderConfigMapRefs(m, this.refs);
        unsetNulls(m.obj);
        validateObject(m, this.inventory, this.diags, this.opts);
    }
    /**
     * Validates `configMaps` (those held back, less the controller ConfigMap) and returns the inventory.
     * Kept for custom-headers, add-headers and proxy-set-headers (`headerConfigMaps`: the controller
     * ConfigMap's); reported as ignored unless one of them names it.
     */
    finish(configMaps, headerConfigMaps) {
        const inv = this.inventory;
        const refs = new Set([...headerConfigMaps, ...this.refs]);
        for (const m of configMaps) {
            unsetNulls(m.obj);
            const cm = readConfigMap(m);
            inv.configMaps ??= [];
            if (cm)
                inv.configMaps.push(cm);
            if (cm && refs.has(cm.id))
                continue;
            ignored(m, this.diags);
        }
        return inv;
    }
}
