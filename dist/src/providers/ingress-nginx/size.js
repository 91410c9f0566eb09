/**
 * nginx's size syntax as ingress-nginx passes it to client_max_body_size: decimal digits, then an
 * optional k, m or g (any case; 1024-based). ingress-nginx's own check also lets a "b" suffix through,
 * which nginx then refuses at reload: ingressc refuses it up front. "0" means unlimited.
 */
const SIZE = /^([0-9]{1,15})([kKmMgG]?)$/;
const UNIT = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
/**
 * `offset`: an nginx offset (client_max_body_size: k, m or g); otherwise an nginx size
 * (client_body_buffer_size: k or m only; nginx refuses "1g" there, so ingressc does too).
 */
export function parseNginxSize(value, opts = {}) {
    const m = SIZE.exec(value);
    const units = opts.offset ? 'k, m or g' : 'k or m';
    if (!m || (!opts.offset && /[gG]$/.test(value)))
        return { error: `expected an nginx size: digits with an optional ${units} suffix (e.g. "8m", "512k"${opts.offset ? ', "0" for unlimited' : ''}), found ${JSON.stringify(value)}` };
    const bytes = Number(m[1]) * UNIT[m[2].toLowerCase()];
    if (!Number.isSafeInteger(bytes))
        return { error: `${JSON.stringify(value)} is too large` };
    return { bytes };
}
