import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { fakeApi, tokenReply, USER } from "../test/fakeApi";
import { renderApp } from "../test/renderApp";

async function fillAndSubmit(email: string, password: string): Promise<void> {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Full name"), "Ada Lovelace");
  await user.type(screen.getByLabelText("Email"), email);
  await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Create account" }));
}

describe("RegisterPage", () => {
  it("refuses a short password before calling the API", async () => {
    const calls = fakeApi(() => undefined);
    renderApp("/register");
    await fillAndSubmit("ada@example.com", "short");
    expect(screen.getByText("Use at least 8 characters.")).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it("shows the conflict when the email is taken", async () => {
    fakeApi(() => ({ status: 409, body: { detail: "Email already registered" } }));
    renderApp("/register");
    await fillAndSubmit("ada@example.com", "long-enough-password");
    expect(await screen.findByRole("alert")).toHaveTextContent("Email already registered");
  });

  it("registers, signs in and opens the dashboard", async () => {
    const calls = fakeApi((call) => {
      if (call.path === "/api/v1/auth/register") return { status: 201, body: USER };
      if (call.path === "/api/v1/auth/login") return tokenReply("1");
      if (call.path === "/api/v1/auth/me") return { status: 200, body: USER };
      return undefined;
    });
    renderApp("/register");
    await fillAndSubmit("Ada@Example.com ", "long-enough-password");
    expect(await screen.findByRole("heading", { name: "Welcome back, Ada Lovelace" })).toBeInTheDocument();
    expect(calls[0]?.body).toEqual({
      email: "Ada@Example.com",
      password: "long-enough-password",
      full_name: "Ada Lovelace",
    });
  });
});
