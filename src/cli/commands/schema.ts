/** `esr-parse schema`: the JSON Schema every result validates against. */
import definitionSchema from '../../../schemas/esr-parse-definition.schema.json' with { type: 'json' };
import resultSchema from '../../../schemas/esr-parse-result.schema.json' with { type: 'json' };
import { EXIT_OK } from '../errors.js';
import { write } from '../io.js';
import type { CliIO } from '../run.js';

export async function schemaCommand(options: { compact?: boolean; grammar?: boolean }, io: CliIO): Promise<number> {
  await write(io.stdout, `${JSON.stringify(options.grammar ? definitionSchema : resultSchema, null, options.compact ? undefined : 2)}\n`);
  return EXIT_OK;
}
