"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { transitionCampaignAction } from "@/lib/campaigns/server/actions";
import type { CampaignWarning } from "@/lib/campaigns/domain/warnings";
import type { CampaignState } from "@/lib/campaigns/domain/types";
import type { CampaignAction } from "@/lib/campaigns/domain/lifecycle";
import type { MessageKey } from "@/lib/platform/i18n/messages";

const ACTIONS: Record<CampaignState, CampaignAction[]> = {
  DRAFT: ["publish", "end"],
  PENDING_APPROVAL: ["end"],
  SCHEDULED: ["pause", "end"],
  LIVE: ["pause", "end"],
  PAUSED: ["resume", "end"],
  ENDED: [],
};

/** Status, the state-machine buttons and the warnings to acknowledge before publishing. */
export function CampaignControls(props: {
  campaignId: string;
  status: CampaignState;
  warnings: CampaignWarning[];
  canPublish: boolean;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [warnings, setWarnings] = useState<CampaignWarning[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const run = (action: CampaignAction, acknowledged = false) =>
    startTransition(async () => {
      const result = await transitionCampaignAction({
        campaignId: props.campaignId,
        action,
        acknowledged,
      });
      if (!result.ok) {
        const fields = Object.values(result.fieldErrors ?? {}).flat();
        setMessage([result.message, ...fields].join(" "));
        return;
      }
      if (result.data.status === null) {
        setWarnings(result.data.warnings);
        return;
      }
      setWarnings(null);
      setMessage(
        result.data.status === "PENDING_APPROVAL" ? t("campaigns.editor.pendingApproval") : null,
      );
      router.refresh();
    });
  const shown = warnings ?? props.warnings;
  return (
    <section className="panel" data-testid="campaign-controls">
      <p>
        <span className="badge info" data-testid="campaign-status">
          {t(`campaignStatus.${props.status}` as MessageKey)}
        </span>
      </p>
      {props.status === "DRAFT" ? (
        <div data-testid="campaign-warnings">
          <h3>{t("campaigns.editor.warnings")}</h3>
          {shown.length === 0 ? (
            <p className="muted small">{t("campaigns.editor.noWarnings")}</p>
          ) : null}
          <ul>
            {shown.map((w, i) => (
              <li key={i} className="warn" data-code={w.code}>
                {t(`campaigns.warn.${w.code}` as MessageKey, w.params)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {props.canPublish ? (
        <div className="actions">
          {ACTIONS[props.status].map((a) => (
            <button
              key={a}
              type="button"
              className={`button ${a === "publish" ? "primary" : ""}`}
              disabled={pending}
              data-testid={`campaign-${a}`}
              onClick={() => run(a)}
            >
              {t(`campaigns.editor.${a}` as MessageKey)}
            </button>
          ))}
          {warnings && warnings.length > 0 ? (
            <button
              type="button"
              className="button primary"
              disabled={pending}
              data-testid="campaign-publish-confirm"
              onClick={() => run("publish", true)}
            >
              {t("campaigns.editor.confirmPublish")}
            </button>
          ) : null}
        </div>
      ) : null}
      {message ? (
        <p role="alert" className="form-error" data-testid="campaign-control-message">
          {message}
        </p>
      ) : null}
    </section>
  );
}
