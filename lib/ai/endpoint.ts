/** OpenAI-compatible endpoint URLs: accepts a base URL with or without /v1, or a pasted full route URL. */

const ROUTE_SUFFIXES = ["/chat/completions", "/completions", "/embeddings", "/responses", "/models"];

/**
 * Normalise to the `…/v1` base the OpenAI client expects: "http://localhost:11434",
 * "http://localhost:11434/v1/" and "http://localhost:11434/v1/chat/completions" all give
 * "http://localhost:11434/v1". A base with another path prefix keeps it ("http://h/api/v1").
 */
export function normalizeBaseUrl(input: string): string {
  const url = new URL(input.trim());
  let pathname = url.pathname.replace(/\/+$/, "");
  for (const suffix of ROUTE_SUFFIXES) {
    if (pathname.endsWith(suffix)) {
      pathname = pathname.slice(0, -suffix.length);
      break;
    }
  }
  if (!/\/v\d+$/.test(pathname)) pathname = `${pathname}/v1`;
  url.pathname = pathname;
  url.search = "";
  url.hash = "";
  return url.toString().replace(/\/+$/, "");
}

/** Origin and path of an endpoint for messages, without credentials or query. */
export function describeUrl(input: string): string {
  try {
    const url = new URL(input);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
  } catch {
    return "(invalid URL)";
  }
}
