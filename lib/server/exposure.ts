/**
 * What the server exposes: each route's methods, the body types each method accepts, and whether it
 * is reachable before signing in. The proxy enforces this table before any handler runs.
 */

export type Method = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";

const JSON_ONLY = ["application/json"] as const;

interface RouteRule {
  /** Matched against the decoded path. */
  pattern: RegExp;
  /** Allowed methods, each with the body media types it accepts ([] = no body expected). */
  methods: Partial<Record<Method, readonly string[]>>;
  /** Served without a session (signing in, and the files the sign-in page needs). */
  public?: boolean;
}

const ROUTES: readonly RouteRule[] = [
  { pattern: /^\/api\/chat$/, methods: { POST: JSON_ONLY } },
  { pattern: /^\/api\/search$/, methods: { POST: JSON_ONLY } },
  // Articles are added as JSON or as an uploaded file; adding and removing need the admin token.
  { pattern: /^\/api\/documents$/, methods: { GET: [], POST: [...JSON_ONLY, "multipart/form-data"] } },
  { pattern: /^\/api\/documents\/[^/]+$/, methods: { GET: [], DELETE: [] } },
  { pattern: /^\/api\/health$/, methods: { GET: [] } },
  { pattern: /^\/api\/session$/, methods: { GET: [], POST: JSON_ONLY, DELETE: [] }, public: true },
  { pattern: /^\/api(\/|$)/, methods: { GET: [] } },
  { pattern: /^\/sign-in$/, methods: { GET: [] }, public: true },
  { pattern: /^\/_next\/static\//, methods: { GET: [] }, public: true },
  { pattern: /^\/favicon\.ico$/, methods: { GET: [] }, public: true },
  // Pages: read only (the app has no server actions).
  { pattern: /^\//, methods: { GET: [] } },
];

export interface RouteAccess {
  rule: RouteRule;
  /** Comma-separated allowed methods, for the Allow header. */
  allow: string;
  isApi: boolean;
  isPublic: boolean;
}

export function routeFor(pathname: string): RouteAccess {
  const rule = ROUTES.find((r) => r.pattern.test(pathname)) ?? ROUTES[ROUTES.length - 1]!;
  const methods = Object.keys(rule.methods) as Method[];
  if (methods.includes("GET")) methods.splice(methods.indexOf("GET") + 1, 0, "HEAD");
  return { rule, allow: methods.join(", "), isApi: pathname === "/api" || pathname.startsWith("/api/"), isPublic: rule.public === true };
}

/** The media types a method may send to this route, or null when the method is not allowed. */
export function acceptedBodyTypes(route: RouteAccess, method: string): readonly string[] | null {
  const m = (method === "HEAD" ? "GET" : method) as Method;
  return route.rule.methods[m] ?? null;
}

/** Whether a request's Content-Type is one of the accepted media types (parameters such as charset ignored). */
export function isAcceptedContentType(contentType: string | null, accepted: readonly string[]): boolean {
  const media = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  return accepted.includes(media);
}
