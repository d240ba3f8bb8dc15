import { useState } from 'react';
import { ApiError } from '@/lib/api-client';
import { compact } from '@/lib/validation';

type Checks = Record<string, string | false | undefined>;

/**
 * The service's message about a field ("must not be blank", "is one of the most common passwords;
 * choose another") as a sentence about it: "The password is one of the most common passwords; choose
 * another." `subject` names the field as a sentence starts ("The password").
 */
export function fieldSentence(subject: string | undefined, message: string): string {
  // Bean Validation's defaults, in words about the field.
  const text = message
    .trim()
    .replace(/^size must be between 0 and (\d+)$/, 'must be at most $1 characters')
    .replace(/^size must be between (\d+) and (\d+)$/, 'must be $1 to $2 characters')
    .replace(/^must not be (null|empty)$/, 'must be given');
  if (/^[A-Z]/.test(text)) return /[.!?]$/.test(text) ? text : `${text}.`;
  return `${subject ?? 'This field'} ${text}${/[.!?]$/.test(text) ? '' : '.'}`;
}

/**
 * A form's errors as the person reads them, kept current while they type:
 * - its own `checks` (a message per field, or false), shown once they tried to send the form and
 *   worked out again at every change, so that a fixed field loses its error at once;
 * - the service's field errors of the failed request `error`, made sentences with `subjects`, each
 *   shown only while its field still holds the value it was given for (`values`, by the API's field
 *   names), so that an error about an old value never stays under a new one.
 */
export function useFormErrors({ checks, values, error, subjects }: { checks: Checks; values: Record<string, unknown>; error: unknown; subjects: Record<string, string> }) {
  const [tried, setTried] = useState(false);
  // The values as they were when the service answered (set while rendering: no frame shows a stale error).
  const [answered, setAnswered] = useState<{ error: unknown; values: Record<string, unknown> }>({ error, values });
  if (answered.error !== error) setAnswered({ error, values });

  const own = tried ? compact(checks) : {};
  const server = error instanceof ApiError ? error.fieldErrors : {};
  const current = (field: string) => answered.error === error && Object.is(answered.values[field], values[field]);

  return {
    /** The error to show at `field` (the API's name for it), if any. */
    field: (field: string): string | undefined =>
      own[field] ?? (server[field] && current(field) ? fieldSentence(subjects[field], server[field]) : undefined),
    /** Whether the service named any field (then the form need not repeat its message above). */
    serverNamedFields: Object.keys(server).length > 0,
    /** Runs the checks as the form is sent; from now on they follow every change. */
    validate: (): Record<string, string> => {
      setTried(true);
      return compact(checks);
    },
  };
}
