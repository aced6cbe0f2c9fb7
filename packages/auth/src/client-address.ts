import { isIP } from "node:net";

/**
 * Internal header carrying the client address that rate limiting keys on. Only the auth handler
 * (`withClientAddress`) writes it: any copy a client sends is dropped first, so it is never trusted.
 */
export const clientAddressHeader = "x-closebook-client-address";

export interface ClientAddressSource {
  /**
   * Header set by the reverse proxy in front of the server (e.g. `x-forwarded-for`, `x-real-ip`).
   * Only read when configured; the proxy must overwrite or append to it. For a list, the last
   * (rightmost) entry is taken: the address the proxy itself saw, which a client cannot forge.
   */
  trustedProxyHeader?: string;
  /** The remote address of the connection, when the server knows it (not behind a proxy). */
  socketAddress?: string | null;
}

/** A bare IP from a header or socket entry ("[::1]:443", "203.0.113.9:5000", "::ffff:10.0.0.1"), or null. */
function parseAddress(value: string | null | undefined): string | null {
  let entry = value?.trim() ?? "";
  if (entry.startsWith("[")) entry = entry.slice(1, entry.indexOf("]") === -1 ? undefined : entry.indexOf("]"));
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(entry)) entry = entry.slice(0, entry.lastIndexOf(":"));
  if (entry.toLowerCase().startsWith("::ffff:") && isIP(entry.slice(7)) === 4) entry = entry.slice(7);
  return isIP(entry) ? entry.toLowerCase() : null;
}

/**
 * The client address of a request: from the trusted proxy header when one is configured (never the
 * socket then: that is the proxy, shared by every client), otherwise the socket's remote address.
 * Null when neither gives a valid IP.
 */
export function resolveClientAddress(headers: Headers, source: ClientAddressSource): string | null {
  if (source.trustedProxyHeader) {
    const entries = (headers.get(source.trustedProxyHeader) ?? "").split(",");
    return parseAddress(entries[entries.length - 1]);
  }
  return parseAddress(source.socketAddress);
}

/** The request with `clientAddressHeader` set from `source` (or removed), whatever the client sent. */
export function withClientAddress(request: Request, source: ClientAddressSource): { request: Request; clientAddress: string | null } {
  const headers = new Headers(request.headers);
  headers.delete(clientAddressHeader);
  const clientAddress = resolveClientAddress(headers, source);
  if (clientAddress) headers.set(clientAddressHeader, clientAddress);
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : request.body;
  // A streamed body needs `duplex: "half"`, which the DOM typings do not know yet.
  const init: RequestInit & { duplex?: "half" } = { method: request.method, headers, body, signal: request.signal, redirect: request.redirect, duplex: "half" };
  return { request: new Request(request.url, init), clientAddress };
}
