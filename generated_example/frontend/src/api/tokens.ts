/**
 * Token storage: the only module that knows where the access and refresh tokens live.
 *
 * Both tokens are kept in localStorage so a reload keeps the user signed in and every tab shares one
 * refresh token (the backend rotates refresh tokens and treats reuse of an old one as theft, so tabs
 * must never hold diverging copies). Listeners hear about every change, including ones made by
 * other tabs, so the UI can react when the client signs the user out.
 */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

type Listener = (tokens: TokenPair | null) => void;

const STORAGE_KEY = "auth.tokens";
const listeners = new Set<Listener>();

function isTokenPair(value: unknown): value is TokenPair {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.accessToken === "string" && typeof record.refreshToken === "string";
}

export function getTokens(): TokenPair | null {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isTokenPair(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function notify(tokens: TokenPair | null): void {
  for (const listener of listeners) listener(tokens);
}

export function setTokens(tokens: TokenPair): void {
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify(tokens));
  notify(tokens);
}

export function clearTokens(): void {
  window.localStorage.removeItem(STORAGE_KEY);
  notify(null);
}

/** Subscribe to token changes (this tab and others); returns the unsubscribe function. */
export function subscribeTokens(listener: Listener): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent): void => {
    if (event.key === STORAGE_KEY || event.key === null) listener(getTokens());
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}
