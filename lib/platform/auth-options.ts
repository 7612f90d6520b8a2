import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "./db";
import { authSecret } from "./auth-secret";
import { authenticateStaff } from "./sign-in";
import { clientAddress } from "./request-meta";

const credentialsSchema = z.object({
  email: z.string().trim().email().max(200),
  password: z.string().min(1).max(200),
});

/** next-auth configuration: staff sign in with email and password; sessions are JWT cookies. */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) throw new Error("invalid");
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers ?? {})) {
          if (typeof v === "string") headers.set(k, v);
        }
        const result = await authenticateStaff(db, { ...parsed.data, ip: clientAddress(headers) });
        // The message travels to the sign-in form as `error`, which shows it in the user's language.
        if (!result.ok) throw new Error(result.reason);
        return {
          id: result.user.id,
          email: result.user.email,
          name: result.user.name,
          sessionVersion: result.user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv };
    },
  },
};
