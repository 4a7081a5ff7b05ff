import { ApiError, RateLimitError, ValidationError } from "../api/errors";

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim());
}

export interface ServerErrors<K extends string> {
  fields: FieldErrors<K>;
  /** A message for the whole form, or null. */
  form: string | null;
}

/** Split an error from the API into messages under known fields and one message for the form. */
export function serverErrors<K extends string>(error: unknown, fields: readonly K[]): ServerErrors<K> {
  if (error === null || error === undefined) return { fields: {}, form: null };
  if (error instanceof ValidationError) {
    const byField: FieldErrors<K> = {};
    const unplaced: string[] = [...error.formErrors];
    for (const [path, message] of Object.entries(error.fieldErrors)) {
      if ((fields as readonly string[]).includes(path)) byField[path as K] = message;
      else unplaced.push(message);
    }
    const form = unplaced.length > 0 ? unplaced.join(" ") : Object.keys(byField).length > 0 ? null : error.message;
    return { fields: byField, form };
  }
  if (error instanceof RateLimitError && error.retryAfterSeconds !== null) {
    return { fields: {}, form: `${error.message} (try again in ${error.retryAfterSeconds} s)` };
  }
  if (error instanceof ApiError) return { fields: {}, form: error.message };
  return { fields: {}, form: "Something went wrong. Please try again." };
}
