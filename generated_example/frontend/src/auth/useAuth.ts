import { useContext } from "react";

import { AuthContext, type AuthState } from "./AuthContext";

/** The signed-in user, their roles, and login/logout. Must be used under <AuthProvider>. */
export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (state === null) throw new Error("useAuth() must be used inside <AuthProvider>.");
  return state;
}
