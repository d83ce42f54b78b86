import path from "node:path";

/** Values the global setup shares with the browser tests (vitest provide/inject). */
declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the app, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** Control API of the fake OpenAI-compatible server (see testing/fake-openai-server.ts). */
    fakeControlUrl: string;
    /** Chat model name the fake serves, as LOCAL_LLM_MODEL. */
    fakeModel: string;
    /** The API key the app was started (and built) with, to look for in what a browser can fetch; empty for an app started elsewhere. */
    secretMarker: string;
  }
}

export const FAKE_MODEL = "fake-e2e-model";
export const SCREENSHOT_DIR = "artifacts/screenshots";
export const LOG_DIR = "artifacts/e2e";
/** The app's build folder, as `npm start` in this folder makes it. */
export const NEXT_DIR = path.resolve(".next");
/** Holds the marker key the build in NEXT_DIR was made with (written by the global setup after building). */
export const SECRET_MARKER_FILE = path.join(NEXT_DIR, "secret-marker");
