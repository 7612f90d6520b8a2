import Link from "next/link";
import { getTranslator } from "@/lib/platform/i18n/server";

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <main className="status-page">
      <p className="status-code">404</p>
      <h1>{t("error.notFound.title")}</h1>
      <p className="muted">{t("error.notFound.body")}</p>
      <Link className="button" href="/">
        {t("common.backHome")}
      </Link>
    </main>
  );
}
