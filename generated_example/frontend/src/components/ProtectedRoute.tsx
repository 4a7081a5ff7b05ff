import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";

import { useAuth } from "../auth/useAuth";
import { LoadingScreen } from "./LoadingScreen";

/** Renders its children for a signed-in user; sends anyone else to /login (and back afterwards). */
export function ProtectedRoute({ children }: { children: ReactNode }) {
  const { status, reload, logout } = useAuth();
  const location = useLocation();

  if (status === "loading") return <LoadingScreen />;
  if (status === "anonymous") return <Navigate to="/login" replace state={{ from: location }} />;
  if (status === "error") {
    return (
      <div className="center-screen">
        <div className="card card--narrow" role="alert">
          <h1 className="card__title">We could not load your account</h1>
          <p className="muted">The server did not answer. Check your connection and try again.</p>
          <div className="button-row">
            <button type="button" className="button" onClick={reload}>
              Try again
            </button>
            <button type="button" className="button button--ghost" onClick={() => void logout()}>
              Sign out
            </button>
          </div>
        </div>
      </div>
    );
  }
  return <>{children}</>;
}
