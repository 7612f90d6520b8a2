import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppProviders } from "@/components/providers/app-providers";
import { getTranslator } from "@/lib/platform/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: { default: t("app.name"), template: `%s · ${t("app.name")}` } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, messages } = await getTranslator();
  return (
    <html lang={locale}>
      <body>
        <AppProviders locale={locale} messages={messages}>
          {children}
        </AppProviders>
      </body>
    </html>
  );
}
