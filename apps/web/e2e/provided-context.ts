/** What the e2e global setup hands to the test files through vitest's provide/inject. */
declare module "vitest" {
  export interface ProvidedContext {
    e2eBaseUrl: string;
    /** The app's database, for the fixtures (e2e/fixtures.ts) that create what a test needs. */
    e2eDatabaseUrl: string;
  }
}

export {};
