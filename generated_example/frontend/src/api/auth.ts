/** Auth endpoints of the backend (`/api/v1/auth/*`). Types come from the generated OpenAPI schema. */
import { api, refreshSession } from "./client";
import { clearTokens, getTokens, setTokens } from "./tokens";
import type { Schemas } from "./types";

export type User = Schemas["UserRead"];
export type RegisterInput = Schemas["UserCreate"];
export type LoginInput = Schemas["LoginRequest"];
export type TokenResponse = Schemas["TokenPair"];

export async function login(email: string, password: string): Promise<TokenResponse> {
  const body: LoginInput = { email, password };
  const tokens = await api.post<TokenResponse>("/auth/login", body, { auth: false });
  setTokens({ accessToken: tokens.access_token, refreshToken: tokens.refresh_token });
  return tokens;
}

export function register(input: RegisterInput): Promise<User> {
  return api.post<User>("/auth/register", input, { auth: false });
}

export function me(): Promise<User> {
  return api.get<User>("/auth/me");
}

/** Rotate the token pair now (the client also does this by itself on a 401). */
export async function refresh(): Promise<void> {
  await refreshSession();
}

/** Revoke the refresh token on the server (best effort) and forget both tokens locally. */
export async function logout(): Promise<void> {
  const tokens = getTokens();
  clearTokens();
  if (tokens === null) return;
  try {
    const body: Schemas["RefreshRequest"] = { refresh_token: tokens.refreshToken };
    await api.post<undefined>("/auth/logout", body, { auth: false });
  } catch {
    // The local sign-out already happened; an expired or unknown token is not the user's problem.
  }
}
