"""Specs and a minimal project tree for planning the frontend slice without generating a project."""

from __future__ import annotations

from pathlib import Path

import pytest

from primetrade_cli.spec.feature import FeatureSpec, build_feature
from primetrade_cli.spec.project import Project

EVERY_TYPE = [
    "title:str[120]:index:min=2",
    "body:text:optional:max=2000",
    "count:int:min=0:max=10",
    "views:bigint:default=0:index",
    "ratio:float:optional:min=0",
    "price:decimal[8,2]:min=0",
    "done:bool:default=false",
    "due:date:optional",
    "at:datetime:optional",
    "ref_id:uuid:unique",
    "mail:email:optional",
    "site:url:optional",
    "extra:json:optional",
    "phase:enum[open,closed]:default=open",
    "project:ref[project]:cascade",
    "assignee:ref[user]:optional:setnull",
]
APP = """import { Route, Routes } from "react-router";
import { Layout } from "./components/Layout";
import { HomePage } from "./pages/HomePage";

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
      </Route>
    </Routes>
  );
}
"""
NAV = """export const navItems: NavItem[] = [
  { to: "/", label: "Dashboard" },
];
"""


@pytest.fixture
def specs() -> dict[str, FeatureSpec]:
    project = build_feature("project", ["name:str[80]:unique"], owned=True)
    ticket = build_feature("ticket", EVERY_TYPE, owned=True, background=True, write_role="editor")
    return {"project": project, "ticket": ticket}


@pytest.fixture
def project(tmp_path: Path) -> Project:
    src = tmp_path / "frontend" / "src"
    (src / "pages").mkdir(parents=True)
    (src / "App.tsx").write_text(APP)
    (src / "nav.ts").write_text(NAV)
    return Project(root=tmp_path, name="demo", slug="demo")
