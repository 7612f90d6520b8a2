import { z } from "zod";
import { ItemEditorPage } from "../editor-page";

const searchSchema = z.object({
  store: z.string().min(1).max(64).optional().catch(undefined),
  // Set by the editor's own redirect after a save, so its notice survives the reload.
  saved: z.enum(["1", "approval"]).optional().catch(undefined),
});

export default async function EditMenuItemPage(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const [{ id }, search] = await Promise.all([props.params, props.searchParams]);
  const { store, saved } = searchSchema.parse(search);
  return <ItemEditorPage itemId={id.slice(0, 64)} store={store} saved={saved} />;
}
