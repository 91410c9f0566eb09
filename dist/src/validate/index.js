import { locate } from '../parse/locate.js';
import { INGRESS_API_VERSIONS, validateIngress } from './ingress.js';
import { unsetNulls } from './unset-nulls.js';
import { readEndpointSlice, readIngressClass, readSecret, readService } from './resources.js';
import { readBackendSecret } from './backend-secrets.js';
import { readCaSecret } from './ca-secret.js';
import { readDataSecret } from './data-secrets.js';
import { headerConfigMapRefs, readConfigMap } from './config-maps.js';
/** Sorts manifests by kind and validates each; unknown kinds get one info line. */
export function validateManifests(manifests, diags, opts) {
    const inv = { ingresses: [], services: [], secrets: [], slices: [], classes: [] };
    let refs;
    for (const m of manifests) {
        unsetNulls(m.obj);
        const push = (list, v) => {
            if (v)
                list.push(v);
        };
        if (m.kind === 'Ingress') {
            if (!INGRESS_API_VERSIONS.includes(m.apiVersion)) {
                diags.report('IC1007', locate(m.loc, ['apiVersion']), { kind: 'Ingress', apiVersion: m.apiVersion, expected: INGRESS_API_VERSIONS.join(', ') });
                continue;
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
            // Kept for custom-headers, add-headers and proxy-set-headers; reported as ignored unless one of them names it.
            const cm = m.kind === 'ConfigMap' && m.apiVersion === 'v1' ? readConfigMap(m) : undefined;
            push((inv.configMaps ??= []), cm);
            if (cm && (refs ??= headerConfigMapRefs(manifests, opts.headerConfigMaps ?? [])).has(cm.id))
                continue;
            const name = m.obj.metadata?.name;
            diags.report('IC1004', locate(m.loc, ['kind']), { kind: `${m.apiVersion} ${m.kind}`, name: typeof name === 'string' ? name : '' });
        }
    }
    return inv;
}
