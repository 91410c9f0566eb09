/**
 * GitHub Actions workflow commands, one line per finding:
 * `::error file=a.yaml,line=7,col=11,endLine=7,endColumn=22,title=IC2020::host "…" must be…`.
 * Severity maps to error / warning / notice. Values are escaped as the runner expects.
 */
export function renderGithub(ds) {
    const out = [];
    for (const d of ds) {
        const cmd = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
        const props = [];
        if (d.loc) {
            props.push(`file=${prop(d.loc.file)}`, `line=${d.loc.line}`, `col=${d.loc.col}`);
            if (d.loc.endLine !== undefined)
                props.push(`endLine=${d.loc.endLine}`);
            if (d.loc.endCol !== undefined && d.loc.endLine === d.loc.line)
                props.push(`endColumn=${d.loc.endCol}`);
        }
        props.push(`title=${prop(d.target ? `${d.code} [${d.target}]` : d.code)}`);
        out.push(`::${cmd} ${props.join(',')}::${data(d.message)}`);
    }
    return out.length ? out.join('\n') + '\n' : '';
}
const data = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
