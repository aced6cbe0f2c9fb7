/** What the e2e global setup hands to the test files through vitest's provide/inject. */
declare module "vitest" {
  export interface ProvidedContext {
    e2eBaseUrl: string;
    /** The app's database, for tests that prepare their own organization and check what was saved. */
    e2eDatabaseUrl: string;
  }
}

export {};
