import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { setTokens } from "../api/tokens";
import { hasAnyRole } from "../auth/roles";
import { fakeApi, USER } from "../test/fakeApi";
import { renderApp } from "../test/renderApp";
import { RoleGate } from "./RoleGate";

function renderGate(roles: string[]) {
  setTokens({ accessToken: "a", refreshToken: "r" });
  fakeApi(() => ({ status: 200, body: { ...USER, roles } }));
  return renderApp(
    "/",
    <>
      <RoleGate roles={["editor"]} fallback={<p>no access</p>}>
        <button type="button">Publish</button>
      </RoleGate>
      <RoleGate roles={["admin"]}>
        <p>admin tools</p>
      </RoleGate>
    </>,
  );
}

describe("RoleGate", () => {
  it("shows children to a user holding the role", async () => {
    renderGate(["editor"]);
    expect(await screen.findByRole("button", { name: "Publish" })).toBeInTheDocument();
    expect(screen.queryByText("admin tools")).not.toBeInTheDocument();
  });

  it("shows the fallback to a user without the role", async () => {
    renderGate(["member"]);
    expect(await screen.findByText("no access")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Publish" })).not.toBeInTheDocument();
  });

  it("treats admin as holding every role", async () => {
    renderGate(["admin"]);
    expect(await screen.findByRole("button", { name: "Publish" })).toBeInTheDocument();
    expect(screen.getByText("admin tools")).toBeInTheDocument();
  });

  it("hides everything from an anonymous visitor", () => {
    fakeApi(() => undefined);
    renderApp(
      "/",
      <RoleGate roles={["member"]} fallback={<p>signed out</p>}>
        <p>secret</p>
      </RoleGate>,
    );
    expect(screen.getByText("signed out")).toBeInTheDocument();
  });
});

describe("hasAnyRole", () => {
  it("allows when nothing is required", () => {
    expect(hasAnyRole([], undefined)).toBe(true);
    expect(hasAnyRole([], [])).toBe(true);
  });

  it("needs one of the roles unless admin", () => {
    expect(hasAnyRole(["member"], ["editor", "member"])).toBe(true);
    expect(hasAnyRole(["member"], ["editor"])).toBe(false);
    expect(hasAnyRole(["admin"], ["editor"])).toBe(true);
  });
});
