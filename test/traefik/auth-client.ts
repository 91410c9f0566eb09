import http from 'node:http';
import https from 'node:https';
import type { AuthReply, AuthRequest } from './forward-auth.js';

/**
 * Sends an auth request the evaluator built (forward-auth.ts) to a live auth server, as Traefik's
 * Go client would: the address's host as Host, the headers given, no body, certificates not
 * verified (insecureSkipVerify), redirects not followed. An unreachable server is status 0.
 */
export function askAuthServer(r: AuthRequest): Promise<AuthReply> {
  const u = new URL(r.url);
  const mod = u.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = mod.request(u, { method: r.method, headers: r.headers, rejectUnauthorized: false, timeout: 30_000 }, (res) => {
      res.resume();
      res.on('end', () => {
        const headers: Record<string, string[]> = {};
        for (let i = 0; i < res.rawHeaders.length; i += 2) (headers[res.rawHeaders[i]!.toLowerCase()] ??= []).push(res.rawHeaders[i + 1]!);
        resolve({ status: res.statusCode ?? 0, headers });
      });
    });
    req.on('error', () => resolve({ status: 0, headers: {} }));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}
