/**
 * NAV REGISTRY: the links of the top bar, in order. A feature adds one line:
 *   { to: "/items", label: "Items" },
 *   { to: "/reports", label: "Reports", roles: ["admin"] },
 * `roles` hides the link from users holding none of them (admins see everything).
 */
export interface NavItem {
  to: string;
  label: string;
  roles?: readonly string[];
}

export const navItems: NavItem[] = [
  { to: "/", label: "Dashboard" },
  { to: "/items", label: "Items" },
];
