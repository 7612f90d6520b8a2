import Link from "next/link";
import { getTranslator } from "@/lib/platform/i18n/server";

export default async function Forbidden() {
  const { t } = await getTranslator();
  return (
    <main className="status-page">
      <p className="status-code">403</p>
      <h1>{t("error.forbidden.title")}</h1>
      <p className="muted">{t("error.forbidden.body")}</p>
      <Link className="button" href="/">
        {t("common.backHome")}
      </Link>
    </main>
  );
}
