/**
 * Sharing safely: a page from another origin cannot drive the chat or frame the app; a model that
 * stalls midway is shown as such; the app refuses 0.0.0.0 without a token and works with one (API,
 * CLI, browser sign-in); SIGTERM to `npm start` frees the port; slow headers and bodies are cut in seconds.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import { createWriteStream } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChatPage } from "./pages/ChatPage";
import { launchBrowser, openPage, sharedBrowser } from "./support/browser";
import { baseUrl, fakeControl } from "./support/helpers";
import { LOG_DIR } from "./support/env";
import { freePort } from "../../testing/free-port";

const QUESTION = "Vòng đàm phán thứ hai diễn ra khi nào?";
const chatBody = JSON.stringify({ messages: [{ id: "m", role: "user", parts: [{ type: "text", text: QUESTION }] }], profileId: "local" });

/** A page served from another port of the same machine (same site, other origin), as in the red team's report. */
function attackerPage(appUrl: string): string {
  return `<!doctype html><html><body>
<iframe id="framed" src="${appUrl}/" width="600" height="400"></iframe>
<form id="f" method="POST" action="${appUrl}/api/chat" enctype="text/plain" target="sink"><input name='${chatBody.slice(0, -1)},"x":"' value='"}'></form>
<iframe name="sink"></iframe>
<script>
  window.results = {};
  fetch(${JSON.stringify(appUrl)} + "/api/chat", { method: "POST", mode: "no-cors", headers: { "content-type": "text/plain" }, body: ${JSON.stringify(chatBody)} })
    .then(() => { window.results.fetch = "sent"; }, (e) => { window.results.fetch = String(e); });
  document.getElementById("f").submit();
</script></body></html>`;
}

