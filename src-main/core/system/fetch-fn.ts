/** HTTP as a dependency: global fetch in production, a function bound to a test server in tests. */
export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;
