// Linux /proc inspection used for readiness and cleanup. A connect() probe
// can't tell *who* listens on a port (a squatter would answer while nginx is
// still retrying bind()), so we match LISTEN socket inodes from
// /proc/net/tcp{,6} against the fds of every process in the proxy's group.
import fs from 'node:fs';

const TCP_LISTEN = '0A';

/** port -> inodes of LISTEN sockets bound to it (any address, IPv4 and IPv6). */
export function listenSockets(): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue; // no IPv6 in this namespace
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 10 || f[3] !== TCP_LISTEN) continue;
      const port = parseInt(f[1]!.slice(f[1]!.lastIndexOf(':') + 1), 16);
      let set = out.get(port);
      if (!set) out.set(port, (set = new Set()));
      set.add(f[9]!);
    }
  }
  return out;
}

export type ProcStat = { pid: number; state: string; pgrp: number; startTime: string };

/** Parsed /proc/<pid>/stat, or undefined when the process is gone. */
export function procStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // comm (field 2) may contain spaces and parens: split after the last ')'.
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { pid, state: rest[0] ?? '?', pgrp: Number(rest[2]), startTime: rest[19] ?? '' };
}

/** Live (non-zombie) members of a process group. */
export function groupMembers(pgid: number): number[] {
  const out: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const st = procStat(Number(name));
    if (st && st.pgrp === pgid && st.state !== 'Z' && st.state !== 'X') out.push(st.pid);
  }
  return out;
}

/** Socket inodes held open by any of `pids`. */
export function socketInodes(pids: number[]): Set<string> {
  const out = new Set<string>();
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // exited meanwhile
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m) out.add(m[1]!);
      } catch {
        /* fd closed meanwhile */
      }
    }
  }
  return out;
}

/** Working directory of a process (" (deleted)" suffix stripped), if readable. */
export function procCwd(pid: number): string | undefined {
  try {
    return fs.readlinkSync(`/proc/${pid}/cwd`).replace(/ \(deleted\)$/, '');
  } catch {
    return undefined;
  }
}

/** Identity of a process that survives pid reuse: "<pid> <start time>". */
export function processIdentity(pid: number): string | undefined {
  const st = procStat(pid);
  return st ? `${pid} ${st.startTime}` : undefined;
}

export function identityAlive(identity: string): boolean {
  const [pid, start] = identity.trim().split(/\s+/);
  const st = procStat(Number(pid));
  return !!st && st.state !== 'Z' && st.startTime === start;
}
