import { NextResponse, type NextRequest } from "next/server";

// Not an access check (pages and handlers check for themselves): it only tells server code
// which path was asked for, so a signed-out visitor can be sent back there after sign-in.
export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-current-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"],
};
