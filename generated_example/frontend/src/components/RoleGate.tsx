import type { ReactNode } from "react";

import { useAuth } from "../auth/useAuth";

interface RoleGateProps {
  /** Show the children when the user holds any of these roles (admins hold every role). */
  roles: readonly string[];
  children: ReactNode;
  /** Rendered instead when the user lacks the roles (default: nothing). */
  fallback?: ReactNode;
}

/**
 * Role-aware UI: hides what the user's roles forbid. Roles come from GET /auth/me. This only hides
 * controls; the backend still checks every request.
 */
export function RoleGate({ roles, children, fallback = null }: RoleGateProps) {
  const { status, hasRole } = useAuth();
  const allowed = status === "authenticated" && hasRole(...roles);
  return <>{allowed ? children : fallback}</>;
}
