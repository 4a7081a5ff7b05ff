"""Registry files shaped as docs/contracts.md section 3 describes, plus odd but valid variants."""

from __future__ import annotations

from pathlib import Path

TEMPLATE = Path(__file__).resolve().parents[2] / "templates" / "project" / "template"

ROUTER = """\
from fastapi import APIRouter

from app.api.routes import auth, tasks, users

api_router = APIRouter()
api_router.include_router(auth.router)
api_router.include_router(tasks.router)
api_router.include_router(users.router)
"""

# A router someone edited by hand: a docstring, comments, an expanded import with a magic
# trailing comma, keyword arguments on an include, and code after the includes.
ROUTER_ODD = '''\
"""All API routes, mounted at /api/v1."""

from fastapi import APIRouter

from app.api.routes import (  # keep sorted
    auth,  # login, refresh, logout
    users,
)

api_router = APIRouter()
# public
api_router.include_router(auth.router, prefix="")
api_router.include_router(users.router)  # admin + self


def routes_count() -> int:
    return len(api_router.routes)
'''

MODELS = """\
from app.models.refresh_token import RefreshToken
from app.models.user import User, UserRole

__all__ = ["RefreshToken", "User", "UserRole"]
"""

MODELS_ODD = '''\
"""Model registry: importing this module registers every table on Base.metadata."""

# auth tables
from app.models.refresh_token import RefreshToken
from app.models.user import User  # the principal

__all__: list[str] = [
    "RefreshToken",
    "User",
]
'''

TASKS = """\
from app.worker.tasks import email

__all__ = ["email"]
"""

TASKS_NO_ALL = """\
\"\"\"Importing a task module registers its tasks with celery_app.\"\"\"

from app.worker.tasks import email  # noqa: F401
"""

APP = """\
import { Route, Routes } from "react-router";
import { Layout } from "./components/Layout";
import { ProtectedRoute } from "./components/ProtectedRoute";
import { HomePage } from "./pages/HomePage";
import { ItemListPage } from "./pages/ItemListPage";
import { LoginPage } from "./pages/LoginPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { RegisterPage } from "./pages/RegisterPage";

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/register" element={<RegisterPage />} />
      <Route
        element={
          <ProtectedRoute>
            <Layout />
          </ProtectedRoute>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="/items" element={<ItemListPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
"""

# Tabs, single quotes, a comment child, a trailing comment after the last import.
APP_ODD = (
    "// The route table: one line per page.\n"
    "import { Route, Routes } from 'react-router';\n"
    "import { Shell } from './components/Shell';\n"
    "import { HomePage } from './pages/HomePage'; // landing\n"
    "\n"
    "export const App = () => (\n"
    "\t<Routes>\n"
    "\t\t<Route element={<Shell />}>\n"
    "\t\t\t<Route index element={<HomePage />} />\n"
    "\t\t\t{/* feature routes below */}\n"
    "\t\t</Route>\n"
    "\t</Routes>\n"
    ");\n"
)

NAV = """\
import type { NavItem } from "./types";

export const navItems: NavItem[] = [
  { to: "/", label: "Home" },
  { to: "/items", label: "Items" },
];
"""

NAV_ODD = """\
export interface NavItem {
  to: string;
  label: string;
  roles?: string[];
}

// Shown in the sidebar, in this order.
export const navItems: NavItem[] = [
  {to: '/', label: 'Home'},
  // admins only
  {to: '/admin', label: 'Admin', roles: ['admin']}
];
"""

NAV_INLINE = 'export const navItems = [{ to: "/", label: "Home" }] satisfies NavItem[];\n'


def template_file(relative: str) -> str | None:
    """The real generated file from the project template, when it exists yet."""
    path = TEMPLATE / relative
    return path.read_text() if path.is_file() else None
