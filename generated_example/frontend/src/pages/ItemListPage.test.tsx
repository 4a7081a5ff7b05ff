/** ItemListPage against a fake API: rows and pages, form checks, create, role-aware controls. */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { setTokens } from "../api/tokens";
import { fakeApi, USER, type Call, type Reply } from "../test/fakeApi";
import { renderApp } from "../test/renderApp";

const LIST = "/api/v1/items";
const ROWS = [
  {"id": 1, "title": "Row1 title", "description": "Row1 description", "owner_id": 1, "created_at": "2024-05-01T10:30:00Z", "updated_at": "2024-05-01T10:30:00Z"},
  {"id": 2, "title": "Row2 title", "description": "Row2 description", "owner_id": 1, "created_at": "2024-05-01T10:30:00Z", "updated_at": "2024-05-01T10:30:00Z"},
  {"id": 3, "title": "Row3 title", "description": "Row3 description", "owner_id": 1, "created_at": "2024-05-01T10:30:00Z", "updated_at": "2024-05-01T10:30:00Z"},
];

function page(call: Call): Reply {
  return call.path.includes("cursor=c2")
    ? { status: 200, body: { items: [ROWS[2]], next_cursor: null } }
    : { status: 200, body: { items: [ROWS[0], ROWS[1]], next_cursor: "c2" } };
}

/** The fake backend: the profile (with `roles`), the list, the referenced lists, and writes. */
function backend(roles: readonly string[], created?: Reply): Call[] {
  setTokens({ accessToken: "a", refreshToken: "r" });
  return fakeApi((call) => {
    if (call.path === "/api/v1/auth/me") return { status: 200, body: { ...USER, roles } };
    if (call.method === "GET" && call.path.startsWith(`${LIST}?`)) return page(call);
    if (call.method === "POST" && call.path === LIST) return created ?? { status: 201, body: { ...ROWS[0], id: 99 } };
    return undefined;
  });
}

function listCalls(calls: readonly Call[]): Call[] {
  return calls.filter((call) => call.method === "GET" && call.path.startsWith(`${LIST}?`));
}

/** Fill every input of the form with a valid value. */
async function fill(form: HTMLElement): Promise<void> {
  fireEvent.change(within(form).getByLabelText("Title"), { target: { value: "Sample title" } });
  fireEvent.change(within(form).getByLabelText("Description"), { target: { value: "Sample description" } });
  await Promise.resolve();
}

async function openForm(): Promise<HTMLElement> {
  await userEvent.click(await screen.findByRole("button", { name: "New item" }));
  return screen.getByRole("form", { name: "New item" });
}

describe("ItemListPage", () => {
  it("lists rows and follows the cursor to the next page", async () => {
    const calls = backend(["member"]);
    renderApp("/items");
    expect(await screen.findByRole("heading", { name: "Items" })).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getAllByRole("row")).toHaveLength(3);
    });
    await userEvent.click(screen.getByRole("button", { name: "Next →" }));
    await waitFor(() => {
      expect(screen.getAllByRole("row")).toHaveLength(2);
    });
    expect(screen.getByText("Page 2")).toBeInTheDocument();
    expect(listCalls(calls).at(-1)?.path).toContain("cursor=c2");
    expect(screen.getByRole("button", { name: "Next →" })).toBeDisabled();
  });

  it("shows the empty state and an error state", async () => {
    setTokens({ accessToken: "a", refreshToken: "r" });
    fakeApi((call) => {
      if (call.path === "/api/v1/auth/me") return { status: 200, body: USER };
      if (call.method === "GET" && /[?&]sort=id(&|$)/.test(call.path)) return { status: 403, body: { detail: "Not allowed here" } };
      if (call.method === "GET" && call.path.startsWith(`${LIST}?`)) return { status: 200, body: { items: [], next_cursor: null } };
      return { status: 200, body: { items: [], next_cursor: null } };
    });
    renderApp("/items");
    expect(await screen.findByText("No items yet")).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText("Sort"), { target: { value: "id" } });
    expect(await screen.findByText("Not allowed here")).toBeInTheDocument();
  });

  it("shows the write controls to a user allowed to write", async () => {
    backend(["member"]);
    renderApp("/items");
    expect(await screen.findByRole("button", { name: "New item" })).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getAllByRole("button", { name: "Edit" })).toHaveLength(2);
    });
  });

  it("checks the form before calling the API", async () => {
    const calls = backend(["member"]);
    renderApp("/items");
    const form = await openForm();
    await userEvent.click(within(form).getByRole("button", { name: "Create" }));
    expect(within(form).getByText("Title is required.")).toBeInTheDocument();
    expect(within(form).getByLabelText("Title")).toHaveAttribute("aria-invalid", "true");
    expect(calls.filter((call) => call.method === "POST")).toHaveLength(0);
  });

  it("creates a row, sends the typed values and refreshes the list", async () => {
    const calls = backend(["member"]);
    renderApp("/items");
    const form = await openForm();
    await fill(form);
    const before = listCalls(calls).length;
    await userEvent.click(within(form).getByRole("button", { name: "Create" }));
    await waitFor(() => {
      expect(screen.queryByRole("form")).not.toBeInTheDocument();
    });
    const post = calls.find((call) => call.method === "POST" && call.path === LIST);
    expect(post?.body).toMatchObject({"title": "Sample title", "description": "Sample description"});
    await waitFor(() => {
      expect(listCalls(calls).length).toBeGreaterThan(before);
    });
  });

  it("puts the backend's 422 message next to its field", async () => {
    const issue = { loc: ["body", "title"], msg: "Rejected by the server", type: "value_error" };
    backend(["member"], { status: 422, body: { detail: [issue] } });
    renderApp("/items");
    const form = await openForm();
    await fill(form);
    await userEvent.click(within(form).getByRole("button", { name: "Create" }));
    expect(await within(form).findByText("Rejected by the server")).toBeInTheDocument();
    expect(within(form).getByLabelText("Title")).toHaveAttribute("aria-invalid", "true");
  });
});
