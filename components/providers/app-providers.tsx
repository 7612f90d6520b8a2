"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { getQueryClient } from "@/lib/platform/query-client";
import type { Locale, Messages } from "@/lib/platform/i18n/messages";
import { I18nProvider } from "./i18n-provider";

/** Client-side context for the whole app: TanStack Query and the i18n catalogue. */
export function AppProviders(props: { locale: Locale; messages: Messages; children: ReactNode }) {
  const queryClient = getQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={props.locale} messages={props.messages}>
        {props.children}
      </I18nProvider>
    </QueryClientProvider>
  );
}
