
/** One input per field kind, labelled and wired to its error message. Shared by generated forms. */
import { useQuery } from "@tanstack/react-query";
import { useId, type ChangeEvent, type ReactNode } from "react";

import type { FieldDef } from "./fields";

interface FieldInputProps {
  def: FieldDef;
  value: string | boolean;
  error: string | undefined;
  onChange: (value: string | boolean) => void;
}

type Change = ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>;

interface ControlProps {
  id: string;
  name: string;
  "aria-invalid": boolean;
  "aria-describedby": string | undefined;
  onChange: (event: Change) => void;
}

function hintOf(def: FieldDef): string | undefined {
  if (def.kind === "json") return "A JSON object, e.g. {\"key\": \"value\"}";
  if (def.kind === "datetime") return "In your local time";
  if (def.maxLength !== undefined && (def.kind === "str" || def.kind === "text")) {
    return `${def.optional ? "Optional, up" : "Up"} to ${def.maxLength} characters`;
  }
  return def.optional ? "Optional" : undefined;
}

function RefSelect({ def, value, ...props }: { def: FieldDef; value: string } & ControlProps) {
  const loader = def.options;
  const query = useQuery({
    queryKey: [def.target ?? def.key, "options"],
    queryFn: ({ signal }) => (loader === undefined ? Promise.resolve([]) : loader(signal)),
  });
  return (
    <select className="field__input" value={value} {...props}>
      <option value="">{query.isPending ? "Loading…" : def.optional ? "— None —" : "Choose…"}</option>
      {(query.data ?? []).map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

function control(def: FieldDef, value: string | boolean, props: ControlProps): ReactNode {
  const text = typeof value === "string" ? value : "";
  switch (def.kind) {
    case "bool":
      return <input type="checkbox" className="field__check" checked={value === true} {...props} />;
    case "text":
    case "json":
      return <textarea className="field__input field__textarea" rows={def.kind === "json" ? 6 : 4} value={text} {...props} />;
    case "enum":
      return (
        <select className="field__input" value={text} {...props}>
          {def.optional && <option value="">— None —</option>}
          {!def.optional && text === "" && <option value="">Choose…</option>}
          {(def.choices ?? []).map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      );
    case "ref":
      return def.options === undefined ? (
        <input type="number" className="field__input" min={1} step={1} value={text} {...props} />
      ) : (
        <RefSelect def={def} value={text} {...props} />
      );
    case "int":
    case "bigint":
    case "float":
      return <input type="number" inputMode="decimal" className="field__input" step={def.kind === "float" ? "any" : 1} value={text} {...props} />;
    case "decimal":
      return <input type="text" inputMode="decimal" className="field__input" value={text} {...props} />;
    case "date":
      return <input type="date" className="field__input" value={text} {...props} />;
    case "datetime":
      return <input type="datetime-local" className="field__input" value={text} {...props} />;
    case "email":
    case "url":
      return <input type={def.kind} className="field__input" value={text} {...props} />;
    default:
      return <input type="text" className="field__input" value={text} {...props} />;
  }
}

/** A labelled control for `def`; checkboxes put the label beside the box. */
export function FieldInput({ def, value, error, onChange }: FieldInputProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const hasError = error !== undefined && error !== "";
  const message = hasError ? error : hintOf(def);
  const props: ControlProps = {
    id,
    name: def.key,
    "aria-invalid": hasError,
    "aria-describedby": message === undefined ? undefined : messageId,
    onChange: (event: Change) => {
      const target = event.target;
      onChange(target instanceof HTMLInputElement && target.type === "checkbox" ? target.checked : target.value);
    },
  };
  const check = def.kind === "bool";
  return (
    <div className={`field${check ? " field--check" : ""}${hasError ? " field--invalid" : ""}${def.kind === "text" || def.kind === "json" ? " field--wide" : ""}`}>
      {!check && (
        <label htmlFor={id} className="field__label">
          {def.label}
        </label>
      )}
      {control(def, value, props)}
      {check && (
        <label htmlFor={id} className="field__label">
          {def.label}
        </label>
      )}
      {message !== undefined && (
        <p id={messageId} className={hasError ? "field__error" : "field__hint"}>
          {message}
        </p>
      )}
    </div>
  );
}
