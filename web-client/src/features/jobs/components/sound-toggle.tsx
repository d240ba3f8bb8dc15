/** Turns the sound for new jobs on or off; the board remembers the choice in this browser. */
export function SoundToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="toggle">
      <input type="checkbox" checked={on} onChange={(event) => onChange(event.target.checked)} />
      Play a sound when a new job arrives
    </label>
  );
}
