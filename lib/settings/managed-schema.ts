import { definitionOf, SETTING_KEYS } from './schema';

type JsonSchema = Record<string, unknown>;

/**
 * Chrome's `storage.managed_schema` built from the setting definitions.
 * Only keywords Chrome's policy schema accepts are used (type, title, description, enum, items,
 * properties, minimum, maximum): an unknown keyword makes Chrome refuse to load the extension.
 */
export function managedSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const key of SETTING_KEYS) {
    const d = definitionOf(key);
    const base = { title: d.title, description: d.description };
    if (d.type === 'array') {
      properties[key] = { ...base, type: 'array', items: d.itemEnum ? { type: 'string', enum: [...d.itemEnum] } : { type: 'string' } };
    } else if (d.type === 'integer') {
      properties[key] = { ...base, type: 'integer', minimum: d.minimum, maximum: d.maximum };
    } else if (d.type === 'string' && d.enum) {
      properties[key] = { ...base, type: 'string', enum: [...d.enum] };
    } else {
      properties[key] = { ...base, type: d.type };
    }
  }
  return { type: 'object', properties };
}

/** The schema file as committed to public/managed-schema.json. */
export function managedSchemaText(): string {
  return `${JSON.stringify(managedSchema(), null, 2)}\n`;
}
