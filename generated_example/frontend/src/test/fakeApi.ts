import { vi } from "vitest";

/** One recorded request to the fake backend. */
export interface Call {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (call: Call, calls: readonly Call[]) => Reply | undefined;

function toCall(input: RequestInfo | URL, init: RequestInit | undefined): Call {
  const url = new URL(input instanceof Request ? input.url : String(input), "http://localhost");
  const headers = { ...(init?.headers as Record<string, string> | undefined) };
  const raw = init?.body;
  return {
    method: init?.method ?? "GET",
    path: url.pathname + url.search,
    headers,
    body: typeof raw === "string" ? (JSON.parse(raw) as unknown) : null,
  };
}

/**
 * Replace `fetch` with a fake backend: each request is offered to `handler`; an unhandled request
 * fails the test loudly with a 599 so nothing silently passes. Returns the recorded calls.
 */
export function fakeApi(handler: Handler): Call[] {
  const calls: Call[] = [];
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const call = toCall(input, init);
    calls.push(call);
    const reply = handler(call, calls) ?? { status: 599, body: { detail: `unhandled ${call.method} ${call.path}` } };
    const text = reply.body === undefined ? "" : JSON.stringify(reply.body);
    const status = reply.status === 204 ? 204 : reply.status;
    return Promise.resolve(new Response(status === 204 ? null : text, { status, headers: reply.headers ?? {} }));
  });
  vi.stubGlobal("fetch", fetchMock);
  return calls;
}

export const USER = {
  id: 1,
  email: "ada@example.com",
  full_name: "Ada Lovelace",
  roles: ["member"],
  is_active: true,
};

export function tokenReply(suffix: string): Reply {
  return {
    status: 200,
    body: {
      access_token: `access-${suffix}`,
      refresh_token: `refresh-${suffix}`,
      token_type: "bearer",
      expires_in: 900,
    },
  };
}
