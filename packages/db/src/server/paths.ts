import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

/** Where the repository keeps its schema, migrations and local data. */
export const paths = {
  root,
  schema: path.join(root, "prisma/schema.prisma"),
  migrations: path.join(root, "prisma/migrations"),
  data: path.join(root, ".data"),
};
