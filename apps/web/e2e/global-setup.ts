import type { TestProject } from "vitest/node";
import "./provided-context";
import { startTestApp } from "./test-app";

/** Starts the seeded app once for all browser tests; the teardown stops it and drops its database. */
export default async function setup(project: TestProject) {
  const app = await startTestApp();
  project.provide("e2eBaseUrl", app.baseUrl);
  return () => app.stop();
}
