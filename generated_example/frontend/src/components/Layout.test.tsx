import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { getTokens, setTokens } from "../api/tokens";
import { fakeApi, USER } from "../test/fakeApi";
import { renderApp } from "../test/renderApp";

vi.mock("../nav", () => ({
  navItems: [
    { to: "/", label: "Dashboard" },
    { to: "/reports", label: "Reports", roles: ["admin"] },
    { to: "/notes", label: "Notes", roles: ["member"] },
  ],
}));

function signInAs(roles: string[]) {
  setTokens({ accessToken: "a", refreshToken: "r" });
  return fakeApi((call) => {
    if (call.path === "/api/v1/auth/logout") return { status: 204 };
    return { status: 200, body: { ...USER, roles } };
  });
}

describe("Layout", () => {
  it("shows only the nav links the user's roles allow", async () => {
    signInAs(["member"]);
    renderApp("/");
    const nav = await screen.findByRole("navigation", { name: "Main" });
    expect(nav).toHaveTextContent("Dashboard");
    expect(nav).toHaveTextContent("Notes");
    expect(screen.queryByRole("link", { name: "Reports" })).not.toBeInTheDocument();
  });

  it("shows every link to an admin", async () => {
    signInAs(["admin"]);
    renderApp("/");
    expect(await screen.findByRole("link", { name: "Reports" })).toHaveAttribute("href", "/reports");
  });

  it("signs out: revokes the refresh token and returns to the sign-in page", async () => {
    const calls = signInAs(["member"]);
    renderApp("/");
    await userEvent.click(await screen.findByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
    expect(getTokens()).toBeNull();
    const logout = calls.find((call) => call.path === "/api/v1/auth/logout");
    expect(logout?.body).toEqual({ refresh_token: "r" });
  });
});
