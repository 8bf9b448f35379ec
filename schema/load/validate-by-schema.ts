// The viewer's validator: the card schema read by schema-interpreter.ts. The
// viewer's build puts it where load-card.ts imports the precompiled validator
// (vite.config.ts), so the viewer runs the same loadCard with a smaller check.
import schema from '../generated/card-schema.json';
import { schemaValidator } from './schema-interpreter';

export const validate = schemaValidator(schema);
export default validate;
