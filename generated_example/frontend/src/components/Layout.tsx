import { NavLink, Outlet, useNavigate } from "react-router";

import { hasAnyRole } from "../auth/roles";
import { useAuth } from "../auth/useAuth";
import { APP_NAME } from "../config";
import { navItems } from "../nav";

/** The app shell: top bar with the nav registry's links and the user menu, then the page. */
export function Layout() {
  const { user, roles, logout } = useAuth();
  const navigate = useNavigate();
  const links = navItems.filter((item) => hasAnyRole(roles, item.roles));

  const signOut = async () => {
    await logout();
    await navigate("/login", { replace: true });
  };

  return (
    <div className="shell">
      <header className="topbar">
        <div className="topbar__inner">
          <NavLink to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              {APP_NAME.charAt(0).toUpperCase()}
            </span>
            {APP_NAME}
          </NavLink>
          <nav className="nav" aria-label="Main">
            {links.map((item) => (
              <NavLink key={item.to} to={item.to} end={item.to === "/"} className="nav__link">
                {item.label}
              </NavLink>
            ))}
          </nav>
          <div className="usermenu">
            <span className="usermenu__email" title={user?.email}>
              {user?.full_name ?? user?.email}
            </span>
            <button type="button" className="button button--ghost button--small" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}
