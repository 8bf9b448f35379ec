// Small controls the directory's parts share: a name and an add button, a
// choice and a button, the up/down buttons of a movable item, and a button
// that opens the file picker.
import { useId, useRef, useState } from 'react';

interface AddByNameProps {
  label: string;
  button: string;
  onAdd: (name: string) => void;
}

/** "Naam van de nieuwe partner [ ] [Partner toevoegen]": Enter adds too; empty adds nothing. */
export function AddByName({ label, button, onAdd }: AddByNameProps) {
  const id = useId();
  const [name, setName] = useState('');
  const add = () => {
    if (name.trim() === '') return;
    onAdd(name.trim());
    setName('');
  };
  return (
    <div className="inline">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && add()}
      />
      <button type="button" disabled={name.trim() === ''} onClick={add}>
        {button}
      </button>
    </div>
  );
}

interface PickAndActProps<T> {
  label: string;
  /** The empty choice's text: "Kies een sectie…". */
  placeholder: string;
  /** What can be chosen; `option` says how each reads, asked only for the options drawn. */
  items: readonly T[];
  option: (item: T) => { value: string; label: string };
  button: string;
  onPick: (value: string) => void;
}

/** "Ook vermelden in [Kies…] [Vermelden]": nothing happens until something is chosen. */
/** From this many choices on, the options are made when the list is first used, not with the page. */
const MANY_OPTIONS = 300;

export function PickAndAct<T>({
  label,
  placeholder,
  items,
  option,
  button,
  onPick,
}: PickAndActProps<T>) {
  const id = useId();
  const [value, setValue] = useState('');
  // A directory of thousands of partners would make thousands of options per section.
  const [armed, setArmed] = useState(false);
  if (items.length === 0) return null;
  const shown = armed || items.length < MANY_OPTIONS ? items.map(option) : [];
  const arm = () => setArmed(true);
  return (
    <div className="inline">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onFocus={arm}
        onPointerDown={arm}
      >
        <option value="">{placeholder}</option>
        {shown.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={!value}
        onClick={() => {
          onPick(value);
          setValue('');
        }}
      >
        {button}
      </button>
    </div>
  );
}

interface MoveButtonsProps {
  up: string;
  down: string;
  canUp: boolean;
  canDown: boolean;
  onMove: (delta: -1 | 1) => void;
}

/** ↑ and ↓, named for what they move ("CGG omhoog"). */
export function MoveButtons({ up, down, canUp, canDown, onMove }: MoveButtonsProps) {
  return (
    <span className="move-buttons">
      <button
        type="button"
        className="icon"
        disabled={!canUp}
        aria-label={up}
        title={up}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon"
        disabled={!canDown}
        aria-label={down}
        title={down}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
    </span>
  );
}

interface FilePickButtonProps {
  label: string;
  accept: string;
  testId: string;
  onFile: (file: File) => void;
}

/** A button that opens the file picker; the same file can be chosen twice in a row. */
export function FilePickButton({ label, accept, testId, onFile }: FilePickButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
