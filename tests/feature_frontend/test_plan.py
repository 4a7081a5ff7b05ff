"""plan_frontend / plan_remove_frontend: the files, the registry edits, the shared kit."""

from __future__ import annotations

from primetrade_cli.changeset import stage
from primetrade_cli.generators.feature_frontend import KIT, plan_frontend, plan_remove_frontend
from primetrade_cli.plan import CreateFile, DeleteFile, EditFile, Plan
from primetrade_cli.spec.feature import FeatureSpec
from primetrade_cli.spec.project import Project


def _paths(plan: Plan, kind: type) -> list[str]:
    return [step.path for step in plan.steps if isinstance(step, kind)]


def test_plan_creates_the_feature_files_and_edits_the_registries(
    project: Project, specs: dict[str, FeatureSpec]
) -> None:
    plan = plan_frontend(project, specs["ticket"], specs)
    created = _paths(plan, CreateFile)
    for path in (
        "frontend/src/api/tickets.ts",
        "frontend/src/components/TicketForm.tsx",
        "frontend/src/pages/TicketListPage.tsx",
        "frontend/src/pages/TicketListPage.test.tsx",
        "frontend/src/pages/ticketRelated.ts",
        "frontend/src/components/TicketByProjectPanel.tsx",
        "frontend/e2e/tickets.e2e.mjs",
        *KIT,
    ):
        assert path in created
    assert _paths(plan, EditFile) == ["frontend/src/App.tsx", "frontend/src/nav.ts"]


def test_kit_is_created_only_when_missing(project: Project, specs: dict[str, FeatureSpec]) -> None:
    for path in KIT:
        (project.root / path).parent.mkdir(parents=True, exist_ok=True)
        (project.root / path).write_text("// the user's own version\n")
    created = _paths(plan_frontend(project, specs["ticket"], specs), CreateFile)
    assert not set(KIT) & set(created)


def test_related_registry_is_edited_when_the_target_has_one(
    project: Project, specs: dict[str, FeatureSpec]
) -> None:
    registry = project.root / "frontend/src/pages/projectRelated.ts"
    registry.write_text(
        'import type { RelatedPanel } from "../components/crud/related";\n\n'
        "export const projectRelated: RelatedPanel[] = [];\n"
    )
    plan = plan_frontend(project, specs["ticket"], specs)
    assert "frontend/src/pages/projectRelated.ts" in _paths(plan, EditFile)
    changes = {c.path: c.after for c in stage(plan, project.root)}
    after = changes["frontend/src/pages/projectRelated.ts"] or ""
    assert 'import { TicketByProjectPanel } from "../components/TicketByProjectPanel";' in after
    assert '{ key: "tickets-project_id", title: "Tickets", Panel: TicketByProjectPanel },' in after


def test_staged_plan_routes_and_links_the_page(
    project: Project, specs: dict[str, FeatureSpec]
) -> None:
    changes = {
        c.path: c.after for c in stage(plan_frontend(project, specs["ticket"], specs), project.root)
    }
    app = changes["frontend/src/App.tsx"] or ""
    assert 'import { TicketListPage } from "./pages/TicketListPage";' in app
    assert '<Route path="/tickets" element={<TicketListPage />} />' in app
    assert '{ to: "/tickets", label: "Tickets" }' in (changes["frontend/src/nav.ts"] or "")


def test_read_role_hides_the_nav_link(project: Project, specs: dict[str, FeatureSpec]) -> None:
    from dataclasses import replace

    spec = replace(specs["project"], read_role="viewer")
    changes = {c.path: c.after for c in stage(plan_frontend(project, spec, specs), project.root)}
    assert 'roles: ["viewer"]' in (changes["frontend/src/nav.ts"] or "")


def test_remove_plan_undoes_registries_first_then_deletes(
    project: Project, specs: dict[str, FeatureSpec]
) -> None:
    plan = plan_remove_frontend(project, specs["ticket"], specs)
    kinds = [type(step) for step in plan.steps]
    assert kinds.index(DeleteFile) > max(i for i, k in enumerate(kinds) if k is EditFile)
    deleted = _paths(plan, DeleteFile)
    assert "frontend/src/pages/TicketListPage.tsx" in deleted
    assert "frontend/src/components/TicketByProjectPanel.tsx" in deleted
    assert not set(KIT) & set(deleted), "the shared kit stays"


def test_no_frontend_planner_output_for_backend_only_features(
    project: Project, specs: dict[str, FeatureSpec]
) -> None:
    from dataclasses import replace

    from primetrade_cli.generators.feature import _frontend

    spec = replace(specs["ticket"], frontend=False)
    assert _frontend("add", project, spec, specs) == Plan()


def test_readding_a_feature_keeps_panels_others_registered(
    project: Project, specs: dict[str, FeatureSpec]
) -> None:
    registry = project.root / "frontend/src/pages/projectRelated.ts"
    registry.write_text("export const projectRelated: RelatedPanel[] = [{ key: 'x' }];\n")
    created = _paths(plan_frontend(project, specs["project"], specs), CreateFile)
    assert "frontend/src/pages/projectRelated.ts" not in created
    assert "frontend/src/pages/ProjectListPage.tsx" in created
