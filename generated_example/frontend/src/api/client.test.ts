import { describe, expect, it } from "vitest";

import { fakeApi, tokenReply, USER } from "../test/fakeApi";
import { api } from "./client";
import { ConflictError, ForbiddenError, RateLimitError, UnauthorizedError, ValidationError } from "./errors";
import { getTokens, setTokens } from "./tokens";

function signIn(): void {
  setTokens({ accessToken: "access-old", refreshToken: "refresh-old" });
}

describe("api client", () => {
  it("attaches the access token and parses JSON", async () => {
    signIn();
    const calls = fakeApi(() => ({ status: 200, body: USER }));
    await expect(api.get("/auth/me")).resolves.toEqual(USER);
    expect(calls[0]?.path).toBe("/api/v1/auth/me");
    expect(calls[0]?.headers.Authorization).toBe("Bearer access-old");
  });

  it("sends no token when auth is false and encodes the query", async () => {
    signIn();
    const calls = fakeApi(() => ({ status: 200, body: [] }));
    await api.get("/items", { auth: false, query: { limit: 5, cursor: undefined, tag: ["a", "b"] } });
    expect(calls[0]?.path).toBe("/api/v1/items?limit=5&tag=a&tag=b");
    expect(calls[0]?.headers.Authorization).toBeUndefined();
  });

  it("refreshes once on 401 and retries with the new token", async () => {
    signIn();
    const calls = fakeApi((call) => {
      if (call.path === "/api/v1/auth/refresh") return tokenReply("new");
      const fresh = call.headers.Authorization === "Bearer access-new";
      return fresh ? { status: 200, body: USER } : { status: 401, body: { detail: "Token expired" } };
    });
    await expect(api.get("/auth/me")).resolves.toEqual(USER);
    expect(calls.map((c) => c.path)).toEqual(["/api/v1/auth/me", "/api/v1/auth/refresh", "/api/v1/auth/me"]);
    expect(calls[1]?.body).toEqual({ refresh_token: "refresh-old" });
    expect(getTokens()).toEqual({ accessToken: "access-new", refreshToken: "refresh-new" });
  });

  it("shares one refresh between concurrent 401s", async () => {
    signIn();
    const calls = fakeApi((call) => {
      if (call.path === "/api/v1/auth/refresh") return tokenReply("new");
      return call.headers.Authorization === "Bearer access-new" ? { status: 200, body: 1 } : { status: 401 };
    });
    await Promise.all([api.get("/a"), api.get("/b"), api.get("/c")]);
    expect(calls.filter((c) => c.path === "/api/v1/auth/refresh")).toHaveLength(1);
  });

  it("signs out when the refresh is refused", async () => {
    signIn();
    fakeApi(() => ({ status: 401, body: { detail: "Refresh token reused" } }));
    await expect(api.get("/auth/me")).rejects.toBeInstanceOf(UnauthorizedError);
    expect(getTokens()).toBeNull();
  });

  it("maps 422 locations to field messages", async () => {
    const detail = [
      { loc: ["body", "email"], msg: "value is not a valid email address", type: "value_error" },
      { loc: ["body", "address", "city"], msg: "Field required", type: "missing" },
      { loc: ["body"], msg: "Invalid body", type: "value_error" },
    ];
    fakeApi(() => ({ status: 422, body: { detail } }));
    const error: unknown = await api.post("/auth/register", {}, { auth: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const validation = error as ValidationError;
    expect(validation.fieldErrors).toEqual({
      email: "value is not a valid email address",
      "address.city": "Field required",
    });
    expect(validation.formErrors).toEqual(["Invalid body"]);
  });

  it.each([
    [403, ForbiddenError],
    [409, ConflictError],
    [429, RateLimitError],
  ])("turns %i into its typed error with the server's message", async (status, type) => {
    fakeApi(() => ({ status, body: { detail: `status ${status}` }, headers: { "Retry-After": "7" } }));
    const error: unknown = await api.get("/x", { auth: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toBe(`status ${status}`);
    if (error instanceof RateLimitError) expect(error.retryAfterSeconds).toBe(7);
  });
});
