import { AnalyticsPanelPage } from "./panel-page";

export default function AnalyticsPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <AnalyticsPanelPage panel="overview" searchParams={props.searchParams} />;
}
