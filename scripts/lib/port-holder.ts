/**
 * Which process listens on a TCP port, so "port taken" errors can name it. Reads Linux's /proc
 * (no `ss` or `lsof` needed): the listening socket's inode in /proc/net/tcp{,6}, then the process
 * whose file descriptors include that socket. Elsewhere, or without permission, it finds nothing.
 */
import { readFileSync, readdirSync, readlinkSync } from "node:fs";
import net from "node:net";

export interface PortHolder {
  pid: number;
  command: string;
}

const LISTEN = "0A";

/** The inodes of sockets listening on `port` (any address, IPv4 or IPv6). */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      const [, local, , state, , , , , , inode] = fields;
      if (!local || state !== LISTEN || !inode) continue;
      if (Number.parseInt(local.split(":")[1] ?? "", 16) === port) inodes.add(inode);
    }
  }
  return inodes;
}

export function findPortHolder(port: number): PortHolder | undefined {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return undefined;
  const sockets = new Set([...inodes].map((inode) => `socket:[${inode}]`));
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue; // gone, or not ours to read
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${entry}/fd/${fd}`);
      } catch {
        continue;
      }
      if (!sockets.has(target)) continue;
      let command = "";
      try {
        command = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
      } catch {
        // exited meanwhile
      }
      return { pid: Number(entry), command: command || "unknown command" };
    }
  }
  return undefined;
}

/** Resolves true when nothing listens on host:port (we could bind it ourselves). */
export function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** One line naming who holds the port, with the command to free it when we know the process. */
export function describePortHolder(port: number, host: string): string {
  const holder = findPortHolder(port);
  if (!holder) return `Port ${port} on ${host} is already in use (by a process this user cannot see).`;
  const command = holder.command.length > 120 ? `${holder.command.slice(0, 117)}...` : holder.command;
  return `Port ${port} on ${host} is already in use by process ${holder.pid} (${command}); stop it with: kill ${holder.pid}`;
}
