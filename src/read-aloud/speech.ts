/**
 * The device's own speech synthesis (works offline with installed voices).
 * One job: find a voice for a language and speak a list of sentences.
 */
export type VoiceCheck = 'ok' | 'no-voice' | 'unsupported';

function synthesis(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/** The best installed voice for a BCP 47 tag: exact tag, then same language. */
export function voiceFor(tag: string): SpeechSynthesisVoice | undefined {
  const voices = synthesis()?.getVoices() ?? [];
  const language = tag.split('-')[0]!.toLowerCase();
  return (
    voices.find((voice) => voice.lang.toLowerCase() === tag.toLowerCase()) ??
    voices.find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === language)
  );
}

export function checkVoice(tag: string): VoiceCheck {
  if (!synthesis()) return 'unsupported';
  return voiceFor(tag) ? 'ok' : 'no-voice';
}

/** Voices arrive asynchronously on some browsers: wait briefly for the list. */
export function whenVoicesReady(timeoutMs = 1500): Promise<void> {
  const speech = synthesis();
  if (!speech || speech.getVoices().length > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      speech.removeEventListener('voiceschanged', done);
      resolve();
    };
    speech.addEventListener('voiceschanged', done);
    setTimeout(done, timeoutMs);
  });
}

export function speak(sentences: string[], tag: string, onEnd?: () => void): void {
  const speech = synthesis();
  const voice = voiceFor(tag);
  if (!speech || !voice) return;
  speech.cancel();
  sentences.forEach((sentence, index) => {
    const utterance = new SpeechSynthesisUtterance(sentence);
    utterance.lang = voice.lang;
    utterance.voice = voice;
    utterance.rate = 0.9; // a little slower than default: many listeners are seniors or learning the language.
    if (index === sentences.length - 1 && onEnd) utterance.onend = onEnd;
    speech.speak(utterance);
  });
}

export const pause = () => synthesis()?.pause();
export const resume = () => synthesis()?.resume();
export const stop = () => synthesis()?.cancel();
