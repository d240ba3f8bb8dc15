const PREFERENCE_KEY = 'medondoor.new-job-sound';

/** Whether the provider turned the sound for new jobs on (in this browser); off until they do. */
export function soundPreferred(): boolean {
  try {
    return localStorage.getItem(PREFERENCE_KEY) === 'on';
  } catch {
    return false;
  }
}

export function preferSound(on: boolean) {
  try {
    localStorage.setItem(PREFERENCE_KEY, on ? 'on' : 'off');
  } catch {
    // Storage refused (private mode): the choice holds until the page is closed.
  }
}

type AudioContextClass = typeof AudioContext;
let context: AudioContext | null = null;

/** The page's one audio context, or null where the browser has no Web Audio (or refuses one). */
function audioContext(): AudioContext | null {
  const Context: AudioContextClass | undefined =
    window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext;
  if (!Context) return null;
  if (context instanceof Context) return context;
  try {
    context = new Context();
  } catch {
    return null;
  }
  return context;
}

/** Browsers play a page's sound only once the person has acted on it: called when they turn the sound on. */
export function unlockSound() {
  void audioContext()?.resume().catch(() => undefined);
}

/** A short rising two-tone beep, made on the spot (no audio file); silent where there is no Web Audio. */
export function playNewJobSound() {
  const audio = audioContext();
  if (!audio) return;
  if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
  const start = audio.currentTime;
  const gain = audio.createGain();
  gain.connect(audio.destination);
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.35);
  const tone = audio.createOscillator();
  tone.type = 'sine';
  tone.frequency.setValueAtTime(880, start);
  tone.frequency.setValueAtTime(1175, start + 0.12);
  tone.connect(gain);
  tone.start(start);
  tone.stop(start + 0.36);
}
