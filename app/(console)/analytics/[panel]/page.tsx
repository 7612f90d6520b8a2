import { AnalyticsPanelPage } from "../panel-page";

export default async function AnalyticsPanelRoute(props: {
  params: Promise<{ panel: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { panel } = await props.params;
  return <AnalyticsPanelPage panel={panel} searchParams={props.searchParams} />;
}
