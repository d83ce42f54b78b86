/**
 * A one-line text entry opened by the user's own click (a conversation's new title, a note on an answer):
 * a labelled input that takes the focus, saved by Enter or the Save button, dropped by Escape when it can be.
 */
import { useId } from "react";
import { LabelledControl } from "./LabelledControl";

/** `data-*` attributes the browser tests find the form and its input by. */
type DataAttributes = Record<`data-${string}`, boolean>;

interface Props {
  label: string;
  value: string;
  maxLength: number;
  onChange: (value: string) => void;
  onSave: () => void;
  /** Escape calls it; without it Escape does nothing here. */
  onCancel?: () => void;
  saveLabel: string;
  placeholder?: string;
  className: string;
  inputClassName: string;
  saveClassName: string;
  formData?: DataAttributes;
  inputData?: DataAttributes;
}

export function InlineTextForm(props: Props) {
  const { label, value, maxLength, onChange, onSave, onCancel, saveLabel, placeholder } = props;
  const id = useId();
  return (
    <form
      {...props.formData}
      className={props.className}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <LabelledControl id={id} label={label} hidden>
        <input
          id={id}
          {...props.inputData}
          // biome-ignore lint/a11y/noAutofocus: the form appears on the user's own click; focus follows the action.
          autoFocus
          maxLength={maxLength}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onCancel && ((e) => e.key === "Escape" && onCancel())}
          placeholder={placeholder}
          className={props.inputClassName}
        />
      </LabelledControl>
      <button type="submit" className={props.saveClassName}>
        {saveLabel}
      </button>
    </form>
  );
}
