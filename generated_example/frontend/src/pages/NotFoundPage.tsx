import { Link } from "react-router";

export function NotFoundPage() {
  return (
    <div className="center-screen">
      <div className="card card--narrow notfound">
        <p className="notfound__code">404</p>
        <h1 className="card__title">Page not found</h1>
        <p className="muted">The page you are looking for does not exist or has moved.</p>
        <Link to="/" className="button">
          Back to the dashboard
        </Link>
      </div>
    </div>
  );
}
