import { useQuery } from "@tanstack/react-query";

import { checkApi } from "../api/health";
import { useAuth } from "../auth/useAuth";
import { RoleGate } from "../components/RoleGate";
import { APP_DESCRIPTION } from "../config";

function ApiStatusCard() {
  const health = useQuery({
    queryKey: ["health", "api"],
    queryFn: ({ signal }) => checkApi(signal),
    refetchInterval: 30_000,
    retry: false,
  });
  const state = health.isPending ? "pending" : health.isError ? "down" : "up";
  const label = { pending: "Checking…", down: "Unreachable", up: "Operational" }[state];
  return (
    <section className="card">
      <h2 className="card__heading">API status</h2>
      <p className="status">
        <span className={`status__dot status__dot--${state}`} aria-hidden="true" />
        <span data-testid="api-status">{label}</span>
      </p>
      <p className="muted small">
        {health.data ? `Round trip in ${health.data.latencyMs} ms.` : "Polled every 30 seconds."}
      </p>
    </section>
  );
}

function AccountCard() {
  const { user, roles } = useAuth();
  if (user === null) return null;
  return (
    <section className="card">
      <h2 className="card__heading">Your account</h2>
      <dl className="facts">
        <dt>Name</dt>
        <dd>{user.full_name ?? "—"}</dd>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Roles</dt>
        <dd>
          {roles.length === 0 ? (
            <span className="muted">none</span>
          ) : (
            roles.map((role) => (
              <span key={role} className="badge">
                {role}
              </span>
            ))
          )}
        </dd>
      </dl>
    </section>
  );
}

function NextStepsCard() {
  return (
    <section className="card">
      <h2 className="card__heading">Build your next feature</h2>
      <p className="muted">
        One command adds the model, migration, API, tests, page, route and nav link:
      </p>
      <pre className="code">primetrade add-feature note title:str[120] body:text</pre>
    </section>
  );
}

export function HomePage() {
  const { user } = useAuth();
  const name = user?.full_name ?? user?.email ?? "";
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">Welcome back, {name}</h1>
        <p className="muted">{APP_DESCRIPTION}</p>
      </header>
      <div className="grid">
        <AccountCard />
        <ApiStatusCard />
        <RoleGate roles={["admin"]}>
          <section className="card">
            <h2 className="card__heading">Administration</h2>
            <p className="muted">Only administrators see this card.</p>
          </section>
        </RoleGate>
      </div>
      <NextStepsCard />
    </div>
  );
}
