/** Who may send a request: the Host header must name this server (against DNS rebinding) and the sender must be this origin. */
import os from "node:os";
import type { AppConfig } from "../config";

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1", "[::1]"];
const WILDCARD_ADDRESSES = new Set(["0.0.0.0", "::", "[::]"]);

/** True for an address or name that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  return h === "localhost" || h.endsWith(".localhost") || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h);
}

/** The host part of a Host header or origin authority ("Example.org:3000" → "example.org", "[::1]:3000" → "[::1]"). */
export function hostnameOf(authority: string): string {
  const a = authority.trim().toLowerCase();
  if (a.startsWith("[")) return a.slice(0, a.indexOf("]") + 1);
  const colon = a.indexOf(":");
  return colon >= 0 && a.indexOf(":", colon + 1) < 0 ? a.slice(0, colon) : a;
}

/**
 * Host names this server answers to: loopback names, HOST, and — when HOST is a wildcard address —
 * this machine's own addresses and name; plus ALLOWED_HOSTS. A name an attacker controls is never
 * among them, which is what defeats DNS rebinding.
 */
export function servedHostnames(config: Pick<AppConfig, "HOST" | "ALLOWED_HOSTS">): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  const bind = config.HOST.trim().toLowerCase();
  if (WILDCARD_ADDRESSES.has(bind)) {
    for (const list of Object.values(os.networkInterfaces())) {
      for (const address of list ?? []) names.add(address.family === "IPv6" ? `[${address.address.toLowerCase()}]` : address.address);
    }
    names.add(os.hostname().toLowerCase());
  } else {
    names.add(bind.includes(":") && !bind.startsWith("[") ? `[${bind}]` : bind);
  }
  for (const entry of (config.ALLOWED_HOSTS ?? "").split(",")) {
    if (entry.trim()) names.add(hostnameOf(entry));
  }
  return names;
}

/** Why a request comes from somewhere else, or null when it is this origin's own (or a non-browser client). */
export function crossSiteReason(headers: Headers): string | null {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return `Sec-Fetch-Site is ${site}`;
  const origin = headers.get("origin");
  if (origin === null) return null;
  const host = headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return `Origin is ${origin.slice(0, 60)}`;
  }
  return host && originHost === host.toLowerCase() ? null : `Origin ${origin.slice(0, 100)} is not this server`;
}
