import type { Metadata } from "next";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { TrackingView } from "@/components/tracking/tracking-view";
import { db } from "@/lib/platform/db";
import { getTranslator } from "@/lib/platform/i18n/server";
import { makeQueryClient } from "@/lib/platform/query-client";
import { trackingKeys } from "@/lib/tracking/query-options";
import { getTrackingView } from "@/lib/tracking/server/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("track.title"), robots: { index: false, follow: false } };
}

export default async function TrackPage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const view = await getTrackingView(db, token);
  if (!view) notFound();
  const { t } = await getTranslator();
  const queryClient = makeQueryClient();
  queryClient.setQueryData(trackingKeys.order(token), view);
  return (
    <main className="track-page">
      <header className="track-head">
        <strong>{t("track.title")}</strong>
        <LanguageSwitch />
      </header>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <Suspense fallback={<div className="track-card" aria-busy="true" />}>
          <TrackingView token={token} />
        </Suspense>
      </HydrationBoundary>
    </main>
  );
}
