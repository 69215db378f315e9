import { t } from '../../lib/i18n';
import type { LooseDefinition, SettingKey } from '../../lib/settings';
import { isValidPattern } from '../../lib/settings';
import { canKeepLabel } from '../../lib/settings/kept-labels';

/** A choice for array settings with a fixed list (sites). */
export interface Choice {
  value: string;
  label: string;
}

export interface SettingFieldProps {
  name: SettingKey;
  def: LooseDefinition;
  value: unknown;
  locked: boolean;
  /** Labels for `itemEnum` values, such as site names. */
  choices?: Choice[];
  onChange(value: unknown): void;
}

/** One setting as a form control; a locked one is read-only and says who set it. */
export function SettingField({ name, def, value, locked, choices, onChange }: SettingFieldProps) {
  const id = `setting-${name}`;
  const hint = `${id}-hint`;
  const lockNote = locked ? <p class="cg-locked" id={`${id}-lock`}>{t('options_locked')}</p> : null;
  const describedBy = locked ? `${hint} ${id}-lock` : hint;
  const help = <p class="cg-hint" id={hint}>{def.description}</p>;

  if (def.type === 'boolean') {
    return (
      <div class={`cg-field cg-check${locked ? ' is-locked' : ''}`}>
        <input id={id} type="checkbox" checked={value === true} disabled={locked} aria-describedby={describedBy}
          onChange={(e) => onChange(e.currentTarget.checked)} />
        <label for={id}>{def.title}</label>
        {help}
        {lockNote}
      </div>
    );
  }
  if (def.type === 'array' && def.itemEnum) {
    const selected = Array.isArray(value) ? (value as string[]) : [];
    const toggle = (item: string, on: boolean) => onChange(on ? [...selected, item] : selected.filter((s) => s !== item));
    return (
      <fieldset class={`cg-field${locked ? ' is-locked' : ''}`} aria-describedby={describedBy}>
        <legend>{def.title}</legend>
        {help}
        <div class="cg-choices">
          {(choices ?? def.itemEnum.map((v) => ({ value: v, label: v }))).map((c) => (
            <label key={c.value} class="cg-choice">
              <input type="checkbox" checked={selected.includes(c.value)} disabled={locked} onChange={(e) => toggle(c.value, e.currentTarget.checked)} />
              {c.label}
            </label>
          ))}
        </div>
        {lockNote}
      </fieldset>
    );
  }
  const label = <label for={id}>{def.title}</label>;
  let control;
  if (def.type === 'string' && def.enum) {
    control = (
      <select id={id} value={String(value)} disabled={locked} aria-describedby={describedBy} onChange={(e) => onChange(e.currentTarget.value)}>
        {def.enum.map((v) => <option key={v} value={v}>{enumLabel(name, v)}</option>)}
      </select>
    );
  } else if (def.type === 'integer') {
    control = (
      <input id={id} type="number" inputMode="numeric" min={def.minimum} max={def.maximum} value={String(value)} disabled={locked}
        aria-describedby={describedBy} onChange={(e) => onChange(Number(e.currentTarget.value))} />
    );
  } else if (def.type === 'array') {
    const lines = Array.isArray(value) ? (value as string[]) : [];
    const invalid = name === 'hospitalNumberPatterns' ? lines.filter((p) => !isValidPattern(p)) : [];
    const unkeepable = name === 'keptLabels' || name === 'organisationKeptLabels' ? lines.filter((l) => !canKeepLabel(l)) : [];
    control = (
      <>
        <textarea id={id} rows={Math.max(3, lines.length + 1)} value={lines.join('\n')} disabled={locked} aria-describedby={describedBy}
          spellcheck={name !== 'hospitalNumberPatterns'} onChange={(e) => onChange(splitLines(e.currentTarget.value))} />
        <p class="cg-hint">{t('options_one_per_line')}</p>
        {invalid.length > 0 && <p class="cg-error" role="alert">{t('options_invalid_patterns', invalid.join(', '))}</p>}
        {unkeepable.length > 0 && <p class="cg-error" role="alert">{t('options_unkeepable_labels', unkeepable.join(', '))}</p>}
      </>
    );
  } else if (def.multiline) {
    control = (
      <textarea id={id} rows={3} value={String(value ?? '')} disabled={locked} aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.value)} />
    );
  } else {
    control = (
      <input id={id} type={name === 'learnMoreUrl' ? 'url' : 'text'} value={String(value ?? '')} disabled={locked}
        aria-describedby={describedBy} onChange={(e) => onChange(e.currentTarget.value)} />
    );
  }
  return (
    <div class={`cg-field${locked ? ' is-locked' : ''}`}>
      {label}
      {help}
      {control}
      {lockNote}
    </div>
  );
}

/** "Confirm: consent confirmation needed" style labels, falling back to the raw value. */
export function enumLabel(name: SettingKey, value: string): string {
  const key = `options_value_${name}_${value}`;
  const label = t(key);
  return label === key ? value : label;
}

function splitLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
}
