/**
 * --ingress-class NAME keeps Ingresses of that class (spec.ingressClassName or the legacy
 * annotation); class-less Ingresses are kept when NAME is the IngressClass marked default.
 */
export function selectByClass(ingresses, classes, want, diags) {
    if (want === undefined)
        return ingresses;
    const defaults = classes.filter((c) => c.isDefault).map((c) => c.name);
    const defaultClass = defaults.length === 1 ? defaults[0] : undefined;
    return ingresses.filter((ing) => {
        const cls = ing.className ?? defaultClass;
        if (cls === want)
            return true;
        diags.report('IC3008', ing.ref, { ingress: ing.id, class: cls ?? '(none)', want });
        return false;
    });
}
