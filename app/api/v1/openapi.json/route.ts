import { openApiDocument } from "./document";

/** The OpenAPI document of the public order API. */
export function GET(): Response {
  return Response.json(openApiDocument, { headers: { "cache-control": "public, max-age=300" } });
}
