import Ajv2020 from 'ajv/dist/2020';
import schema from '../../../lib/engine/report.schema.json';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** Schema errors of a report as text ('' when valid). */
export function schemaErrors(report: unknown): string {
  return validate(report) ? '' : ajv.errorsText(validate.errors);
}
