// Checks run before a form is sent; the server stays the authority and its field errors are shown too.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

export function utf8Length(value: string): number {
  return new TextEncoder().encode(value).length;
}

/** Drops empty messages so that `Object.keys(errors).length` says whether the form is valid. */
export function compact(errors: Record<string, string | undefined | false>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    if (message) result[key] = message;
  }
  return result;
}
