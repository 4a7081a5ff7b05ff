/**
 * Typed API errors. The client turns every non-2xx response into one of these, so pages can
 * `instanceof`-check instead of reading status codes.
 */

/** One item of FastAPI's 422 `detail` list. */
export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
}

export class ApiError extends Error {
  override readonly name: string = "ApiError";
  readonly status: number;
  readonly detail: unknown;

  constructor(status: number, message: string, detail: unknown = null) {
    super(message);
    this.status = status;
    this.detail = detail;
  }
}

/** The request never got a response (server down, offline, CORS). */
export class NetworkError extends ApiError {
  override readonly name = "NetworkError";
  constructor(cause: unknown) {
    super(0, "Cannot reach the server. Check your connection and try again.", null);
    this.cause = cause;
  }
}

export class UnauthorizedError extends ApiError {
  override readonly name = "UnauthorizedError";
}

export class ForbiddenError extends ApiError {
  override readonly name = "ForbiddenError";
}

export class NotFoundError extends ApiError {
  override readonly name = "NotFoundError";
}

export class ConflictError extends ApiError {
  override readonly name = "ConflictError";
}

export class RateLimitError extends ApiError {
  override readonly name = "RateLimitError";
  /** Seconds to wait, from the Retry-After header when the server sent one. */
  readonly retryAfterSeconds: number | null;

  constructor(message: string, detail: unknown, retryAfterSeconds: number | null) {
    super(429, message, detail);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** 422: `fieldErrors` maps a field path ("email", "address.city") to its first message. */
export class ValidationError extends ApiError {
  override readonly name = "ValidationError";
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** Messages not tied to one field (e.g. a whole-body error). */
  readonly formErrors: readonly string[];

  constructor(message: string, detail: unknown, issues: readonly ValidationIssue[]) {
    super(422, message, detail);
    const fields: Record<string, string> = {};
    const general: string[] = [];
    for (const issue of issues) {
      const path = fieldPath(issue.loc);
      if (path === "") general.push(issue.msg);
      else fields[path] ??= issue.msg;
    }
    this.fieldErrors = fields;
    this.formErrors = general;
  }
}

const LOCATIONS = new Set(["body", "query", "path", "header", "cookie"]);

/** ["body", "address", "city"] -> "address.city"; ["body"] -> "". */
export function fieldPath(loc: readonly (string | number)[]): string {
  const parts = loc.length > 0 && LOCATIONS.has(String(loc[0])) ? loc.slice(1) : loc;
  return parts.map(String).join(".");
}
