import type { ChangeEvent } from 'react';
import { isEmail, utf8Length } from '@/lib/validation';
import { TextField } from '@/components/ui/field';

/** What a new account is made of, as its form holds it. */
export interface NewAccount {
  name: string;
  email: string;
  password: string;
}

export const EMPTY_ACCOUNT: NewAccount = { name: '', email: '', password: '' };

/** The password's rules, as the service applies them, said before anyone fails them. */
export const PASSWORD_RULES = 'At least 8 characters, and not one of the most common passwords (such as “password1”). A few unrelated words work well.';

/** Each field as a sentence about it starts, for the service's messages ("The password must be…"). */
export const ACCOUNT_SUBJECTS: Record<keyof NewAccount, string> = { name: 'The name', email: 'The email address', password: 'The password' };

interface AccountFieldsProps {
  account: NewAccount;
  onChange: (account: NewAccount) => void;
  error: (field: keyof NewAccount) => string | undefined;
  /** The person's own account (the browser may fill in their name and email), or someone else's. */
  own: boolean;
  passwordHint: string;
}

/** The name, email and password of a new account: the sign-up form's and the console's. */
export function AccountFields({ account, onChange, error, own, passwordHint }: AccountFieldsProps) {
  const set = (field: keyof NewAccount) => (event: ChangeEvent<HTMLInputElement>) => onChange({ ...account, [field]: event.target.value });
  return (
    <>
      <TextField label="Name" name="name" autoComplete={own ? 'name' : 'off'} value={account.name} onChange={set('name')} error={error('name')} required />
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete={own ? 'email' : 'off'}
        value={account.email}
        onChange={set('email')}
        error={error('email')}
        required
      />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="new-password"
        value={account.password}
        onChange={set('password')}
        error={error('password')}
        hint={passwordHint}
        required
      />
    </>
  );
}

/** What is wrong with a new account's fields, worded for its owner (`your`) or for someone else (`their`). */
export function accountErrors({ name, email, password }: NewAccount, whose: 'your' | 'their') {
  return {
    name: !name.trim() ? `Enter ${whose} name.` : name.trim().length > 100 && 'Use at most 100 characters.',
    email: !email.trim() ? `Enter ${whose} email address.` : !isEmail(email) && 'Enter a valid email address, like name@example.com.',
    password: password.length < 8 ? 'Use at least 8 characters.' : utf8Length(password) > 72 && 'Use at most 72 bytes (fewer with accents or emoji).',
  };
}
