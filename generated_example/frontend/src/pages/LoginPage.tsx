import { useMutation } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { Link, Navigate, useLocation, useNavigate } from "react-router";

import { useAuth } from "../auth/useAuth";
import { AuthCard } from "../components/AuthCard";
import { FormField } from "../components/FormField";
import { isEmail, serverErrors, type FieldErrors } from "../lib/forms";

type Field = "email" | "password";
const FIELDS: readonly Field[] = ["email", "password"];

function validate(email: string, password: string): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  if (email.trim() === "") errors.email = "Enter your email address.";
  else if (!isEmail(email)) errors.email = "Enter a valid email address.";
  if (password === "") errors.password = "Enter your password.";
  return errors;
}

function redirectTarget(state: unknown): string {
  const from = (state as { from?: { pathname?: unknown } } | null)?.from?.pathname;
  return typeof from === "string" && from.startsWith("/") && from !== "/login" ? from : "/";
}

export function LoginPage() {
  const { status, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [clientErrors, setClientErrors] = useState<FieldErrors<Field>>({});
  const mutation = useMutation({
    mutationFn: () => login(email.trim(), password),
    onSuccess: () => navigate(redirectTarget(location.state), { replace: true }),
  });

  if (status === "authenticated" && !mutation.isPending) return <Navigate to="/" replace />;

  const server = serverErrors(mutation.error, FIELDS);
  const errors = { ...server.fields, ...clientErrors };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(email, password);
    setClientErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };

  return (
    <AuthCard
      title="Sign in"
      subtitle="Welcome back. Enter your details to continue."
      footer={
        <>
          New here? <Link to="/register">Create an account</Link>
        </>
      }
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        {server.form !== null && (
          <div className="alert alert--error" role="alert">
            {server.form}
          </div>
        )}
        <FormField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
          }}
          error={errors.email}
        />
        <FormField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
          }}
          error={errors.password}
        />
        <button type="submit" className="button button--block" disabled={mutation.isPending}>
          {mutation.isPending ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </AuthCard>
  );
}
