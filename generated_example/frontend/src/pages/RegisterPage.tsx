import { useMutation } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { Link, Navigate, useNavigate } from "react-router";

import { register } from "../api/auth";
import { useAuth } from "../auth/useAuth";
import { AuthCard } from "../components/AuthCard";
import { FormField } from "../components/FormField";
import { isEmail, serverErrors, type FieldErrors } from "../lib/forms";

type Field = "full_name" | "email" | "password";
const FIELDS: readonly Field[] = ["full_name", "email", "password"];
export const MIN_PASSWORD_LENGTH = 8;

interface Values {
  fullName: string;
  email: string;
  password: string;
}

function validate({ email, password }: Values): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  if (email.trim() === "") errors.email = "Enter your email address.";
  else if (!isEmail(email)) errors.email = "Enter a valid email address.";
  if (password.length < MIN_PASSWORD_LENGTH) {
    errors.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  return errors;
}

export function RegisterPage() {
  const { status, login } = useAuth();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>({ fullName: "", email: "", password: "" });
  const [clientErrors, setClientErrors] = useState<FieldErrors<Field>>({});
  const mutation = useMutation({
    mutationFn: async () => {
      const email = values.email.trim();
      const fullName = values.fullName.trim();
      await register({ email, password: values.password, full_name: fullName === "" ? null : fullName });
      return login(email, values.password);
    },
    onSuccess: () => navigate("/", { replace: true }),
  });

  if (status === "authenticated" && !mutation.isPending) return <Navigate to="/" replace />;

  const server = serverErrors(mutation.error, FIELDS);
  const errors = { ...server.fields, ...clientErrors };
  const update = (key: keyof Values) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [key]: event.target.value }));
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(values);
    setClientErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };

  return (
    <AuthCard
      title="Create your account"
      subtitle="It takes less than a minute."
      footer={
        <>
          Already have an account? <Link to="/login">Sign in</Link>
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
          label="Full name"
          name="full_name"
          autoComplete="name"
          value={values.fullName}
          onChange={update("fullName")}
          error={errors.full_name}
          hint="Optional"
        />
        <FormField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          value={values.email}
          onChange={update("email")}
          error={errors.email}
        />
        <FormField
          label="Password"
          type="password"
          name="password"
          autoComplete="new-password"
          value={values.password}
          onChange={update("password")}
          error={errors.password}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters`}
        />
        <button type="submit" className="button button--block" disabled={mutation.isPending}>
          {mutation.isPending ? "Creating account…" : "Create account"}
        </button>
      </form>
    </AuthCard>
  );
}