describe("another origin", () => {
  const browser = sharedBrowser();
  let attacker: Server;
  let attackerUrl: string;
  const fake = fakeControl();

  beforeAll(async () => {
    const port = await freePort();
    attacker = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(attackerPage(baseUrl())));
    await new Promise<void>((resolve) => attacker.listen(port, "127.0.0.1", resolve));
    attackerUrl = `http://127.0.0.1:${port}/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => attacker?.close(resolve));
  });

  it("cannot make the app call the model (fetch or form POST) and cannot frame it", async () => {
    await fake.start();
    await fake.reset();
    const { page, context } = await openPage(browser());
    await page.goto(attackerUrl);
    await page.waitForFunction(() => (window as unknown as { results: { fetch?: string } }).results.fetch !== undefined);
    await page.waitForTimeout(1500); // the form post and the frame have time to land
    // Had either POST got through, the local profile would have asked the fake model.
    expect((await fake.state()).requests.filter((r) => r.path.endsWith("/chat/completions"))).toHaveLength(0);
    const framed = page.frames().find((f) => f.name() !== "sink" && f !== page.mainFrame() && f.url() !== "about:blank");
    // A refused frame is left empty or on Chromium's error page: the app's composer never appears in it.
    const composerInFrame = framed
      ? await framed
          .locator("textarea#composer")
          .count()
          .catch(() => 0)
      : 0;
    expect(composerInFrame).toBe(0);
    await context.close();
  });

  it("the app itself runs under its CSP (no blocked script) and answers", async () => {
    const { problems, context, chat } = await ChatPage.open(browser());
    await chat.askAndWait(QUESTION);
    expect(await chat.answerText()).toMatch(/19|tháng 5/);
    expect(problems.filter((p) => /Content Security Policy|CSP/i.test(p))).toEqual([]);
    await context.close();
  });
});

describe("a model that stalls midway", () => {
  const browser = sharedBrowser();
  const fake = fakeControl();
  afterAll(async () => {
    await fake.reset();
  });

  it("keeps the partial answer as written, shows the fallback as its own block, says the model stopped midway, turns the status amber", async () => {
    const reply = "Vòng hai diễn ra tại Washington từ ngày 19 đến 22 tháng 5 [1]. Hai bên thảo luận thuế quan.";
    await fake.start();
    await fake.reset({ reply, chunkChars: 8, intervalMs: 20, fault: { kind: "stall", chunks: 3 } });
    const { page, context, chat } = await ChatPage.open(browser(), { profile: "local" });
    const answer = await chat.askAndWait(QUESTION, 60_000);
    await expect.poll(() => chat.failureAlert(answer).innerText()).toMatch(/stopped responding midway/);
    expect(await chat.failureAlert(answer).innerText()).not.toMatch(/HTTP 200|rejected/);
    const paragraphs = await answer.locator(".answer-md p").allInnerTexts();
    expect(paragraphs[0]).toBe(reply.slice(0, 24)); // as written, nothing glued after it
    expect(paragraphs[1]).toMatch(/^Mô hình không trả lời được/);
    await expect.poll(() => chat.profileHealth.innerText(), { timeout: 15_000 }).toMatch(/last answer failed/);
    await page.screenshot({ path: path.join("artifacts/screenshots", "stall-midway.png"), fullPage: true });

    // The next good answer turns it back.
    await fake.reset({ reply, chunkChars: 8, intervalMs: 5 });
    await chat.ask("Hai bên thảo luận gì?");
    await page.waitForFunction(() => document.querySelectorAll('article[data-role="assistant"][data-status="done"]').length === 2, undefined, {
      timeout: 60_000,
    });
    await page.reload();
    await chat.selectProfile("local");
    await expect.poll(() => chat.profileHealth.innerText(), { timeout: 15_000 }).not.toMatch(/last answer failed/);
    await context.close();
  });
});

const TOKEN = "e2e-team-token-4f1c9a";

/**
 * `npm start` on a free port with this environment; its output goes to artifacts/e2e/<name>.log.
 * Not testing/app-launcher.ts, the launcher of the browser tests' app, the bench and the load
 * test: here `npm start` itself is under test, on HOST=0.0.0.0 (the launcher serves on loopback
 * only), refusing to start (the launcher treats an exit as a failure), and stopped by a SIGTERM to
 * the npm start process alone (the launcher signals its whole process group).
 */
async function startApp(
  name: string,
  extra: Record<string, string>,
): Promise<{ child: ChildProcess; port: number; output: () => string; exited: Promise<number | null> }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", ...extra };
  delete env.OPENAI_API_KEY;
  delete env.LOCAL_LLM_BASE_URL;
  delete env.LOCAL_LLM_MODEL;
  const child = spawn("npm", ["start"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const log = createWriteStream(path.join(LOG_DIR, `${name}.log`));
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on("data", (d: Buffer) => {
      output += d.toString();
      log.write(d);
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, port, output: () => output, exited };
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe("shared on the network (HOST=0.0.0.0)", () => {
  it("refuses to start without a token and says what to set", async () => {
    const app = await startApp("no-token", { HOST: "0.0.0.0", APP_ACCESS_TOKEN: "", APP_ADMIN_TOKEN: "", ALLOW_UNAUTHENTICATED: "" });
    expect(await app.exited).not.toBe(0);
    expect(app.output()).toMatch(/APP_ACCESS_TOKEN/);
    expect(app.output()).toMatch(/ALLOW_UNAUTHENTICATED=1/);
    await expect(fetch(`http://127.0.0.1:${app.port}/api/health`)).rejects.toThrow();
  });

  it("ALLOW_UNAUTHENTICATED=1 serves without sign-in, with a warning in the log and a banner on the page", async () => {
    const app = await startApp("unauthenticated", { HOST: "0.0.0.0", APP_ACCESS_TOKEN: "", APP_ADMIN_TOKEN: "", ALLOW_UNAUTHENTICATED: "1" });
    const url = `http://127.0.0.1:${app.port}`;
    try {
      await waitUntil(async () => (await fetch(`${url}/api/health`)).status === 200, 300_000, "the open app to answer");
      expect(app.output()).toMatch(/WARNING: ALLOW_UNAUTHENTICATED=1/);
      const html = await (await fetch(`${url}/`)).text();
      expect(html).toContain('data-testid="unauthenticated-banner"');
    } finally {
      app.child.kill("SIGTERM");
      await app.exited;
    }
  });

  it("with a token: API, CLI and browser sign-in work; SIGTERM to npm start frees the port", async () => {
    const app = await startApp("with-token", { HOST: "0.0.0.0", APP_ACCESS_TOKEN: TOKEN });
    const url = `http://127.0.0.1:${app.port}`;
    try {
      await waitUntil(async () => (await fetch(`${url}/api/health`)).status === 401, 300_000, "the shared app to answer");
      // API: refused without the token, served with it.
      expect((await fetch(`${url}/api/documents`)).status).toBe(401);
      const documents = await fetch(`${url}/api/documents`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(documents.status).toBe(200);
      expect(((await documents.json()) as { documents: unknown[] }).documents.length).toBeGreaterThan(0);

      // CLI against the running server.
      const run = promisify(execFile);
      const cli = await run("npx", ["tsx", "scripts/ask.ts", "--url", url, QUESTION], { env: { ...process.env, APP_ACCESS_TOKEN: TOKEN } });
      expect(cli.stdout).toMatch(/\[1\]/);
      const refused = await run("npx", ["tsx", "scripts/ask.ts", "--url", url, QUESTION], { env: { ...process.env, APP_ACCESS_TOKEN: "" } }).catch(
        (e: { stderr: string }) => e,
      );
      expect((refused as { stderr: string }).stderr).toMatch(/401.*\n.*APP_ACCESS_TOKEN/s);

      // Browser: sent to /sign-in, a wrong token is refused, the right one leads back to the chat.
      const browser = await launchBrowser();
      try {
        const { page, context } = await openPage(browser);
        await page.goto(`${url}/`);
        await page.waitForURL(/\/sign-in\?next=%2F/);
        await page.fill("input#token", "not-the-token-000");
        await page.press("input#token", "Enter");
        // The refusal itself, not any live region (Next's route announcer is one too): the second
        // token must be typed once the first attempt has finished, or Enter meets a disabled button.
        await page
          .getByRole("alert")
          .filter({ hasText: /not right|không đúng/ })
          .waitFor();
        await page.locator('form button[type="submit"]:not([disabled])').waitFor();
        await page.fill("input#token", TOKEN);
        await page.press("input#token", "Enter");
        const chat = new ChatPage(page, url);
        await chat.composer.waitFor({ timeout: 30_000 });
        const cookie = (await context.cookies()).find((c) => c.name === "vt_session");
        expect(cookie?.httpOnly).toBe(true);
        expect(cookie?.sameSite).toBe("Strict");
        await chat.ask(QUESTION);
        await chat.waitForAnswer();
        expect(await chat.answerText()).toMatch(/19|tháng 5/);
      } finally {
        await browser.close();
      }

      // SIGTERM to npm start (not its group): the whole app stops and the port is free.
      app.child.kill("SIGTERM");
      await waitUntil(async () => app.child.exitCode !== null || app.child.signalCode !== null, 15_000, "npm start to exit");
      await waitUntil(
        () =>
          fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) }).then(
            () => false,
            () => true,
          ),
        15_000,
        "the port to be freed",
      );
    } finally {
      if (app.child.exitCode === null) app.child.kill("SIGKILL");
    }
  });
});

