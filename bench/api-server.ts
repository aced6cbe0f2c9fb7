/**
 * The HTTP API (better-auth + tRPC, the same handler the Next.js route handlers serve) on a plain
 * node:http server, for the benchmark to load without the page-rendering layer.
 */
import http from "node:http";
import { createRequestHandler, createServerDependencies } from "@closebook/api";

const port = Number(process.env.PORT ?? 4100);
const deps = createServerDependencies({ ...process.env, BETTER_AUTH_URL: `http://127.0.0.1:${port}` });
const handle = createRequestHandler(deps);

const server = http.createServer(async (req, res) => {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(key, value);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const request = new Request(`http://127.0.0.1:${port}${req.url ?? "/"}`, { method: req.method, headers, body: req.method === "GET" || req.method === "HEAD" ? undefined : body });
    const response = await handle(request);
    const out: Record<string, string | string[]> = {};
    response.headers.forEach((value, key) => {
      if (key !== "set-cookie") out[key] = value;
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length) out["set-cookie"] = cookies;
    res.writeHead(response.status, out);
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    console.error(error);
    res.writeHead(500).end();
  }
});
server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1", () => console.log(`api listening on ${port}`));
process.on("SIGTERM", () => server.close(() => void deps.db.close().then(() => process.exit(0))));
