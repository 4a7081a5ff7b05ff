import { api } from "./client";

export interface ApiHealth {
  /** Round-trip time of an authenticated call, in milliseconds. */
  latencyMs: number;
}

/**
 * Time an authenticated round trip through the API (GET /auth/me). Probes such as /livez are not
 * routed to browsers behind the load balancer, so the dashboard measures a real API call instead.
 */
export async function checkApi(signal?: AbortSignal): Promise<ApiHealth> {
  const started = performance.now();
  await api.get<unknown>("/auth/me", signal === undefined ? {} : { signal });
  return { latencyMs: Math.round(performance.now() - started) };
}
