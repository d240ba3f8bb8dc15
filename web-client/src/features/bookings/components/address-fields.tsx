import { useId } from 'react';
import { SelectField, TextField } from '@/components/ui/field';
import { COUNTRIES } from '@/lib/countries';
import { addressLines } from '@/lib/format';
import { EMPTY_ADDRESS, type AddressInput } from '../utils/booking-input';
import { sameAddress } from '../utils/last-address';

interface AddressFieldsProps {
  value: AddressInput;
  onChange: (value: AddressInput) => void;
  /** The error of `address.<field>`, the name the API gives it. */
  error: (field: keyof AddressInput) => string | undefined;
  /** The address of the patient's last booking, offered again. */
  lastAddress?: AddressInput | null;
}

/** "Use my last address" while the fields hold another; a way to start afresh while they hold it. */
function LastAddress({ value, onChange, lastAddress }: { value: AddressInput; onChange: (value: AddressInput) => void; lastAddress: AddressInput }) {
  const describedBy = useId();
  const inUse = sameAddress(value, lastAddress);
  return (
    <div className="last-address" data-testid="last-address">
      <button
        type="button"
        className="button button--secondary"
        aria-describedby={describedBy}
        onClick={() => onChange(inUse ? { ...EMPTY_ADDRESS, country: lastAddress.country } : lastAddress)}
      >
        {inUse ? 'Use another address' : 'Use my last address'}
      </button>
      <p id={describedBy} className="field__hint">
        {inUse ? 'This is the address of your last booking.' : addressLines({ ...lastAddress, flat: lastAddress.flat || null }).join(', ')}
      </p>
    </div>
  );
}

/** The visit's address, part by part, with the browser's address autofill names. */
export function AddressFields({ value, onChange, error, lastAddress = null }: AddressFieldsProps) {
  const set = (field: keyof AddressInput) => (event: { target: { value: string } }) =>
    onChange({ ...value, [field]: event.target.value });
  return (
    <fieldset className="form" data-testid="address-fields">
      <legend>Address of the visit</legend>
      <p className="field__hint">
        Only the provider who accepts the visit sees the street, flat and postcode; others see the district and city.
      </p>
      {lastAddress && <LastAddress value={value} onChange={onChange} lastAddress={lastAddress} />}
      <TextField
        label="Street and number"
        name="street"
        autoComplete="address-line1"
        value={value.street}
        onChange={set('street')}
        error={error('street')}
        hint="The street's name and the house number, such as Hauptstraße 5."
        required
      />
      <TextField
        label="Flat or floor (optional)"
        name="flat"
        autoComplete="address-line2"
        value={value.flat}
        onChange={set('flat')}
        error={error('flat')}
      />
      <TextField
        label="Postcode"
        name="postcode"
        autoComplete="postal-code"
        value={value.postcode}
        onChange={set('postcode')}
        error={error('postcode')}
        hint="Letters and digits, as on a letter: 10997, SW1A 1AA."
        required
      />
      <TextField
        label="City"
        name="city"
        autoComplete="address-level2"
        value={value.city}
        onChange={set('city')}
        error={error('city')}
        required
      />
      <TextField
        label="District"
        name="district"
        autoComplete="address-level3"
        value={value.district}
        onChange={set('district')}
        error={error('district')}
        hint="The neighbourhood or borough."
        required
      />
      <SelectField
        label="Country"
        name="country"
        autoComplete="country"
        value={value.country}
        onChange={set('country')}
        error={error('country')}
        required
      >
        <option value="">Choose a country…</option>
        {COUNTRIES.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </SelectField>
    </fieldset>
  );
}
