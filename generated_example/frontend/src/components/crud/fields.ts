
/**
 * Shared by every generated feature form: field definitions, client-side validation that mirrors
 * the backend's constraints, and the conversions between form values, API payloads and rows.
 * Generated once by `primetrade add-feature`; yours to adapt.
 */
import { ConflictError, ValidationError } from "../../api/errors";
import { serverErrors } from "../../lib/forms";

export type FieldKind =
  | "str" | "text" | "int" | "bigint" | "float" | "decimal" | "bool" | "date" | "datetime"
  | "uuid" | "email" | "url" | "json" | "enum" | "ref";

export interface Option {
  value: string;
  label: string;
}

export interface FieldDef {
  /** The API's name of the field (a reference's `<name>_id` column). */
  key: string;
  label: string;
  kind: FieldKind;
  optional: boolean;
  /** The form value of a new row (the backend's default, or empty). */
  initial: string | boolean;
  unique?: boolean;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  precision?: number;
  scale?: number;
  choices?: readonly string[];
  /** The referenced feature's query key (its API collection) for the choices of a reference select. */
  target?: string;
  /** Loads the choices of a reference select; without it the field is a number input. */
  options?: (signal: AbortSignal) => Promise<Option[]>;
}

export type FormValues = Record<string, string | boolean>;
export type FormErrors = Record<string, string>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^https?:\/\/[^\s/?#]+\S*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGER = /^-?\d+$/;

export function initialValues(defs: readonly FieldDef[]): FormValues {
  return Object.fromEntries(defs.map((def) => [def.key, def.initial]));
}

function lengthError(def: FieldDef, text: string): string | null {
  if (def.minLength !== undefined && text.length < def.minLength) return `Use at least ${def.minLength} characters.`;
  if (def.maxLength !== undefined && text.length > def.maxLength) return `Use at most ${def.maxLength} characters.`;
  return null;
}

function rangeError(def: FieldDef, value: number): string | null {
  if (def.min !== undefined && value < def.min) return `Must be at least ${def.min}.`;
  if (def.max !== undefined && value > def.max) return `Must be at most ${def.max}.`;
  return null;
}

function decimalError(def: FieldDef, text: string): string | null {
  const match = /^-?(\d*)(?:\.(\d*))?$/.exec(text);
  if (match === null || text === "-" || text === ".") return "Enter a number.";
  const whole = (match[1] ?? "").replace(/^0+/, "");
  const fraction = match[2] ?? "";
  const scale = def.scale ?? 0;
  if (fraction.length > scale) return scale === 0 ? "Enter a whole number." : `Use at most ${scale} decimal places.`;
  if (def.precision !== undefined && whole.length > def.precision - scale) return "The number is too large.";
  return rangeError(def, Number(text));
}

function jsonError(text: string): string | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? null : "Enter a JSON object, e.g. {}.";
  } catch {
    return "Enter valid JSON.";
  }
}

/** The problem with one non-empty text value, or null. */
function textError(def: FieldDef, text: string): string | null {
  switch (def.kind) {
    case "int":
    case "bigint":
    case "ref":
      return INTEGER.test(text) ? rangeError(def, Number(text)) : "Enter a whole number.";
    case "float":
      return Number.isFinite(Number(text)) ? rangeError(def, Number(text)) : "Enter a number.";
    case "decimal":
      return decimalError(def, text);
    case "email":
      return EMAIL.test(text) ? lengthError(def, text) : "Enter a valid email address.";
    case "url":
      return URL_PATTERN.test(text) ? lengthError(def, text) : "Enter a URL starting with http:// or https://.";
    case "uuid":
      return UUID.test(text) ? null : "Enter a UUID like 123e4567-e89b-12d3-a456-426614174000.";
    case "json":
      return jsonError(text);
    case "enum":
      return (def.choices ?? []).includes(text) ? null : "Choose one of the options.";
    case "datetime":
      return Number.isNaN(new Date(text).getTime()) ? "Enter a date and time." : null;
    default:
      return lengthError(def, text);
  }
}

/** Client-side checks matching the backend's constraints; an empty object when all is well. */
export function validate(defs: readonly FieldDef[], values: FormValues): FormErrors {
  const errors: FormErrors = {};
  for (const def of defs) {
    const value = values[def.key];
    if (typeof value !== "string") continue;
    const text = def.kind === "text" || def.kind === "json" ? value : value.trim();
    const problem = text === "" ? (def.optional ? null : `${def.label} is required.`) : textError(def, text);
    if (problem !== null) errors[def.key] = problem;
  }
  return errors;
}

function parseValue(def: FieldDef, text: string): unknown {
  switch (def.kind) {
    case "int":
    case "bigint":
    case "float":
    case "ref":
      return Number(text);
    case "json":
      return JSON.parse(text) as unknown;
    case "datetime":
      return new Date(text).toISOString();
    case "text":
      return text;
    default:
      return text.trim();
  }
}

/** Form values -> the JSON body of a create or update (empty optional fields become null). */
export function toPayload(defs: readonly FieldDef[], values: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const def of defs) {
    const value = values[def.key];
    if (typeof value === "boolean") body[def.key] = value;
    else if (value === undefined || value.trim() === "") body[def.key] = null;
    else body[def.key] = parseValue(def, value);
  }
  return body;
}

function pad(part: number): string {
  return String(part).padStart(2, "0");
}

/** An ISO instant -> the value of a `datetime-local` input, in the browser's time zone. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function formValue(def: FieldDef, value: unknown): string | boolean {
  if (def.kind === "bool") return value === true;
  if (value === null || value === undefined) return "";
  if (def.kind === "datetime" && typeof value === "string") return toLocalInput(value);
  if (def.kind === "json") return JSON.stringify(value, null, 2);
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** A row from the API -> form values for editing it. */
export function fromRow(defs: readonly FieldDef[], row: Readonly<Record<string, unknown>>): FormValues {
  return Object.fromEntries(defs.map((def) => [def.key, formValue(def, row[def.key])]));
}

/** How a value of a field of `kind` reads in a table cell. */
export function displayValue(kind: FieldKind, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (kind === "bool") return value === true ? "Yes" : "No";
  if (kind === "datetime" && typeof value === "string") return new Date(value).toLocaleString();
  if (kind === "ref") return `#${JSON.stringify(value)}`;
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** A reference cell: the referenced row's label when its choices are loaded, else its id. */
export function choiceLabel(options: readonly Option[] | undefined, value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return options?.find((option) => option.value === String(value))?.label ?? `#${String(value)}`;
}

const UNKNOWN_REFERENCE = "unknown reference: ";

/** The API's 422/409 answers placed next to the fields they concern; the rest for the whole form. */
export function formErrorsOf(error: unknown, defs: readonly FieldDef[]): { fields: FormErrors; form: string | null } {
  const keys = defs.map((def) => def.key);
  if (error instanceof ValidationError && error.message.startsWith(UNKNOWN_REFERENCE)) {
    const named = error.message.slice(UNKNOWN_REFERENCE.length).split(", ").filter((key) => keys.includes(key));
    if (named.length > 0) return { fields: Object.fromEntries(named.map((key) => [key, "No such row (or not yours)."])), form: null };
  }
  if (error instanceof ConflictError) {
    const unique = defs.filter((def) => def.unique === true);
    if (unique.length > 0) {
      return { fields: Object.fromEntries(unique.map((def) => [def.key, `${def.label} must be unique; this value is taken.`])), form: error.message };
    }
  }
  const { fields, form } = serverErrors(error, keys);
  return { fields: fields as FormErrors, form };
}
