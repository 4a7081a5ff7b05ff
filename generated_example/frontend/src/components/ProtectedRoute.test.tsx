import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { setTokens } from "../api/tokens";
import { fakeApi, USER } from "../test/fakeApi";
import { renderApp } from "../test/renderApp";

describe("ProtectedRoute", () => {
  it("sends an anonymous visitor to the sign-in page", async () => {
    const calls = fakeApi(() => undefined);
    renderApp("/");
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "Main" })).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it("signs out and redirects when the session cannot be refreshed", async () => {
    setTokens({ accessToken: "stale", refreshToken: "revoked" });
    fakeApi(() => ({ status: 401, body: { detail: "Not authenticated" } }));
    renderApp("/");
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
  });

  it("shows the app shell to a signed-in user", async () => {
    setTokens({ accessToken: "a", refreshToken: "r" });
    fakeApi(() => ({ status: 200, body: USER }));
    renderApp("/");
    expect(await screen.findByRole("navigation", { name: "Main" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Dashboard" })).toHaveAttribute("href", "/");
  });

  it("shows the not-found page for unknown paths", async () => {
    fakeApi(() => undefined);
    renderApp("/no/such/page");
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
  });
});
