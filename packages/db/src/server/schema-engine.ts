/**
 * Prisma's schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm), driven through
 * the pg driver adapter. It reads and writes the same `_prisma_migrations` table and migration
 * folders as `prisma migrate deploy`, without the native engine binary the Prisma CLI downloads.
 */
import { readFile, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine, SchemaFilter, SchemasContainer } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { paths } from "./paths";

/** Node's WebAssembly global (its types live in TypeScript's DOM library, which we do not load). */
const wasm = (globalThis as unknown as {
  WebAssembly: {
    compile(bytes: Uint8Array): Promise<object>;
    Instance: new (module: object, imports: Record<string, object>) => { exports: Record<string, unknown> };
  };
}).WebAssembly;

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    // The package exports only its JS glue; the .wasm file sits beside it.
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
    const module = await wasm.compile(await readFile(wasmPath));
    const instance = new wasm.Instance(module, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return wasmReady;
}

export const noFilter: SchemaFilter = { externalTables: [], externalEnums: [] };

export async function withSchemaEngine<T>(
  connectionString: string,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const pool = new pg.Pool({ connectionString, max: 4 });
  pool.on("connect", reportInternalCharAsText);
  const adapter = bindMigrationAwareSqlAdapterFactory(charAwareAdapter(pool));
  const schema = await readSchema();
  const logs: string[] = [];
  const engine = await bg.SchemaEngine.new(
    { datamodels: schema.files.map((file) => [file.path, file.content] as [string, string]) },
    (log: string) => logs.push(log),
    adapter,
  );
  try {
    return await run(engine);
  } catch (error) {
    throw new Error(`Prisma schema engine failed: ${describeEngineError(error)}`, { cause: error });
  } finally {
    engine.free();
    await pool.end();
  }
}

/**
 * The engine's schema introspection reads catalog columns of PostgreSQL's internal one-byte
 * `"char"` type (pg_class.relkind, pg_constraint.contype, ...). The pg adapter does not map that
 * type ("Column type 'char' could not be deserialized"), while the engine expects a Character
 * column. pg hands such values over as one-letter strings, so we report them as text to the
 * adapter and tell the engine they are characters. Only the migration tooling uses this.
 */
const internalCharOid = 18;
const textOid = 25;
const internalCharColumns = new Set<string>();

function reportInternalCharAsText(client: pg.PoolClient): void {
  const asText = (value: pg.QueryResult | undefined) => {
    for (const field of value?.fields ?? []) {
      if (field.dataTypeID !== internalCharOid) continue;
      internalCharColumns.add(field.name);
      field.dataTypeID = textOid;
    }
    return value;
  };
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, value: pg.QueryResult) => (last as (e: unknown, v: unknown) => void)(error, asText(value));
    }
    const result = query(...args);
    return result instanceof Promise ? result.then(asText) : result;
  };
}

function typeCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    result.columnTypes = result.columnTypes.map((type, i) =>
      type === ColumnTypeEnum.Text && internalCharColumns.has(result.columnNames[i] ?? "") ? ColumnTypeEnum.Character : type,
    );
    return result;
  };
  return queryable;
}

function charAwareAdapter(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPg(pool);
  const wrapAdapter = (adapter: SqlDriverAdapter, scriptPool?: pg.Pool): SqlDriverAdapter => {
    if (scriptPool) {
      // The adapter splits scripts on every ";", which breaks function bodies ($$ ... $$) in
      // hand-written migration SQL. PostgreSQL runs a multi-statement script sent as one simple
      // query in one implicit transaction, as `prisma migrate deploy` does.
      adapter.executeScript = async (script) => {
        await scriptPool.query(script);
      };
    }
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => typeCharColumns(await startTransaction(...args));
    return typeCharColumns(adapter);
  };
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => wrapAdapter(await base.connect(), pool),
    connectToShadowDb: async () => wrapAdapter(await base.connectToShadowDb()),
  };
}

function describeEngineError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error) return String(error.message);
  return JSON.stringify(error);
}

export async function readSchema(): Promise<SchemasContainer> {
  return { files: [{ path: paths.schema, content: await readFile(paths.schema, "utf8") }] };
}

export async function readMigrations(): Promise<MigrationList> {
  const baseDir = paths.migrations;
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const names = existsSync(baseDir)
    ? (await readdir(baseDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const file = path.join(baseDir, name, "migration.sql");
      const content = existsSync(file)
        ? { tag: "ok" as const, value: await readFile(file, "utf8") }
        : { tag: "error" as const, value: `missing ${file}` };
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  return {
    baseDir,
    lockfile: { path: lockPath, content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}
