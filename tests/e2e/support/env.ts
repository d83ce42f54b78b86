/** Values the global setup shares with the browser tests (vitest provide/inject). */
declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the app, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** Control API of the fake OpenAI-compatible server (see testing/fake-openai-server.ts). */
    fakeControlUrl: string;
    /** Chat model name the fake serves, as LOCAL_LLM_MODEL. */
    fakeModel: string;
  }
}

export const FAKE_MODEL = "fake-e2e-model";
export const SCREENSHOT_DIR = "artifacts/screenshots";
export const LOG_DIR = "artifacts/e2e";
