import { locate } from '../parse/locate.js';
import { isDns1123Label, isDns1123Subdomain } from '../util/k8s-names.js';
import { obj } from './shape.js';
import { decodeSecretText } from './secret-data.js';
export function readDataSecret(m) {
    if (m.obj.type === 'kubernetes.io/tls')
        return undefined;
    const meta = obj(m.obj.metadata);
    const name = typeof meta.name === 'string' ? meta.name : '';
    const namespace = meta.namespace === undefined ? 'default' : typeof meta.namespace === 'string' ? meta.namespace : '';
    if (!isDns1123Subdomain(name) || !isDns1123Label(namespace))
        return undefined;
    const data = {};
    const undecodable = [];
    const where = {};
    for (const [k, d] of Object.entries(obj(m.obj.data))) {
        if (typeof d !== 'string')
            continue;
        const text = decodeSecretText(d);
        if (text === undefined)
            undecodable.push(k);
        else
            data[k] = text;
        where[k] = 'data';
    }
    for (const [k, s] of Object.entries(obj(m.obj.stringData))) {
        if (typeof s !== 'string')
            continue;
        data[k] = s;
        where[k] = 'stringData';
    }
    return {
        namespace,
        name,
        data,
        undecodable: undecodable.filter((k) => where[k] === 'data'),
        ref: locate(m.loc, ['metadata', 'name']),
        keyRef: (key) => locate(m.loc, [where[key] ?? 'data', key], { key: true }),
    };
}
