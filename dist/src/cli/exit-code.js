/** 0 clean (warnings allowed), 1 the input has findings at the fail level, 2 usage or I/O. */
export function exitCodeFor(ds, failLevel = 'error') {
    if (ds.some((d) => d.severity === 'error' && (d.code.startsWith('IC5') || d.code === 'IC1008')))
        return 2;
    if (ds.some((d) => d.severity === 'error'))
        return 1;
    if (failLevel === 'warning' && ds.some((d) => d.severity === 'warning'))
        return 1;
    return 0;
}
