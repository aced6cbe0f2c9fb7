import type { TestProject } from "vitest/node";
import { clearScreenshots } from "./browser";
import "./provided-context";
import { startTestApp } from "./test-app";

/**
 * Starts the app (on an empty, migrated database) once for all browser tests; the teardown stops it and drops its database.
 * The screenshots of an earlier run are removed first, so the folder shows this run only.
 */
export default async function setup(project: TestProject) {
  await clearScreenshots();
  const app = await startTestApp();
  project.provide("e2eBaseUrl", app.baseUrl);
  project.provide("e2eDatabaseUrl", app.databaseUrl);
  return () => app.stop();
}
