import type { Procedure } from '../../../../src-main/api/channels/catalog';
import type { RuleMessage } from '../../../../src-main/api/dossier-rules';

/** What every step gets: the procedure, the screen language and the errors to show (by path). */
export interface StepProps {
  readonly procedure: Procedure;
  readonly lang: string;
  readonly errors: ReadonlyMap<string, RuleMessage>;
}