/** Seconds until the server closes a socket that sent `data` and then went quiet. */
function secondsUntilClosed(port: number, data: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1", () => socket.write(data));
    socket.on("data", () => {});
    socket.on("error", () => {});
    socket.on("close", () => resolve((Date.now() - started) / 1000));
    setTimeout(() => {
      socket.destroy();
      reject(new Error("the server kept the slow client's socket open for 60 s"));
    }, 60_000).unref();
  });
}

describe("slow clients", () => {
  it("cuts slow headers and slow bodies after the configured timeouts, not Node's 300 s", async () => {
    const app = await startApp("slow-clients", { HOST: "127.0.0.1", HEADERS_TIMEOUT_MS: "2000", REQUEST_TIMEOUT_MS: "3000" });
    try {
      await waitUntil(async () => (await fetch(`http://127.0.0.1:${app.port}/api/health`)).ok, 300_000, "the app to answer");
      // Headers that never end, and a body that never arrives: each socket is closed within a few
      // seconds of its timeout (the bound leaves room for a loaded machine; Node's default is 300 s).
      const [headers, body] = await Promise.all([
        secondsUntilClosed(app.port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1\r\n"),
        secondsUntilClosed(
          app.port,
          `POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"messages":`,
        ),
      ]);
      expect(headers).toBeLessThan(15);
      expect(body).toBeLessThan(15);
      // The server still answers everyone else.
      expect((await fetch(`http://127.0.0.1:${app.port}/api/health`)).ok).toBe(true);
    } finally {
      app.child.kill("SIGTERM");
      await app.exited;
    }
  });
});
