import { useId, type InputHTMLAttributes } from "react";

interface FormFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  label: string;
  /** Message shown under the input; marks it invalid for assistive technology. */
  error?: string | undefined;
  hint?: string;
}

/** A labelled input with its error message, wired up with aria attributes. */
export function FormField({ label, error, hint, ...inputProps }: FormFieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const hasError = error !== undefined && error !== "";
  const message = hasError ? error : hint;
  return (
    <div className={hasError ? "field field--invalid" : "field"}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        aria-invalid={hasError}
        aria-describedby={message === undefined ? undefined : messageId}
        {...inputProps}
      />
      {message !== undefined && (
        <p id={messageId} className={hasError ? "field__error" : "field__hint"}>
          {message}
        </p>
      )}
    </div>
  );
}
