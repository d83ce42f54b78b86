/** Root layout: html/body shell, global styles, language boot script and the locale provider. */
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "./globals.css";
import { LocaleProvider } from "./_components/LocaleProvider";
import { DEFAULT_LOCALE, LANG_BOOT_SCRIPT } from "@/lib/i18n";
import { getConfig } from "@/lib/config";
import { accessMode, UNAUTHENTICATED_WARNING } from "@/lib/server/access";

export const metadata: Metadata = {
  title: "Vietnam–US trade talks · cited answers",
  description: "Cited question answering over Vietnamese news articles on the 2025 Vietnam–US trade negotiations.",
  // Inline icon: no extra request, nothing fetched from the network.
  icons: {
    icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='7' fill='%230369a1'/%3E%3Ctext x='16' y='22' font-family='sans-serif' font-size='15' font-weight='700' text-anchor='middle' fill='white'%3E%5B1%5D%3C/text%3E%3C/svg%3E",
  },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1220" },
  ],
};

function sharedWithoutSignIn(): boolean {
  try {
    return accessMode(getConfig()) === "unauthenticated";
  } catch {
    return false;
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The proxy's per-request nonce: the CSP allows only scripts that carry it.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang={DEFAULT_LOCALE} suppressHydrationWarning>
      <head>
        {/* Static, app-authored script (no user or corpus data): sets <html lang> before first paint. */}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: as said above; the CSP nonce allows only this script. */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: LANG_BOOT_SCRIPT }} />
      </head>
      <body className="min-h-dvh bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {sharedWithoutSignIn() && (
          <p
            role="alert"
            data-testid="unauthenticated-banner"
            className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-900 dark:bg-amber-900 dark:text-amber-50"
          >
            {UNAUTHENTICATED_WARNING}
          </p>
        )}
        <LocaleProvider>{children}</LocaleProvider>
      </body>
    </html>
  );
}
