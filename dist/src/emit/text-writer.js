/** Tiny indented writer for block-structured configs (nginx, HAProxy). One final newline. */
export class TextWriter {
    indent;
    lines = [];
    depth = 0;
    constructor(indent = '    ') {
        this.indent = indent;
    }
    line(text = '') {
        this.lines.push(text === '' ? '' : this.indent.repeat(this.depth) + text);
        return this;
    }
    block(header, body) {
        this.line(`${header} {`);
        this.depth++;
        body();
        this.depth--;
        this.line('}');
        return this;
    }
    toString() {
        return this.lines.join('\n') + '\n';
    }
}
