/**
 * The sign-up/sign-in journey in a real browser against the real backend:
 * register, land on the dashboard, reload and stay signed in, survive a rejected access token
 * (one refresh, rotated pair), sign out, a wrong password is refused, sign in again, unknown
 * pages show the 404 page.
 */
import assert from "node:assert/strict";

export const name = "auth journey";

const PASSWORD = "correct-horse-battery";

async function expectHeading(page, text) {
  await page.getByRole("heading", { name: text }).waitFor({ state: "visible" });
}

async function fillAuthForm(page, fields) {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
}

function readTokens(page) {
  return page.evaluate(() => JSON.parse(globalThis.localStorage.getItem("auth.tokens") ?? "null"));
}

export async function run({ page, baseUrl, shot }) {
  const email = `e2e-${Date.now()}@example.com`;

  await page.goto(`${baseUrl}/`);
  await expectHeading(page, "Sign in");
  assert.equal(new URL(page.url()).pathname, "/login", "an anonymous visitor is sent to /login");
  await shot("01-login");

  await page.getByRole("link", { name: "Create an account" }).click();
  await expectHeading(page, "Create your account");
  await fillAuthForm(page, { "Full name": "Grace Hopper", Email: email, Password: PASSWORD });
  await shot("02-register");
  await page.getByRole("button", { name: "Create account" }).click();

  await expectHeading(page, "Welcome back, Grace Hopper");
  await page.getByTestId("api-status").filter({ hasText: "Operational" }).waitFor();
  assert.ok(await page.getByText(email).isVisible(), "the dashboard shows the account's email");
  assert.ok(await page.getByText("member", { exact: true }).isVisible(), "roles come from /auth/me");
  await shot("03-dashboard");

  await page.reload();
  await expectHeading(page, "Welcome back, Grace Hopper");
  assert.equal(new URL(page.url()).pathname, "/", "a reload keeps the user signed in");

  // A rejected access token is renewed once with the refresh token, and the pair is rotated.
  const before = await readTokens(page);
  await page.evaluate((tokens) => {
    globalThis.localStorage.setItem("auth.tokens", JSON.stringify({ ...tokens, accessToken: "not-a-valid-token" }));
  }, before);
  await page.reload();
  await expectHeading(page, "Welcome back, Grace Hopper");
  const after = await readTokens(page);
  assert.notEqual(after.refreshToken, before.refreshToken, "the refresh token was rotated");
  assert.notEqual(after.accessToken, "not-a-valid-token", "a fresh access token is stored");

  await page.setViewportSize({ width: 390, height: 844 });
  await shot("03b-dashboard-mobile");
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expectHeading(page, "Sign in");
  assert.equal(await page.evaluate(() => globalThis.localStorage.getItem("auth.tokens")), null, "tokens are gone");
  await page.goto(`${baseUrl}/`);
  await expectHeading(page, "Sign in");

  await fillAuthForm(page, { Email: email, Password: "not-the-password" });
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("alert").filter({ hasText: "Incorrect email or password" }).waitFor();
  await shot("04-login-error");

  await fillAuthForm(page, { Password: PASSWORD });
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectHeading(page, "Welcome back, Grace Hopper");

  await page.goto(`${baseUrl}/no/such/page`);
  await expectHeading(page, "Page not found");
  await shot("05-not-found");

  await page.goto(`${baseUrl}/`);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expectHeading(page, "Sign in");
}
