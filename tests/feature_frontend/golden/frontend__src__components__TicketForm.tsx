/**
 * Create / edit form of tickets: one input per field, client-side checks that
 * mirror the backend's constraints, and the backend's 422/409 answers shown next to their fields.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";

import {
  ticketsKey,
  createTicket,
  updateTicket,
  type Ticket,
  type TicketCreate,
  type TicketUpdate,
} from "../api/tickets";
import { listProjects } from "../api/projects";
import { FieldInput } from "./crud/FieldInput";
import {
  formErrorsOf,
  fromRow,
  initialValues,
  toPayload,
  validate,
  type FieldDef,
  type FormErrors,
  type FormValues,
  type Option,
} from "./crud/fields";

/** Choices of the projects select, newest first (also used by the list's filter). */
export function listProjectsOptions(signal: AbortSignal): Promise<Option[]> {
  return listProjects({ limit: 100, sort: "-id" }, signal).then((page) =>
    page.items.map((row) => ({ value: String(row.id), label: row.name })),
  );
}

export const ticketFields: readonly FieldDef[] = [
  { key: "title", label: "Title", kind: "str", optional: false, initial: "", minLength: 2, maxLength: 120 },
  { key: "body", label: "Body", kind: "text", optional: true, initial: "", maxLength: 2000 },
  { key: "count", label: "Count", kind: "int", optional: false, initial: "", min: 0, max: 10 },
  { key: "views", label: "Views", kind: "bigint", optional: false, initial: "0", min: -9007199254740991, max: 9007199254740991 },
  { key: "ratio", label: "Ratio", kind: "float", optional: true, initial: "", min: 0 },
  { key: "price", label: "Price", kind: "decimal", optional: false, initial: "", precision: 8, scale: 2, min: 0 },
  { key: "done", label: "Done", kind: "bool", optional: false, initial: false },
  { key: "due", label: "Due", kind: "date", optional: true, initial: "" },
  { key: "at", label: "At", kind: "datetime", optional: true, initial: "" },
  { key: "ref_id", label: "Ref id", kind: "uuid", optional: false, initial: "", unique: true },
  { key: "mail", label: "Mail", kind: "email", optional: true, initial: "", maxLength: 320 },
  { key: "site", label: "Site", kind: "url", optional: true, initial: "", maxLength: 2048 },
  { key: "extra", label: "Extra", kind: "json", optional: true, initial: "" },
  { key: "phase", label: "Phase", kind: "enum", optional: false, initial: "open", choices: ["open", "closed"] },
  { key: "project_id", label: "Project", kind: "ref", optional: false, initial: "", min: 1, target: "projects", options: listProjectsOptions },
  { key: "assignee_id", label: "Assignee", kind: "ref", optional: true, initial: "", min: 1 },
];

interface TicketFormProps {
  /** The row to edit, or null to create one. */
  row: Ticket | null;
  onDone: (saved: Ticket) => void;
  onCancel: () => void;
}

export function TicketForm({ row, onDone, onCancel }: TicketFormProps) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<FormValues>(() =>
    row === null ? initialValues(ticketFields) : fromRow(ticketFields, row),
  );
  const [clientErrors, setClientErrors] = useState<FormErrors>({});
  const mutation = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      row === null ? createTicket(body as TicketCreate) : updateTicket(row.id, body as TicketUpdate),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ticketsKey });
      onDone(saved);
    },
  });
  const server = formErrorsOf(mutation.error, ticketFields);
  const errors: FormErrors = { ...server.fields, ...clientErrors };
  const title = row === null ? "New ticket" : `Edit ticket #${String(row.id)}`;

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(ticketFields, values);
    setClientErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate(toPayload(ticketFields, values));
  };

  return (
    <form className="card form crud-form" onSubmit={onSubmit} noValidate aria-label={title}>
      <h2 className="card__title">{title}</h2>
      {server.form !== null && (
        <div className="alert alert--error" role="alert">
          {server.form}
        </div>
      )}
      <div className="form-grid">
{ticketFields.map((def) => (
          <FieldInput
            key={def.key}
            def={def}
            value={values[def.key] ?? ""}
            error={errors[def.key]}
            onChange={(value) => {
              setValues((current) => ({ ...current, [def.key]: value }));
            }}
          />
        ))}
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {mutation.isPending ? "Saving…" : row === null ? "Create" : "Save"}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
