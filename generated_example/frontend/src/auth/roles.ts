/** Role checks shared by RoleGate, the nav bar and pages. Mirrors the backend: admin implies every role. */
export const ADMIN_ROLE = "admin";

/** True when `required` is empty/absent, or the user holds one of the roles (or is an admin). */
export function hasAnyRole(userRoles: readonly string[], required?: readonly string[]): boolean {
  if (required === undefined || required.length === 0) return true;
  if (userRoles.includes(ADMIN_ROLE)) return true;
  return required.some((role) => userRoles.includes(role));
}
