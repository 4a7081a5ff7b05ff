/**
 * Create / edit form of items: one input per field, client-side checks that
 * mirror the backend's constraints, and the backend's 422/409 answers shown next to their fields.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";

import {
  itemsKey,
  createItem,
  updateItem,
  type Item,
  type ItemCreate,
  type ItemUpdate,
} from "../api/items";
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
} from "./crud/fields";

export const itemFields: readonly FieldDef[] = [
  { key: "title", label: "Title", kind: "str", optional: false, initial: "", maxLength: 120 },
  { key: "description", label: "Description", kind: "text", optional: true, initial: "" },
];

interface ItemFormProps {
  /** The row to edit, or null to create one. */
  row: Item | null;
  onDone: (saved: Item) => void;
  onCancel: () => void;
}

export function ItemForm({ row, onDone, onCancel }: ItemFormProps) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<FormValues>(() =>
    row === null ? initialValues(itemFields) : fromRow(itemFields, row),
  );
  const [clientErrors, setClientErrors] = useState<FormErrors>({});
  const mutation = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      row === null ? createItem(body as ItemCreate) : updateItem(row.id, body as ItemUpdate),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: itemsKey });
      onDone(saved);
    },
  });
  const server = formErrorsOf(mutation.error, itemFields);
  const errors: FormErrors = { ...server.fields, ...clientErrors };
  const title = row === null ? "New item" : `Edit item #${String(row.id)}`;

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(itemFields, values);
    setClientErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate(toPayload(itemFields, values));
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
{itemFields.map((def) => (
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
