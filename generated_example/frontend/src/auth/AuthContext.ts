import { createContext } from "react";

import type { User } from "../api/auth";

/** "error": signed in, but the profile could not be loaded (server unreachable). */
export type AuthStatus = "loading" | "authenticated" | "anonymous" | "error";

export interface AuthState {
  status: AuthStatus;
  /** The profile from GET /auth/me; null unless authenticated. */
  user: User | null;
  /** Roles from GET /auth/me (never decoded from the token alone). */
  roles: readonly string[];
  login: (email: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
  /** True when the user holds any of `roles` (admins hold every role). */
  hasRole: (...roles: string[]) => boolean;
  /** Retry loading the profile after an error. */
  reload: () => void;
}

export const AuthContext = createContext<AuthState | null>(null);
