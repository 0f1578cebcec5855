import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { checkVoice, pause, resume, speak, stop, whenVoicesReady, type VoiceCheck } from './speech';
import './style.css';

interface Props {
  /** What to read, sentence by sentence. */
  sentences: string[];
  /** BCP 47 tag of the text's language. */
  tag: string;
  /** The play button's accessible name when several sit on one screen ("Écouter : Médiathèque de Chinon"). */
  label?: string;
  /** Say nothing when the device cannot read (a list shows one control per item: one notice is enough elsewhere). */
  quietWhenMissing?: boolean;
}

type Playing = 'idle' | 'playing' | 'paused';

/** A clearly visible read-aloud control; says plainly when the device cannot read this language. */
export default function ReadAloud({ sentences, tag, label, quietWhenMissing = false }: Props) {
  const t = useT('readAloud');
  const [voice, setVoice] = useState<VoiceCheck | 'checking'>('checking');
  const [playing, setPlaying] = useState<Playing>('idle');

  useEffect(() => {
    let alive = true;
    void whenVoicesReady().then(() => alive && setVoice(checkVoice(tag)));
    return () => {
      alive = false;
    };
  }, [tag]);

  // A new step or language stops the previous reading.
  useEffect(() => {
    setPlaying('idle');
    return () => stop();
  }, [sentences.join('\n'), tag]);

  if (voice === 'checking') return null;
  if (voice !== 'ok' && quietWhenMissing) return null;
  if (voice !== 'ok') return <p class="read-aloud__missing" role="note">{voice === 'no-voice' ? t('noVoice') : t('unsupported')}</p>;

  return (
    <div class="read-aloud">
      {playing === 'idle' && (
        <button type="button" class="button--primary" aria-label={label} onClick={() => { speak(sentences, tag, () => setPlaying('idle')); setPlaying('playing'); }}>
          <img src="/icons/speaker.svg" alt="" width={28} height={28} />
          {t('play')}
        </button>
      )}
      {playing === 'playing' && (
        <button type="button" onClick={() => { pause(); setPlaying('paused'); }}>{t('pause')}</button>
      )}
      {playing === 'paused' && (
        <button type="button" onClick={() => { resume(); setPlaying('playing'); }}>{t('resume')}</button>
      )}
      {playing !== 'idle' && (
        <button type="button" onClick={() => { stop(); setPlaying('idle'); }}>{t('stop')}</button>
      )}
    </div>
  );
}
