import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { getTokens } from "../api/tokens";
import { fakeApi, tokenReply, USER } from "../test/fakeApi";
import { renderApp } from "../test/renderApp";

async function submit(email: string, password: string): Promise<void> {
  const user = userEvent.setup();
  if (email !== "") await user.type(screen.getByLabelText("Email"), email);
  if (password !== "") await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("LoginPage", () => {
  it("validates the form before calling the API", async () => {
    const calls = fakeApi(() => undefined);
    renderApp("/login");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await submit("", "");
    expect(screen.getByText("Enter your email address.")).toBeInTheDocument();
    expect(screen.getByText("Enter your password.")).toBeInTheDocument();
    expect(screen.getByLabelText("Email")).toHaveAttribute("aria-invalid", "true");

    await submit("not-an-email", "secret");
    expect(screen.getByText("Enter a valid email address.")).toBeInTheDocument();
    expect(screen.queryByText("Enter your password.")).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it("shows the server's message when the credentials are wrong", async () => {
    fakeApi(() => ({ status: 401, body: { detail: "Incorrect email or password" } }));
    renderApp("/login");
    await submit("ada@example.com", "wrong-password");
    expect(await screen.findByRole("alert")).toHaveTextContent("Incorrect email or password");
    expect(getTokens()).toBeNull();
  });

  it("puts 422 messages under their fields", async () => {
    const detail = [{ loc: ["body", "email"], msg: "value is not a valid email address", type: "value_error" }];
    fakeApi(() => ({ status: 422, body: { detail } }));
    renderApp("/login");
    await submit("ada@example.com", "whatever1");
    expect(await screen.findByText("value is not a valid email address")).toBeInTheDocument();
  });

  it("shows the wait time when rate limited", async () => {
    fakeApi(() => ({ status: 429, body: { detail: "Too many login attempts" }, headers: { "Retry-After": "30" } }));
    renderApp("/login");
    await submit("ada@example.com", "whatever1");
    expect(await screen.findByRole("alert")).toHaveTextContent("Too many login attempts (try again in 30 s)");
  });

  it("signs in and lands on the dashboard", async () => {
    const calls = fakeApi((call) => {
      if (call.path === "/api/v1/auth/login") return tokenReply("1");
      if (call.path === "/api/v1/auth/me") return { status: 200, body: USER };
      
      return undefined;
    });
    renderApp("/login");
    await submit("ada@example.com", "correct-horse");
    expect(await screen.findByRole("heading", { name: "Welcome back, Ada Lovelace" })).toBeInTheDocument();
    expect(calls[0]?.body).toEqual({ email: "ada@example.com", password: "correct-horse" });
    expect(getTokens()?.accessToken).toBe("access-1");
  });
});
