import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useSyncExternalStore, type ReactNode } from "react";

import * as authApi from "../api/auth";
import { getTokens, subscribeTokens } from "../api/tokens";
import { AuthContext, type AuthState, type AuthStatus } from "./AuthContext";
import { hasAnyRole } from "./roles";

export const ME_QUERY_KEY = ["auth", "me"] as const;

const NO_ROLES: readonly string[] = [];

function hasStoredTokens(): boolean {
  return getTokens() !== null;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const signedIn = useSyncExternalStore(subscribeTokens, hasStoredTokens);
  const meQuery = useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: authApi.me,
    enabled: signedIn,
    staleTime: 60_000,
  });

  useEffect(() => {
    // Whatever one user loaded must never be shown to the next one.
    if (!signedIn) queryClient.clear();
  }, [signedIn, queryClient]);

  const login = useCallback(
    async (email: string, password: string) => {
      await authApi.login(email, password);
      return queryClient.query({ queryKey: ME_QUERY_KEY, queryFn: authApi.me });
    },
    [queryClient],
  );
  const logout = useCallback(() => authApi.logout(), []);
  const { refetch } = meQuery;
  const reload = useCallback(() => void refetch(), [refetch]);

  const user = signedIn ? (meQuery.data ?? null) : null;
  const status: AuthStatus = !signedIn
    ? "anonymous"
    : user !== null
      ? "authenticated"
      : meQuery.isError
        ? "error"
        : "loading";
  const roles = user?.roles ?? NO_ROLES;

  const value = useMemo<AuthState>(
    () => ({
      status,
      user,
      roles,
      login,
      logout,
      reload,
      hasRole: (...required: string[]) => hasAnyRole(roles, required),
    }),
    [status, user, roles, login, logout, reload],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
