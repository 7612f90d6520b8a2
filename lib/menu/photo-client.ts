/** Uploads a dish photo to the menu photo route; the server checks its real type and size. */
export async function uploadMenuPhoto(
  storeId: string,
  file: File,
): Promise<{ ok: true; id: string; url: string } | { ok: false; message: string }> {
  const body = new FormData();
  body.set("storeId", storeId);
  body.set("file", file);
  const res = await fetch("/api/menu/photos", { method: "POST", body });
  const json = (await res.json().catch(() => ({}))) as {
    id?: string;
    url?: string;
    detail?: string;
    errors?: { field: string; message: string }[];
  };
  if (res.ok && json.id && json.url) return { ok: true, id: json.id, url: json.url };
  return {
    ok: false,
    message:
      json.errors?.find((e) => e.field === "file")?.message ?? json.detail ?? `HTTP ${res.status}`,
  };
}
