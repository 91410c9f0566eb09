import { userlistName } from './auth.js';
import { extAuthRules } from './ext-auth.js';
import { cfgWord } from './quote.js';
/**
 * satisfy any with auth-url (nginx's access phase: the first module that admits ends it): the
 * auth service is called only when neither the source ranges (deny-list, then allow-list) nor the
 * password admit the client; when it is called, its answer decides (2xx admits; 401, 403, its
 * sign-in redirect or 500 refuse, as without satisfy). The Authorization header is removed after
 * the call (the auth service sees it, as in nginx; the backend does not, with basic auth).
 * Differences (support row: partial): when the password was wrong and the auth service answers
 * 403, nginx answers 401 (a 401 of any module wins), HAProxy 403; a 401 carries only the auth
 * service's WWW-Authenticate, not also the Basic challenge.
 */
export function satisfyAnyWithExternal(p, files, emptyUpstream) {
    const ext = extAuthRules(p, emptyUpstream);
    const address = [...(files.deny ? [`!{ src -f ${cfgWord(files.deny)} }`] : []), ...(files.allow ? [`{ src -f ${cfgWord(files.allow)} }`] : [])].join(' ');
    const admitted = [...(p.basicAuth ? [`{ http_auth(${userlistName(p.basicAuth)}) }`] : []), ...(address ? [address] : [])];
    const [call, ...rest] = ext.request;
    return [`${call}${admitted.length ? ` unless ${admitted.join(' || ')}` : ''}`, ...rest, ...(p.basicAuth ? ['http-request del-header Authorization'] : []), ...ext.response];
}
