import { routesOf } from '../../ir/types.js';
import { cfgName, cfgWord, HaproxyQuoteError } from './quote.js';
import { Section } from './section.js';
/**
 * Basic authentication with HAProxy's userlists: one `userlist` per Secret, checked by
 * `http_auth(<list>)` in the route's policy backend (policies.ts). crypt(3) checks the hashes
 * (lowering refused the formats it does not know); "{PLAIN}" becomes insecure-password.
 */
export const userlistName = (b) => cfgName(`ul_${b.secret.replace('/', '_')}`);
/** A word in single quotes: nothing inside is interpreted. The grammars already exclude quotes and "%". */
function singleQuoted(what, s, allowed) {
    if (!allowed.test(s))
        throw new HaproxyQuoteError(`haproxy: refusing ${what} ${JSON.stringify(s)}`);
    return `'${s}'`;
}
const WORD = /^[!#-&(-~]+$/; // printable ASCII without space, '"' and "'"
export function userlists(ir) {
    const lists = new Map();
    for (const vh of ir.vhosts)
        for (const r of routesOf(vh)) {
            const b = r.policies?.basicAuth;
            if (!b || lists.has(userlistName(b)))
                continue;
            const s = new Section(`userlist ${userlistName(b)}`);
            for (const u of b.users) {
                const name = singleQuoted('user name', u.name, WORD);
                if (u.scheme === 'plain')
                    s.line(`user ${name} insecure-password ${singleQuoted('password', u.hash.slice('{PLAIN}'.length), WORD)}`);
                else
                    s.line(`user ${name} password ${singleQuoted('password hash', u.hash, WORD)}`);
            }
            lists.set(userlistName(b), s);
        }
    return [...lists.values()];
}
/**
 * The authentication rules of a policy backend, after its source-range rules (nginx checks the
 * address first: a refused address gets 403 with or without credentials). With satisfy any, a
 * client the source ranges admit needs no credentials, and the 403 rules are not written.
 */
export function basicAuthRules(p, files) {
    const b = p.basicAuth;
    if (!b)
        return [];
    // HAProxy needs a realm: an empty one is sent as a single space.
    const realm = singleQuoted('realm', b.realm === '' ? ' ' : b.realm, /^[A-Za-z0-9 ._~:/@()+,=!?-]+$/);
    const admitted = p.satisfy === 'any' ? addressAdmitted(files) : '';
    return [`http-request auth realm ${realm} unless { http_auth(${userlistName(b)}) }${admitted}`, 'http-request del-header Authorization'];
}
/** " || <the source ranges admit the client>" (deny-list, then allow-list, as nginx's access module). */
function addressAdmitted(files) {
    const parts = [...(files.deny ? [`!{ src -f ${cfgWord(files.deny)} }`] : []), ...(files.allow ? [`{ src -f ${cfgWord(files.allow)} }`] : [])];
    return parts.length ? ` || ${parts.join(' ')}` : '';
}
