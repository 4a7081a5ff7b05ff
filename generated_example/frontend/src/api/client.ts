/**
 * The one HTTP client of the app: every API call goes through `request` (or the `api` helpers).
 *
 * It is the only place that
 *  - attaches `Authorization: Bearer <access token>`,
 *  - on a 401 refreshes the token pair once (one refresh at a time, shared by concurrent calls,
 *    because the backend treats reuse of a rotated refresh token as theft) and retries; when the
 *    refresh fails the tokens are cleared, which signs the user out everywhere,
 *  - turns error responses into the typed errors of `./errors`.
 */
import {
  ApiError,
  ConflictError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  UnauthorizedError,
  ValidationError,
  type ValidationIssue,
} from "./errors";
import { clearTokens, getTokens, setTokens, type TokenPair } from "./tokens";

export const API_BASE_URL: string = import.meta.env.VITE_API_BASE_URL ?? "/api/v1";

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Serialised as JSON. */
  body?: unknown;
  query?: Readonly<Record<string, QueryValue | readonly QueryValue[]>>;
  /** Send the access token (default true). Public endpoints such as login pass false. */
  auth?: boolean;
  signal?: AbortSignal;
  headers?: Readonly<Record<string, string>>;
}

export function buildUrl(path: string, query?: RequestOptions["query"]): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    const values: readonly QueryValue[] = Array.isArray(value) ? value : [value as QueryValue];
    for (const item of values) {
      if (item !== null && item !== undefined) params.append(key, String(item));
    }
  }
  const search = params.toString();
  return `${API_BASE_URL}${path}${search === "" ? "" : `?${search}`}`;
}

async function send(path: string, options: RequestOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const init: RequestInit = { method: options.method ?? "GET", headers };
  if (options.body !== undefined) init.body = JSON.stringify(options.body);
  if (options.signal !== undefined) init.signal = options.signal;
  try {
    return await fetch(buildUrl(path, options.query), init);
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new NetworkError(error);
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function isIssueList(value: unknown): value is ValidationIssue[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item: unknown) =>
        typeof item === "object" && item !== null && Array.isArray((item as ValidationIssue).loc),
    )
  );
}

function detailOf(body: unknown): unknown {
  return typeof body === "object" && body !== null && "detail" in body ? body.detail : body;
}

function retryAfter(response: Response): number | null {
  const seconds = Number(response.headers.get("Retry-After"));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

/** Map an error response to the matching typed error. */
export async function toApiError(response: Response): Promise<ApiError> {
  const detail = detailOf(await readBody(response));
  const text = typeof detail === "string" && detail !== "" ? detail : null;
  const message = text ?? (response.statusText || `Request failed (${response.status})`);
  switch (response.status) {
    case 401:
      return new UnauthorizedError(401, message, detail);
    case 403:
      return new ForbiddenError(403, text ?? "You do not have permission to do this.", detail);
    case 404:
      return new NotFoundError(404, text ?? "Not found.", detail);
    case 409:
      return new ConflictError(409, message, detail);
    case 422: {
      const issues = isIssueList(detail) ? detail : [];
      return new ValidationError(text ?? "Please correct the highlighted fields.", detail, issues);
    }
    case 429:
      return new RateLimitError(text ?? "Too many requests. Please wait and try again.", detail, retryAfter(response));
    default:
      return new ApiError(response.status, message, detail);
  }
}

function parseTokenPair(body: unknown): TokenPair {
  const record = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const { access_token: access, refresh_token: refresh } = record;
  if (typeof access !== "string" || typeof refresh !== "string") {
    throw new ApiError(500, "The server sent an invalid token response.", body);
  }
  return { accessToken: access, refreshToken: refresh };
}

let refreshInFlight: Promise<TokenPair> | null = null;

async function refreshOnce(refreshToken: string): Promise<TokenPair> {
  const response = await send("/auth/refresh", { method: "POST", body: { refresh_token: refreshToken } }, null);
  if (!response.ok) {
    const error = await toApiError(response);
    clearTokens();
    throw error instanceof UnauthorizedError ? error : new UnauthorizedError(401, "Your session has ended.", error.detail);
  }
  const pair = parseTokenPair(await readBody(response));
  setTokens(pair);
  return pair;
}

/**
 * Exchange the stored refresh token for a new pair. Concurrent callers share one request.
 * Throws UnauthorizedError (and clears the tokens) when the session cannot be renewed.
 */
export function refreshSession(): Promise<TokenPair> {
  if (refreshInFlight !== null) return refreshInFlight;
  const tokens = getTokens();
  if (tokens === null) return Promise.reject(new UnauthorizedError(401, "You are not signed in."));
  refreshInFlight = refreshOnce(tokens.refreshToken).finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

async function authorisedSend(path: string, options: RequestOptions): Promise<Response> {
  const usedToken = getTokens()?.accessToken ?? null;
  const response = await send(path, options, usedToken);
  if (response.status !== 401 || usedToken === null) return response;
  // Another call may already have rotated the pair while this one was in flight.
  const current = getTokens()?.accessToken ?? null;
  const fresh = current !== null && current !== usedToken ? current : (await refreshSession()).accessToken;
  const retried = await send(path, options, fresh);
  if (retried.status === 401) clearTokens();
  return retried;
}

/** Perform a request and return the parsed JSON body (undefined for 204). */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response =
    options.auth === false ? await send(path, options, null) : await authorisedSend(path, options);
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await readBody(response)) as T;
}

type BodylessOptions = Omit<RequestOptions, "method" | "body">;

export const api = {
  get: <T>(path: string, options: BodylessOptions = {}) => request<T>(path, { ...options, method: "GET" }),
  delete: <T = void>(path: string, options: BodylessOptions = {}) =>
    request<T>(path, { ...options, method: "DELETE" }),
  post: <T>(path: string, body?: unknown, options: BodylessOptions = {}) =>
    request<T>(path, { ...options, method: "POST", body }),
  put: <T>(path: string, body?: unknown, options: BodylessOptions = {}) =>
    request<T>(path, { ...options, method: "PUT", body }),
  patch: <T>(path: string, body?: unknown, options: BodylessOptions = {}) =>
    request<T>(path, { ...options, method: "PATCH", body }),
};
