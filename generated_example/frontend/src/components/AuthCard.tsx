import type { ReactNode } from "react";

import { APP_NAME } from "../config";

interface AuthCardProps {
  title: string;
  subtitle: string;
  children: ReactNode;
  footer: ReactNode;
}

/** The centred card used by the sign-in and sign-up pages. */
export function AuthCard({ title, subtitle, children, footer }: AuthCardProps) {
  return (
    <div className="auth">
      <div className="auth__brand">
        <span className="brand__mark" aria-hidden="true">
          {APP_NAME.charAt(0).toUpperCase()}
        </span>
        {APP_NAME}
      </div>
      <section className="card card--narrow auth__card">
        <h1 className="card__title">{title}</h1>
        <p className="muted card__subtitle">{subtitle}</p>
        {children}
      </section>
      <p className="auth__footer muted">{footer}</p>
    </div>
  );
}
