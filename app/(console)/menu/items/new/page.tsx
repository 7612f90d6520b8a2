import { z } from "zod";
import { ItemEditorPage } from "../editor-page";

const searchSchema = z.object({ store: z.string().min(1).max(64).optional().catch(undefined) });

export default async function NewMenuItemPage(props: {
  searchParams: Promise<Record<string, string>>;
}) {
  const search = searchSchema.parse(await props.searchParams);
  return <ItemEditorPage itemId={null} store={search.store} />;
}
