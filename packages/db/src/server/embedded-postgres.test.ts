import { lstat, mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const folders: string[] = [];

/** A folder only its owner may enter, like /root or any `mktemp -d` folder. */
async function privateFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "closebook-private-"));
  folders.push(dir);
  expect((await stat(dir)).mode & 0o777).toBe(0o700);
  return dir;
}

async function settings(url: string) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const { rows } = await client.query<{ fsync: string; synchronous_commit: string; full_page_writes: string}>(
      `select current_setting('fsync') as fsync, current_setting('synchronous_commit') as synchronous_commit,
              current_setting('full_page_writes') as full_page_writes`,
    );
    const [row] = rows;
    if (!row) throw new Error("no settings row");
    return row;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe("embedded PostgreSQL", () => {
  it(`starts with its data inside a drwx------ folder${isRoot ? ", as root (the server runs as 'postgres')" : ""}, and is durable by default`, async () => {
    const dataDir = path.join(await privateFolder(), "data", "postgres");
    const server = await startEmbeddedPostgres({ dataDir, persistent: true });
    try {
      expect(await settings(server.adminUrl)).toMatchObject({ fsync: "on", synchronous_commit: "on", full_page_writes: "on" });
      if (isRoot) {
        // The postgres user cannot enter the private folder: the data lives where it can, linked from there.
        expect((await lstat(dataDir)).isSymbolicLink()).toBe(true);
        expect(server.dataDir).not.toBe(dataDir);
      }
    } finally {
      await server.stop();
    }
    // Persistent: the same data folder opens again.
    const again = await startEmbeddedPostgres({ dataDir, persistent: true });
    try {
      expect((await settings(again.adminUrl)).fsync).toBe("on");
    } finally {
      await again.stop();
      await rm(again.dataDir, { recursive: true, force: true });
    }
  });

  it("turns durability off only for a throwaway server, whose data is removed when it stops", async () => {
    const dataDir = path.join(await privateFolder(), "throwaway");
    const server = await startEmbeddedPostgres({ dataDir, persistent: false, durability: "throwaway" });
    const real = server.dataDir;
    try {
      expect(await settings(server.adminUrl)).toMatchObject({ fsync: "off", synchronous_commit: "off", full_page_writes: "off" });
    } finally {
      await server.stop();
    }
    await expect(stat(real)).rejects.toThrow();
    await expect(lstat(dataDir)).rejects.toThrow();
  });
});
